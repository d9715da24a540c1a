package org.eventdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.source.DuplicateSourceException;
import org.eventdesk.domain.source.ExistingSource;
import org.junit.jupiter.api.Test;

/**
 * Every failure of an API call as the caller gets it: the status, and a problem document with its type, title and
 * detail and the members that let the caller act (the fields at fault, what an unready record misses, the current
 * version of a stale one). A fault of ours is a 500 with a reference to the log, never a trace.
 */
class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    private static JsonObject body(Response response) {
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        JsonObject body = JsonP.PROVIDER
                .createReader(new StringReader((String) response.getEntity()))
                .readObject();
        assertEquals(response.getStatus(), body.getInt("status"), "the body repeats the status");
        return body;
    }

    private static List<String> strings(JsonObject body, String name) {
        return body.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    void invalidInputIs400NamingEveryField() {
        Response response = mapper.toResponse(new InvalidInputException(List.of(
                new FieldError("figures[0].value", Wording.untranslated("must be a number")),
                new FieldError("title", Wording.untranslated("is required")))));

        assertEquals(400, response.getStatus());
        JsonObject body = body(response);
        assertEquals("/api/problems/invalid-input", body.getString("type"));
        assertEquals("Invalid input", body.getString("title"));
        assertEquals("figures[0].value: must be a number; title: is required", body.getString("detail"));
        assertEquals(2, body.getJsonArray("errors").size());
        assertEquals(
                "figures[0].value", body.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                "must be a number", body.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("title", body.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertFalse(body.containsKey("errorsOmitted"));
    }

    @Test
    void aThousandBadFieldsListTheFirstHundredAndCountTheRest() {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            errors.add(new FieldError("tags[" + i + "]", Wording.untranslated("must be a string")));
        }

        JsonObject body = body(mapper.toResponse(new InvalidInputException(errors)));

        assertEquals(Problem.MAX_ERRORS, body.getJsonArray("errors").size());
        assertEquals(900, body.getInt("errorsOmitted"));
    }

    @Test
    void aStaleRecordIs412WithTheVersionsSoTheCallerCanReadItAgain() {
        Response response =
                mapper.toResponse(new StaleRecordException(7, 3, 5, "editor2", Instant.parse("2025-12-27T12:30:00Z")));

        assertEquals(412, response.getStatus());
        JsonObject body = body(response);
        assertEquals("/api/problems/stale-record", body.getString("type"));
        assertEquals("Record changed meanwhile", body.getString("title"));
        assertTrue(body.getString("detail").startsWith("Record 7 was changed by editor2"), body.toString());
        assertTrue(body.getString("detail").endsWith("Nothing was saved."), body.toString());
        assertEquals(7, body.getInt("recordId"));
        assertEquals(3, body.getInt("yourVersion"));
        assertEquals(5, body.getInt("currentVersion"));
    }

    @Test
    void aRecordNotReadyForReviewIs409ListingWhatItMisses() {
        JsonObject body = body(mapper.toResponse(new WorkflowException(
                Wording.untranslated("The record is not ready for review"),
                List.of(Wording.untranslated("a time"), Wording.untranslated("a place")))));

        assertEquals(409, body.getInt("status"));
        assertEquals("/api/problems/workflow", body.getString("type"));
        assertEquals("Refused by the workflow", body.getString("title"));
        assertEquals("The record is not ready for review", body.getString("detail"));
        assertEquals(List.of("a time", "a place"), strings(body, "missing"));

        JsonObject fourEyes =
                body(mapper.toResponse(new WorkflowException(Wording.untranslated("You edited this revision"))));
        assertFalse(fourEyes.containsKey("missing"), "only a refusal for what is missing lists it");
    }

    @Test
    void notFoundIs404AndAnyOtherRuleOfTheDeskIs409() {
        JsonObject notFound = body(mapper.toResponse(new NotFoundException("text.thing.record", 99)));
        assertEquals(404, notFound.getInt("status"));
        assertEquals("/api/problems/not-found", notFound.getString("type"));
        assertEquals("Record 99 does not exist", notFound.getString("detail"));

        JsonObject refused = body(mapper.toResponse(
                new DomainException(Wording.untranslated("A published record is changed by a correction")) {}));
        assertEquals(409, refused.getInt("status"));
        assertEquals("/api/problems/refused", refused.getString("type"));
        assertEquals("A published record is changed by a correction", refused.getString("detail"));
    }

    @Test
    void aDuplicateSourceIs409NamingTheSourceTheDeskHolds() {
        JsonObject body = body(mapper.toResponse(new DuplicateSourceException(
                new ExistingSource(12, "Russia strikes Kyiv", ExistingSource.Match.SAME_URL))));

        assertEquals(409, body.getInt("status"));
        assertEquals("/api/problems/duplicate-source", body.getString("type"));
        assertEquals(12, body.getInt("existingSourceId"));
        assertEquals("/api/v1/sources/12", body.getString("existingSource"));
        assertEquals("SAME_URL", body.getString("match"));
    }

    @Test
    void aBodyTooLargeIs413AlsoWhenTheJsonParserWrapsIt() {
        for (Throwable thrown : List.of(
                new PayloadTooLargeException(5 * 1024 * 1024),
                new JsonException("read failed", new PayloadTooLargeException(5 * 1024 * 1024)),
                new ProcessingException(new PayloadTooLargeException(5 * 1024 * 1024)))) {
            JsonObject body = body(mapper.toResponse(thrown));

            assertEquals(413, body.getInt("status"), thrown.toString());
            assertEquals("/api/problems/payload-too-large", body.getString("type"));
            assertEquals("The request body is larger than 5 MB.", body.getString("detail"));
        }
    }

    @Test
    void theFailureIsFoundInsideTheContainersWrapping() {
        Response response = mapper.toResponse(new EJBException(
                "transaction rolled back", new InvalidInputException(FieldError.of("title", "text.required"))));

        assertEquals(400, response.getStatus());
        assertEquals(
                "title", body(response).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void racesLostOnTheDatabaseAreConflictsNotFaults() {
        assertEquals(412, mapper.toResponse(new OptimisticLockException()).getStatus());
        assertEquals(
                "/api/problems/stale-record",
                body(mapper.toResponse(new OptimisticLockException())).getString("type"));
        assertEquals(409, mapper.toResponse(new PessimisticLockException()).getStatus());
    }

    @Test
    void aCallerWithoutATokenIsToldHowToSendOne() {
        Response response = mapper.toResponse(new EJBAccessException("no principal"));

        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"eventdesk\"", response.getHeaderString("WWW-Authenticate"));
        assertEquals("/api/problems/not-authenticated", body(response).getString("type"));
    }

    @Test
    void httpLevelRefusalsKeepTheirStatusInAProblem() {
        assertEquals(415, mapper.toResponse(new NotSupportedException()).getStatus());
        Response notAllowed = mapper.toResponse(new NotAllowedException("GET", new String[] {"PUT"}));
        assertEquals(405, notAllowed.getStatus());
        assertTrue(body(notAllowed).getString("detail").contains("GET"), "says what is allowed");
        JsonObject notFound = body(mapper.toResponse(new jakarta.ws.rs.NotFoundException()));
        assertEquals("There is nothing at this address.", notFound.getString("detail"));
        JsonObject malformed = body(mapper.toResponse(new JsonException("Unexpected char 125")));
        assertEquals(400, malformed.getInt("status"));
        assertEquals("/api/problems/malformed-json", malformed.getString("type"));
    }

    @Test
    void anUnexpectedFailureIs500WithAReferenceToTheLogAndNothingOfTheFailure() {
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        boolean parents = log.getUseParentHandlers();
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        RuntimeException fault =
                new IllegalStateException("password=hunter2 at jdbc:h2:/srv/desk", new NullPointerException("x.y"));
        Response response;
        try {
            response = mapper.toResponse(fault);
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(parents);
        }

        assertEquals(500, response.getStatus());
        JsonObject body = body(response);
        assertEquals("/api/problems/internal-error", body.getString("type"));
        assertEquals("Internal error", body.getString("title"));
        String text = body.toString();
        for (String leak :
                List.of("hunter2", "jdbc", "IllegalStateException", "NullPointerException", "at org.", ".java:")) {
            assertFalse(text.contains(leak), "the body shows " + leak + ": " + text);
        }
        assertEquals(1, logged.size());
        assertEquals(fault, logged.get(0).getThrown(), "the whole failure is in the log");
        String reference = logged.get(0).getMessage().replace("API request failed, reference ", "");
        assertTrue(reference.matches("[0-9a-f-]{36}"), reference);
        assertTrue(body.getString("detail").contains(reference), "the caller can quote the log line: " + text);
    }
}

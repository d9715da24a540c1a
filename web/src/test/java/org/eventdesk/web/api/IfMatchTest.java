package org.eventdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.JsonP;
import org.junit.jupiter.api.Test;

/** {@code If-Match} on a record: 428 without it, 400 when it is not one quoted version, 412 when it is stale. */
class IfMatchTest {
    /** The record as the catalog answers it, version after version (a later read sees a later save). */
    private static final class Versions extends RecordCatalog {
        private final List<RecordView> reads;

        Versions(RecordView... reads) {
            this.reads = new ArrayList<>(List.of(reads));
        }

        @Override
        public RecordView view(long id) {
            assertEquals(7, id);
            return reads.size() > 1 ? reads.remove(0) : reads.get(0);
        }
    }

    private static RecordView version(long version, String by) {
        RecordView v = Views.strike();
        return new RecordView(
                v.id(),
                version,
                v.status(),
                v.type(),
                v.typeLabel(),
                v.title(),
                v.summary(),
                v.summaryEvidence(),
                v.time(),
                v.places(),
                v.actors(),
                v.figures(),
                v.claims(),
                v.links(),
                v.linkedFrom(),
                v.tags(),
                v.occurrence(),
                v.verification(),
                v.judgement(),
                v.sources(),
                v.createdBy(),
                v.createdAt(),
                by,
                Instant.parse("2025-12-27T13:00:00Z"),
                v.workflow());
    }

    private static JsonObject body(Response response) {
        return JsonP.PROVIDER
                .createReader(new StringReader((String) response.getEntity()))
                .readObject();
    }

    @Test
    void theVersionIsOneQuotedNumber() {
        assertEquals(3, IfMatch.version("\"3\""));
        assertEquals(3, IfMatch.version("  \"3\" "));
        assertEquals(123456789012345678L, IfMatch.version("\"123456789012345678\""));
    }

    @Test
    void anythingElseIsA400NamingIfMatch() {
        for (String header : List.of(
                "3", "W/\"3\"", "\"3\", \"4\"", "\"-3\"", "\"3.0\"", "\"\"", "\"1234567890123456789\"", "'3'")) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> IfMatch.version(header), header);
            assertEquals("If-Match", refused.errors().get(0).field(), header);
            assertTrue(refused.errors()
                    .get(0)
                    .message()
                    .startsWith("must be the record's version as a quoted entity tag"));
        }
        String longHeader = "\"" + "9".repeat(100) + "\"";
        String message = assertThrows(InvalidInputException.class, () -> IfMatch.version(longHeader))
                .errors()
                .get(0)
                .message();
        assertTrue(message.endsWith("\"" + "9".repeat(39) + "…"), "quoted back cut short: " + message);
    }

    @Test
    void withoutTheHeaderOrWithAStarNothingIsDoneAndTheAnswerIs428() throws PayloadTooLargeException {
        for (String header : new String[] {null, "", "  ", "*"}) {
            boolean[] ran = {false};
            Response response = IfMatch.checked(new Versions(version(3, "editor")), 7, header, "approve it", seen -> {
                ran[0] = true;
                return Response.ok().build();
            });

            assertEquals(428, response.getStatus(), String.valueOf(header));
            assertFalse(ran[0]);
            JsonObject body = body(response);
            assertEquals("/api/problems/precondition-required", body.getString("type"));
            assertTrue(body.getString("detail").contains("to approve it"), body.toString());
            assertTrue(body.getString("detail").contains("GET /api/v1/records/7"), body.toString());
        }
    }

    @Test
    void aStaleVersionIsNotActedOnAndTheAnswerSaysWhatIsCurrent() throws PayloadTooLargeException {
        boolean[] ran = {false};
        Response response = IfMatch.checked(new Versions(version(5, "editor2")), 7, "\"3\"", "approve it", seen -> {
            ran[0] = true;
            return Response.ok().build();
        });

        assertFalse(ran[0]);
        assertEquals(412, response.getStatus());
        assertEquals("\"5\"", response.getHeaderString("ETag"));
        JsonObject body = body(response);
        assertEquals("/api/problems/stale-record", body.getString("type"));
        assertEquals(7, body.getInt("recordId"));
        assertEquals(3, body.getInt("yourVersion"));
        assertEquals(5, body.getInt("currentVersion"));
        assertEquals("editor2", body.getString("updatedBy"));
        assertEquals("2025-12-27T13:00:00Z", body.getString("updatedAt"));
    }

    @Test
    void theCurrentVersionRunsTheActionWithIt() throws PayloadTooLargeException {
        Response response = IfMatch.checked(
                new Versions(version(3, "editor")), 7, "\"3\"", "approve it", seen -> Response.ok("approved " + seen)
                        .build());

        assertEquals(200, response.getStatus());
        assertEquals("approved 3", response.getEntity());
    }

    @Test
    void aRaceLostBetweenTheCheckAndTheActionIsA412WithTheVersionThatWon() throws PayloadTooLargeException {
        Response response = IfMatch.checked(
                new Versions(version(3, "editor"), version(4, "reviewer")), 7, "\"3\"", "approve it", seen -> {
                    throw new StaleRecordException(7, seen, 4, "reviewer", Instant.parse("2025-12-27T13:00:00Z"));
                });

        assertEquals(412, response.getStatus());
        assertEquals("\"4\"", response.getHeaderString("ETag"));
        assertEquals(4, body(response).getInt("currentVersion"));
        assertEquals("reviewer", body(response).getString("updatedBy"));
    }
}

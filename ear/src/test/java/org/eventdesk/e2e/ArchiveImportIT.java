package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive import through the API, as an admin's script uses it: ACLED rows in, records out, bad rows reported. */
class ArchiveImportIT {
    static final String ADMIN = "demo-admin-token";
    static final String EDITOR = "demo-editor-token";
    private static final int ROWS_OVER_10_MB = 60_000;

    static Api.Answer upload(String query, String token, String csv) {
        return Api.send(Api.request("/api/v1/imports" + query, token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    /** The import's state once it ended (done, failed or cancelled). */
    static JsonNode awaitEnd(String location, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (true) {
            JsonNode state = Api.get(path(location), ADMIN).json();
            String status = state.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return state;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the import did not end in " + patience + ": " + state);
            }
            Thread.sleep(300);
        }
    }

    static String path(String location) {
        return location.substring(location.indexOf("/api/"));
    }

    private static void assertFieldError(Api.Answer answer, int status, String field) {
        Problems.assertProblem(answer, status);
        assertEquals(java.util.Set.of(field), Problems.fieldsOf(answer), answer.body());
    }

    private static JsonNode recordAt(String place) {
        return recordsAt(place, 1);
    }

    /** The first of the records at a place, after checking how many there are. */
    private static JsonNode recordsAt(String place, int expected) {
        JsonNode items =
                Api.get("/api/v1/records?place=" + place, EDITOR).json().get("items");
        assertEquals(expected, items.size(), () -> expected + " records at " + place + ": " + items);
        return Api.get("/api/v1/records/" + items.get(0).get("id").asLong(), EDITOR)
                .json();
    }

    @Test
    void goodRowsLandAsDraftsBadOnesAreReportedAndTheSameFileAgainAddsNothing() throws Exception {
        String run = AcledFiles.run();
        String file = AcledFiles.sample(run);

        Api.Answer accepted = upload("?format=acled&as=draft&name=sample.csv", ADMIN, file);
        assertEquals(202, accepted.status(), accepted.body());
        assertNotNull(accepted.location());
        assertTrue(accepted.location().matches(".*/api/v1/imports/[0-9]+"), accepted.location());

        JsonNode done = awaitEnd(accepted.location(), Duration.ofSeconds(60));
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(5, done.get("rowsRead").asLong());
        assertEquals(3, done.get("rowsImported").asLong());
        assertEquals(2, done.get("rowsRejected").asLong());
        assertEquals(0, done.get("rowsSkipped").asLong());
        assertTrue(done.get("rowsPerSecond").asDouble() > 0);
        List<String> errors = new ArrayList<>();
        done.get("errors")
                .forEach(e ->
                        errors.add(e.get("row").asLong() + " " + e.get("field").asText()));
        // Row 6's problems in the order the columns were checked; compared as a set.
        assertEquals(
                new java.util.TreeSet<>(
                        List.of("5 event_date", "6 event_type", "6 latitude", "6 fatalities", "6 source")),
                new java.util.TreeSet<>(errors),
                done.get("errors").toString());
        assertEquals(5, errors.size());

        Api.Answer report = Api.get(path(done.get("report").asText()), ADMIN);
        assertEquals(200, report.status());
        assertTrue(report.contentType().startsWith("text/csv"), report.contentType());
        String[] lines = report.body().strip().split("\r?\n");
        assertEquals("row,field,message", lines[0]);
        assertEquals(6, lines.length, report.body());
        assertTrue(lines[1].startsWith("5,event_date,'31 June 2024' is not a date"), lines[1]);

        // The strike, as the desk now holds it: a draft with ACLED's facts, each quoting the outlets' sources.
        JsonNode strike = recordAt("Kharkiv-" + run);
        assertEquals("DRAFT", strike.get("status").asText());
        assertEquals(
                "EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK",
                strike.get("type").asText());
        assertEquals(
                "Shelling/artillery/missile attack in Kharkiv-" + run,
                strike.get("title").asText());
        assertTrue(strike.get("summary").asText().startsWith("On 26 May 2024, Russian forces"));
        assertEquals("admin", strike.get("createdBy").asText());
        JsonNode place = strike.get("places").get(0);
        assertEquals("UA", place.get("country").asText());
        assertEquals(49.9935, place.get("lat").asDouble());
        assertEquals("EXACT", place.get("precision").asText());
        JsonNode killed = strike.get("figures").get(0);
        assertEquals("KILLED", killed.get("category").asText());
        assertEquals("AT_LEAST", killed.get("qualifier").asText(), killed.toString());
        assertEquals(16, killed.get("value").asInt());
        assertEquals(2, strike.get("actors").size());
        assertEquals("CORROBORATED", strike.get("verification").asText(), "two outlets, two sources");
        JsonNode history = Api.get("/api/v1/records/" + strike.get("id").asLong() + "/history", EDITOR)
                .json();
        assertTrue(
                history.toString().contains("imported from sample.csv (import #"),
                "the history says who imported it from what: " + history);

        // The index follows the import (within the second it takes to commit on its own): the run's word, in each
        // place name, finds the three records.
        Instant until = Instant.now().plusSeconds(20);
        JsonNode found;
        do {
            Thread.sleep(300);
            found = Api.get("/api/v1/records?q=" + run.toLowerCase(java.util.Locale.ROOT), EDITOR)
                    .json()
                    .get("items");
        } while (found.size() < 3 && Instant.now().isBefore(until));
        assertEquals(3, found.size(), "the imported records are searchable: " + found);

        // The same file again: every good row is already in the desk.
        JsonNode again = awaitEnd(upload("?format=acled", ADMIN, file).location(), Duration.ofSeconds(60));
        assertEquals("DONE", again.get("status").asText());
        assertEquals(0, again.get("rowsImported").asLong());
        assertEquals(3, again.get("rowsSkipped").asLong());
        assertEquals(2, again.get("rowsRejected").asLong());
        recordAt("Kharkiv-" + run);
    }

    @Test
    void publishedHistoryGoesPublicAtOnce() throws Exception {
        String run = AcledFiles.run();
        JsonNode done = awaitEnd(
                upload("?format=acled&as=published", ADMIN, AcledFiles.many(run, 3))
                        .location(),
                Duration.ofSeconds(60));
        assertEquals(3, done.get("rowsImported").asLong(), done.toString());
        JsonNode record = recordsAt("Sofia-" + run, 3);
        assertEquals("PUBLISHED", record.get("status").asText());
        Api.Answer page = Api.get("/api/v1/events/" + record.get("id").asLong(), null);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Sofia-" + run));
    }

    @Test
    void onlyAnAdminImportsAndABadRequestNamesItsField() {
        String file = AcledFiles.sample(AcledFiles.run());
        assertEquals(401, upload("?format=acled", null, file).status());
        Api.Answer editor = upload("?format=acled", EDITOR, file);
        assertEquals(403, editor.status(), editor.body());
        assertEquals(403, Api.get("/api/v1/imports", EDITOR).status());

        Api.Answer noFormat = upload("", ADMIN, file);
        assertFieldError(noFormat, 400, "format");
        assertFieldError(upload("?format=acled&as=history", ADMIN, file), 400, "as");
        assertFieldError(upload("?format=acled", ADMIN, "id,date\n1,2024-05-26\n"), 400, "body");
        assertFieldError(upload("?format=acled", ADMIN, ""), 400, "body");
        assertEquals(404, Api.get("/api/v1/imports/999999999", ADMIN).status());
    }

    /** Also an archive larger than what the server admits elsewhere (10 MB): the import's address takes it. */
    @Test
    void aCancelledImportStopsAndKeepsWhatItImported() throws Exception {
        String run = AcledFiles.run();
        String file = AcledFiles.many(run, ROWS_OVER_10_MB);
        assertTrue(file.length() > 10 * 1024 * 1024, "the file is over 10 MB: " + file.length());
        Api.Answer accepted = upload("?format=acled", ADMIN, file);
        assertEquals(202, accepted.status(), accepted.body());
        Api.Answer cancelled =
                Api.send(Api.request(path(accepted.location()), ADMIN).DELETE().build());
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonNode ended = awaitEnd(accepted.location(), Duration.ofSeconds(60));
        assertEquals("CANCELLED", ended.get("status").asText());
        assertTrue(ended.get("rowsRead").asLong() < ROWS_OVER_10_MB, ended.toString());
        Thread.sleep(2000);
        JsonNode later = Api.get(path(accepted.location()), ADMIN).json();
        assertEquals(ended.get("rowsImported"), later.get("rowsImported"), "nothing after the cancellation");
        Problems.assertProblem(
                Api.send(Api.request(path(accepted.location()), ADMIN).DELETE().build()), 409, "nothing to cancel");
    }
}

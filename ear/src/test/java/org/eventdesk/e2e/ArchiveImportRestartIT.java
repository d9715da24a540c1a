package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An import survives the server being killed in its middle: after the restart it resumes after the last chunk it
 * committed, so every row lands once, none twice and none lost. Both readers: ACLED's CSV by rows, a desk's JSON
 * export by items.
 */
class ArchiveImportRestartIT {
    private static final String CONTROLLER = "127.0.0.1:" + System.getProperty("test.management.port", "10090");
    private static final int ROWS = 1500;

    /** Kills the server once the import has counted 300 rows, restarts it and waits for the import's end. */
    private static JsonNode killedInTheMiddleAndResumed(Api.Answer accepted, String log) throws Exception {
        ProcessHandle jvm = ServerProcesses.runningJvm();
        assertEquals(202, accepted.status(), accepted.body());
        String path = ArchiveImportIT.path(accepted.location());

        JsonNode before = Api.get(path, ArchiveImportIT.ADMIN).json();
        Instant until = Instant.now().plusSeconds(60);
        while (before.get("rowsRead").asLong() < 300 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            before = Api.get(path, ArchiveImportIT.ADMIN).json();
        }
        assertTrue(jvm.destroyForcibly(), "kill -9");
        jvm.onExit().get(30, TimeUnit.SECONDS);
        long readBeforeKill = before.get("rowsRead").asLong();
        assertEquals("RUNNING", before.get("status").asText(), before.toString());
        assertTrue(readBeforeKill >= 300 && readBeforeKill < ROWS, "killed in the middle: " + before);

        ServerProcesses.restart(CONTROLLER, ServerProcesses.JAVA_OPTS, log);

        JsonNode after = ArchiveImportIT.awaitEnd(accepted.location(), Duration.ofMinutes(4));
        System.out.printf(
                "Import restart test (%s): %d of %d rows counted before kill -9; after the restart: %s%n",
                after.get("format").asText(), readBeforeKill, ROWS, after);
        assertEquals("DONE", after.get("status").asText(), after.toString());
        assertEquals(ROWS, after.get("rowsRead").asLong(), "every row read once");
        assertEquals(ROWS, after.get("rowsImported").asLong(), "every row imported once: " + after);
        assertEquals(0, after.get("rowsSkipped").asLong(), "no committed chunk read again: " + after);
        assertEquals(0, after.get("rowsRejected").asLong());
        return after;
    }

    /** Every page of an answer that follows its {@code next} cursor, the pages' items in one list. */
    private static ArrayNode allItems(String path, String token) {
        ArrayNode all = Api.JSON.createArrayNode();
        String cursor = null;
        do {
            JsonNode page = Api.get(path + "&limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token)
                    .json();
            all.addAll((ArrayNode) page.get("items"));
            cursor = page.hasNonNull("next")
                    ? java.net.URLEncoder.encode(page.get("next").asText(), java.nio.charset.StandardCharsets.UTF_8)
                    : null;
        } while (cursor != null);
        return all;
    }

    private static Set<Long> recordIds(String place) {
        Set<Long> ids = new HashSet<>();
        allItems("/api/v1/records?place=" + place, "demo-editor-token")
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void anImportKilledInItsMiddleResumesAfterItsLastCommittedChunk() throws Exception {
        // The desk the build started (this class runs first of the restart tests, on the demo desk).
        String run = AcledFiles.run();
        killedInTheMiddleAndResumed(
                ArchiveImportIT.upload(
                        "?format=acled&as=published&name=big.csv", ArchiveImportIT.ADMIN, AcledFiles.many(run, ROWS)),
                "import-after.log");
        assertEquals(ROWS, recordIds("Sofia-" + run).size(), "one record a row, none twice");

        // The same records as the public JSON list gives them, imported again as a desk's export, killed again.
        ArrayNode exported = allItems("/api/v1/events?place=Sofia-" + run, null);
        assertEquals(ROWS, exported.size());
        killedInTheMiddleAndResumed(
                Api.send(Api.request("/api/v1/imports?format=eventdesk&name=big.json", ArchiveImportIT.ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(exported.toString()))
                        .build()),
                "import-json-after.log");
        assertEquals(2 * ROWS, recordIds("Sofia-" + run).size(), "one copy an item, none twice");
    }
}

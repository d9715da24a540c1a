package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An import survives the server being killed in its middle: after the restart it resumes after the last chunk it
 * committed, so every row lands once, none twice and none lost.
 */
class ArchiveImportRestartIT {
    private static final String CONTROLLER = "127.0.0.1:" + System.getProperty("test.management.port", "10090");
    private static final int ROWS = 1500;

    @Test
    void anImportKilledInItsMiddleResumesAfterItsLastCommittedChunk() throws Exception {
        // The desk the build started (this class runs first of the restart tests, on the demo desk).
        ProcessHandle jvm = ServerProcesses.runningJvm();
        String run = AcledFiles.run();
        Api.Answer accepted =
                ArchiveImportIT.upload("?format=acled&name=big.csv", ArchiveImportIT.ADMIN, AcledFiles.many(run, ROWS));
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

        ServerProcesses.restart(CONTROLLER, ServerProcesses.JAVA_OPTS, "import-after.log");

        JsonNode after = ArchiveImportIT.awaitEnd(accepted.location(), Duration.ofMinutes(4));
        System.out.printf(
                "Import restart test: %d of %d rows counted before kill -9; after the restart: %s%n",
                readBeforeKill, ROWS, after);
        assertEquals("DONE", after.get("status").asText(), after.toString());
        assertEquals(ROWS, after.get("rowsRead").asLong(), "every row read once");
        assertEquals(ROWS, after.get("rowsImported").asLong(), "every row imported once: " + after);
        assertEquals(0, after.get("rowsSkipped").asLong(), "no committed chunk read again: " + after);
        assertEquals(0, after.get("rowsRejected").asLong());

        Set<Long> ids = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = Api.get(
                            "/api/v1/records?place=Sofia-" + run + "&limit=200"
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            "demo-editor-token")
                    .json();
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            cursor = page.hasNonNull("next")
                    ? java.net.URLEncoder.encode(page.get("next").asText(), java.nio.charset.StandardCharsets.UTF_8)
                    : null;
        } while (cursor != null);
        assertEquals(ROWS, ids.size(), "one record a row, none twice");
    }
}

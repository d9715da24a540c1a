package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An import belongs to the server that received its file. A second server that starts on the same database while
 * the first runs an import leaves it alone (it used to resume it as if its own restart had interrupted it, and two
 * jobs read the same rows), and a cancellation sent to the second server stops the first one's job at its next chunk
 * (the second server does not ask its own batch runtime to stop a job by a number that only the first one knows).
 *
 * <p>Runs in the {@code postgresql} profile only, like every test of two servers: an H2 file belongs to one process.
 * It runs there last, after the kill tests, because the rows its import lands before the cancellation stay in the
 * database (see the profile in the ear POM).
 */
class ImportTwoServersIT {
    /** Above the other two-server tests' shifts, so that a left-over server of theirs cannot clash. */
    private static final int SHIFT = 400;
    /**
     * Enough rows to outlast the second server's start (30-60 s here, while the first imports up to 1,000 rows a
     * second); the import is cancelled long before its end.
     */
    private static final int ROWS = 120_000;

    @Test
    void aServerStartingWhileAnotherImportsLeavesTheImportToItAndCancelsItThroughTheDatabase() throws Exception {
        String run = AcledFiles.run();
        Api.Answer accepted = ArchiveImportIT.upload(
                "?format=acled&name=two-servers.csv", ArchiveImportIT.ADMIN, AcledFiles.many(run, ROWS));
        assertEquals(202, accepted.status(), accepted.body());
        String path = ArchiveImportIT.path(accepted.location());
        ServerProcesses.waitUntil(
                () -> state(Desk.BASE_URL, path).get("rowsRead").asLong() > 0,
                Duration.ofSeconds(60),
                "the first server's job reads rows");

        String secondUrl = ServerProcesses.shifted(Desk.BASE_URL, SHIFT);
        String secondController = ServerProcesses.controller(SHIFT);
        Process second =
                ServerProcesses.start(ServerProcesses.anotherServer("imports", SHIFT), "import-second-server.log");
        try {
            ServerProcesses.deployWhenUp(secondController, secondUrl);
            // The second server looks for imports to resume three seconds after its deployment: let that pass.
            Thread.sleep(8_000);
            JsonNode meanwhile = state(secondUrl, path);
            assertEquals(
                    "RUNNING",
                    meanwhile.get("status").asText(),
                    "the import must outlast the second server's start for this test to mean anything: " + meanwhile);

            Api.Answer cancelled = Api.send(
                    Api.request(secondUrl, path, ArchiveImportIT.ADMIN).DELETE().build());
            assertEquals(200, cancelled.status(), cancelled.body());
            assertEquals("CANCELLED", cancelled.json().get("status").asText(), cancelled.body());

            // The first server's job sees the cancellation at its next chunk and reads nothing more: no change in
            // five seconds (a chunk takes well under one, even on a busy machine).
            long[] lastRead = {-1};
            ServerProcesses.waitUntil(
                    () -> {
                        long read = state(Desk.BASE_URL, path).get("rowsRead").asLong();
                        boolean still = read == lastRead[0];
                        lastRead[0] = read;
                        if (!still) {
                            sleepQuietly(5_000);
                        }
                        return still;
                    },
                    Duration.ofSeconds(90),
                    "the first server's job stops reading");
            JsonNode after = state(Desk.BASE_URL, path);
            System.out.printf("Import on two servers: cancelled through the second: %s%n", after);
            assertEquals(lastRead[0], after.get("rowsRead").asLong(), "no job reads on: " + after);
            assertTrue(after.get("rowsRead").asLong() < ROWS, "cancelled in the middle: " + after);
            assertEquals(0, after.get("rowsSkipped").asLong(), "no row read by a second job: " + after);
            assertEquals(0, after.get("rowsRejected").asLong(), after.toString());
            assertEquals(
                    after.get("rowsRead").asLong(),
                    after.get("rowsImported").asLong(),
                    "each row read once, imported once: " + after);
        } finally {
            assertTrue(ServerProcesses.stopStarted(second), "the second server stopped");
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode state(String baseUrl, String path) {
        return Api.get(baseUrl, path, ArchiveImportIT.ADMIN).json();
    }
}

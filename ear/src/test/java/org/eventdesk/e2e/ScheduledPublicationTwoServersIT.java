package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one database publish each scheduled record once between them. A second WildFly process starts
 * beside the test server (its own base directory, every port 100 higher, the same database), both schedulers run
 * every five seconds on the same wall clock, and several records fall due at the same moment.
 *
 * <p>Runs in the {@code postgresql} profile only: an H2 file database belongs to the one process that opens it,
 * so two servers can share a database only on PostgreSQL (the deployment the compose file describes).
 */
class ScheduledPublicationTwoServersIT {
    private static final int SHIFT = 100;

    @Test
    void eachDueRecordIsPublishedOnceWhenTwoServersShareTheDatabase() throws Exception {
        String secondUrl = ServerProcesses.shifted(Desk.BASE_URL, SHIFT);
        String secondController = ServerProcesses.controller(SHIFT);
        Process second = ServerProcesses.start(ServerProcesses.anotherServer("second", SHIFT), "second-server.log");
        try {
            ServerProcesses.deployWhenUp(secondController, secondUrl);

            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long id = ReadyRecords.create("demo-editor-token", "Due on two servers " + i);
                assertEquals(
                        200,
                        ReadyRecords.step(id, "submit", "demo-editor-token", null)
                                .status());
                assertEquals(
                        200,
                        ReadyRecords.step(id, "approve", "demo-reviewer-token", null)
                                .status());
                ids.add(id);
            }
            // All at the same moment, on a five-second boundary: both schedulers wake for it together.
            Instant at = Instant.ofEpochSecond((Instant.now().getEpochSecond() / 5 + 3) * 5);
            for (long id : ids) {
                Api.Answer scheduled =
                        ReadyRecords.step(id, "publish", "demo-editor-token", "{\"at\": \"" + at + "\"}");
                assertEquals("SCHEDULED", scheduled.json().get("status").asText(), scheduled.body());
            }
            JsonNode seenBySecond = Api.get(secondUrl, "/api/v1/records/" + ids.get(0), "demo-editor-token")
                    .json();
            assertEquals("SCHEDULED", seenBySecond.get("status").asText(), "the second server reads the same database");

            ServerProcesses.waitUntil(
                    () -> ids.stream().allMatch(id -> "PUBLISHED".equals(ReadyRecords.status(id))),
                    Duration.ofSeconds(60),
                    "all published");
            Thread.sleep(12_000); // more runs of both schedulers: none may publish again

            for (long id : ids) {
                JsonNode history = Api.get("/api/v1/records/" + id + "/history", "demo-editor-token")
                        .json();
                List<String> published = new ArrayList<>();
                history.get("changes").forEach(c -> {
                    if (c.get("action").asText().equals("PUBLISHED")) {
                        published.add(c.get("comment").asText());
                    }
                });
                assertEquals(List.of("version 1"), published, "record " + id + " published once");
            }
        } finally {
            assertTrue(ServerProcesses.stopStarted(second), "the second server stopped");
        }
    }
}

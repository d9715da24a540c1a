package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A scheduled publication survives a restart of the server: the record is scheduled, the server process is
 * shut down before the time comes, a new server process is started on the same database (and the EAR deployed
 * to it), and the publication happens once. Runs after every other end-to-end test, since it stops the server;
 * the build's post-integration step stops the new one.
 */
class ScheduledPublicationRestartIT {
    private static final String HOME = System.getProperty("test.jboss.home");
    private static final String CONTROLLER = "127.0.0.1:" + System.getProperty("test.management.port", "10090");

    @Test
    void aScheduledPublicationFiresOnceAfterTheServerRestarts() throws Exception {
        long id = ReadyRecords.create("demo-editor-token", "Scheduled across a restart");
        assertEquals(
                200, ReadyRecords.step(id, "submit", "demo-editor-token", null).status());
        assertEquals(
                200,
                ReadyRecords.step(id, "approve", "demo-reviewer-token", null).status());
        Instant at = Instant.now().plusSeconds(8);
        Api.Answer scheduled = ReadyRecords.step(id, "publish", "demo-editor-token", "{\"at\": \"" + at + "\"}");
        assertEquals("SCHEDULED", scheduled.json().get("status").asText(), scheduled.body());

        cli(":shutdown");
        waitUntil(() -> !answers(), Duration.ofSeconds(60), "the server stopped");
        Process server = startServer();
        waitUntil(
                () -> cliSucceeds(":read-attribute(name=server-state)"),
                Duration.ofSeconds(120),
                "the new server runs");
        cli("deploy " + System.getProperty("test.ear") + " --name=eventdesk.ear");
        waitUntil(ScheduledPublicationRestartIT::answers, Duration.ofSeconds(120), "the desk answers again");
        assertTrue(server.isAlive());

        waitUntil(
                () -> "PUBLISHED".equals(ReadyRecords.status(id)),
                Duration.ofSeconds(60),
                "published after the restart");
        Thread.sleep(12_000); // several more scheduler runs: it must not publish again
        JsonNode history = Api.get("/api/v1/records/" + id + "/history", "demo-editor-token")
                .json();
        List<String> published = new ArrayList<>();
        history.get("changes").forEach(c -> {
            if (c.get("action").asText().equals("PUBLISHED")) {
                published.add(c.get("by").asText() + " " + c.get("comment").asText());
            }
        });
        assertEquals(List.of("editor version 1"), published, "published once, on behalf of whoever scheduled it");
    }

    private static Process startServer() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(HOME, "bin", "standalone.sh").toString(), "--read-only-server-config=standalone.xml")
                .redirectErrorStream(true)
                .redirectOutput(
                        new File(System.getProperty("test.screenshots.dir", "target"), "../restarted-server.log"));
        builder.environment().put("JAVA_OPTS", System.getProperty("test.server.java.opts"));
        builder.environment().put("JBOSS_HOME", HOME);
        return builder.start();
    }

    private static void cli(String command) throws Exception {
        Process cli = cliProcess(command);
        String output = new String(cli.getInputStream().readAllBytes());
        assertTrue(cli.waitFor(120, TimeUnit.SECONDS), "CLI finished: " + command);
        assertEquals(0, cli.exitValue(), command + ": " + output);
    }

    private static boolean cliSucceeds(String command) {
        try {
            Process cli = cliProcess(command);
            String output = new String(cli.getInputStream().readAllBytes());
            return cli.waitFor(60, TimeUnit.SECONDS) && cli.exitValue() == 0 && output.contains("running");
        } catch (Exception e) {
            return false;
        }
    }

    private static Process cliProcess(String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(HOME, "bin", "jboss-cli.sh").toString(),
                        "--connect",
                        "--controller=" + CONTROLLER,
                        "--command=" + command)
                .redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", HOME);
        return builder.start();
    }

    private static boolean answers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(Desk.url("/login")))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (ConnectException e) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit, String what)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not within " + limit + ": " + what);
    }
}

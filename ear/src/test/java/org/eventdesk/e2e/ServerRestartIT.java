package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only a new server process can show: a scheduled publication survives a restart, and a desk started
 * outside demo mode has no demo accounts and exactly the admin its configuration names, and a server whose search
 * index is gone rebuilds it from the database. Each test shuts the
 * running server down and starts a new process (the EAR deployed to it), so this class runs after every other
 * end-to-end test; the build's post-integration step stops the last server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BrowserExtension.class)
class ServerRestartIT {
    private static final String CONTROLLER = "127.0.0.1:" + System.getProperty("test.management.port", "10090");
    private static final String JAVA_OPTS = ServerProcesses.JAVA_OPTS;

    /**
     * One restart shows two things (a restart costs half a minute): a publication scheduled for while the server was
     * down fires once after it, on behalf of whoever scheduled it, and a search index emptied while it was down is
     * rebuilt from the database.
     */
    @Test
    @Order(0)
    void aRestartedServerPublishesWhatWasScheduledOnceAndRebuildsAnEmptiedSearchIndex() throws Exception {
        String marker = "r" + Long.toHexString(System.nanoTime());
        long flooded = ReadyRecords.create("demo-editor-token", "Flooded underpass " + marker);
        long id = ReadyRecords.create("demo-editor-token", "Scheduled across a restart");
        assertEquals(
                200, ReadyRecords.step(id, "submit", "demo-editor-token", null).status());
        assertEquals(
                200,
                ReadyRecords.step(id, "approve", "demo-reviewer-token", null).status());
        Instant at = Instant.now().plusSeconds(8);
        Api.Answer scheduled = ReadyRecords.step(id, "publish", "demo-editor-token", "{\"at\": \"" + at + "\"}");
        assertEquals("SCHEDULED", scheduled.json().get("status").asText(), scheduled.body());

        ServerProcesses.stop(ServerProcesses.runningJvm());
        Path index = Path.of(System.getProperty("test.e2e.base.dir"), "data", "eventdesk", "search-index");
        assertTrue(Files.isDirectory(index), "the index lives beside the data: " + index);
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Process server = ServerProcesses.start(JAVA_OPTS, "restarted-server.log");
        ServerProcesses.deployWhenUp(CONTROLLER, Desk.BASE_URL);
        assertTrue(server.isAlive());

        String search = "/api/v1/records?q=" + URLEncoder.encode("floods " + marker, StandardCharsets.UTF_8);
        ServerProcesses.waitUntil(
                () -> {
                    JsonNode items = Api.get(search, "demo-editor-token").json().get("items");
                    return items.size() == 1 && items.get(0).get("id").asLong() == flooded;
                },
                Duration.ofSeconds(60),
                "the record found again once the index is rebuilt");
        String log =
                Files.readString(ServerProcesses.logFile("restarted-server.log").toPath());
        assertTrue(log.contains("The search index is empty but the database holds records"), "the log says why");
        assertTrue(log.contains("New passwords are hashed with 10000 PBKDF2 iterations"), "a test desk's count, told");

        ServerProcesses.waitUntil(
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

    @Test
    @Order(2)
    void outsideDemoModeANewDeskHasOnlyTheConfiguredAdmin(BrowserSession chief) throws Exception {
        String refused = "chief-" + Long.toHexString(System.nanoTime()) + "-Passw0rd";
        restartWith(productionOptions(refused), "refused-admin-server.log");

        assertEquals("/login?error", logIn("chief", refused), "a password the rules refuse makes no admin");
        String log = Files.readString(
                ServerProcesses.logFile("refused-admin-server.log").toPath());
        assertTrue(
                log.contains("The configured first admin password is refused (must not contain the user name)"),
                "the server log says why, and the desk still runs");

        String password = "first-" + Long.toHexString(System.nanoTime()) + "-Passw0rd";
        restartWith(productionOptions(password), "production-mode-server.log");
        assertFalse(
                Files.readString(ServerProcesses.logFile("production-mode-server.log")
                                .toPath())
                        .contains("PBKDF2 iterations"),
                "a desk that is not told a count hashes with OWASP's, and says nothing");

        String cookie = Api.get("/login", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(
                cookie.toLowerCase().contains("; secure"),
                "configured for a TLS proxy (eventdesk.cookie.secure), the cookie is Secure even over HTTP: " + cookie);
        assertEquals("/login?error", logIn("editor", Desk.DEMO_PASSWORD), "no demo editor");
        assertEquals("/login?error", logIn("admin", Desk.DEMO_PASSWORD), "no demo admin");
        assertEquals("/login?error", logIn("chief", Desk.DEMO_PASSWORD), "no default password");
        for (String token : List.of("demo-editor-token", "demo-admin-token", "demo-partner-token")) {
            Api.Answer answer = Api.get("/api/v1/sources", token);
            assertEquals(401, answer.status(), token + ": " + answer.body());
        }
        assertEquals("/", logIn("chief", password), "the configured admin logs in");

        chief.logIn("chief", password);
        chief.open("/admin/security-log?user=chief");
        chief.waitForGridCell("security-log-grid", "User created"::equals);
        assertTrue(
                chief.gridTexts("security-log-grid").stream().anyMatch(cell -> cell.contains("from the configuration")),
                "the log says where the first admin came from: " + chief.gridTexts("security-log-grid"));
    }

    @Test
    @Order(3)
    void aReaderOverThePublicRateLimitIsToldWhenToComeBack() {
        // The desk the test before started allows each client 20 public requests and 6 audits a minute.
        int served = 0;
        Api.Answer refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            Api.Answer answer = Api.get("/api/v1/events", null);
            if (answer.status() == 200) {
                served++;
            } else {
                refused = answer;
            }
        }
        assertTrue(served >= 20 && served <= 22, "a minute's allowance, and a token or two refilled: " + served);
        Problems.assertProblem(refused, 429);
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, "Retry-After says when");
        assertEquals(429, Api.get("/events", null).status(), "the readers' pages share the allowance");
        assertEquals(401, Api.get("/api/v1/records", null).status(), "editorial endpoints are not limited here");

        int audits = 0;
        while (audits < 10 && Api.get("/api/v1/publication-log/verify", null).status() == 200) {
            audits++;
        }
        assertEquals(6, audits, "audits read the whole log and have a smaller allowance of their own");
    }

    /**
     * The build's options, minus demo mode, the database the other tests filled and the test desks' cheaper password
     * hashing, naming a first admin; with the public rate limit on (20 requests and 6 audits a minute per client, so
     * a test can reach it); and, as a desk behind a TLS proxy would, a session cookie that is always Secure.
     */
    private static String productionOptions(String adminPassword) throws IOException {
        return JAVA_OPTS
                        .replace("-Deventdesk.demo=true", "-Deventdesk.demo=false")
                        .replace(
                                "-Deventdesk.public.requests-per-minute=0", "-Deventdesk.public.requests-per-minute=20")
                        .replace("-Deventdesk.public.audits-per-minute=0", "-Deventdesk.public.audits-per-minute=6")
                        .replaceAll("-Deventdesk\\.db\\.url=\\S+", "")
                        .replaceAll("-Deventdesk\\.password\\.iterations=\\S+", "")
                + " -Deventdesk.admin.username=chief -Deventdesk.admin.password=" + adminPassword
                + " -Deventdesk.cookie.secure=true "
                + freshDatabase();
    }

    /**
     * A database no run has seeded: a new H2 directory by default, or the PostgreSQL database the build names (run
     * by hand: CI's PostgreSQL pass leaves this class out; see the ear POM's postgresql profile).
     */
    private static String freshDatabase() throws IOException {
        String url = System.getProperty("test.fresh.db.url", "");
        if (!url.isBlank()) {
            return "-Deventdesk.db.url=" + url;
        }
        Path dir = Path.of(System.getProperty("test.fresh.data.dir"));
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return "-Deventdesk.data.dir=" + dir;
    }

    /** Posts the login form; answers where the desk sends the browser (the path, query included). */
    private static String logIn(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Desk.url("/login")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertEquals(302, response.statusCode(), "the login form redirects");
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** Shuts the running server down, starts a new process with these options, deploys the EAR, waits for it. */
    private static void restartWith(String javaOpts, String logName) throws Exception {
        ServerProcesses.stop(ServerProcesses.runningJvm());
        Process server = ServerProcesses.start(javaOpts, logName);
        ServerProcesses.deployWhenUp(CONTROLLER, Desk.BASE_URL);
        assertTrue(server.isAlive());
    }
}

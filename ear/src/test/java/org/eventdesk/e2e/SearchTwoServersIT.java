package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.Test;

/**
 * Several servers share one search index: two desks on the test database, both on one OpenSearch node (started here,
 * inside this JVM) with Hibernate Search's outbox-polling coordination, the setup the README describes for more than
 * one server. What an editor saves on one server is found, stemmed, by a search on the other, and follows every later
 * change made on either. The test server itself keeps its Lucene index and is left alone.
 *
 * <p>Runs in the {@code postgresql} profile only, like every test of two servers: an H2 file belongs to one process.
 */
class SearchTwoServersIT {
    private static final String EDITOR = "demo-editor-token";
    private static final String ADMIN = "demo-admin-token";
    /** Above the shift of ScheduledPublicationTwoServersIT's second server, so that a left-over one cannot clash. */
    private static final int SHIFT_A = 200;

    private static final int SHIFT_B = 300;
    /** The runner's first node listens one above its base port; it refuses a base above 9299 unless told its top. */
    private static final int OPENSEARCH_BASE_PORT = 9280;

    @Test
    void whatOneServerSavesTheOtherFindsAndEveryChangeFollows() throws Exception {
        try (OpenSearchRunner openSearch = startOpenSearch()) {
            String hosts = "127.0.0.1:" + openSearch.node().settings().get("http.port");
            List<Process> servers = new ArrayList<>();
            try {
                String a = startDesk("search-a", SHIFT_A, hosts, servers);
                // A rebuilds the new, empty index from the database first (SearchIndexBootstrap); then B comes up.
                ServerProcesses.waitUntil(() -> !rebuilding(a), Duration.ofMinutes(5), "server A's first re-index");
                String b = startDesk("search-b", SHIFT_B, hosts, servers);
                // Each server's agent registers with its first pulse, which may come just after the desk answers.
                ServerProcesses.waitUntil(
                        () -> eventAgents() == 2,
                        Duration.ofSeconds(60),
                        "both servers take part in indexing through the outbox");

                String word =
                        "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                ObjectNode record = Api.object();
                record.put("type", "OTHER");
                record.put("title", "Drone strikes near the reservoir " + word);
                Api.Answer created = send(a, "POST", "/api/v1/records", null, record);
                assertEquals(201, created.status(), created.body());
                long id = created.json().get("id").asLong();

                // Saved on A, found on B: through B's query of the shared index, the English analysis applied there.
                ServerProcesses.waitUntil(
                        () -> found(b, "drone " + word).contains(id), Duration.ofSeconds(60), "B finds A's record");
                assertEquals(List.of(id), found(b, "reservoirs " + word), "stemmed words find it on B");
                JsonNode marked = listing(b, "strike " + word).get("items").get(0);
                assertTrue(marked.toString().contains("Drone strikes"), "B's answer carries the title: " + marked);

                // Changed on B, the change is what A finds, and the old words no longer are.
                String newWord =
                        "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                JsonNode current = Api.get(b, "/api/v1/records/" + id, EDITOR).json();
                record.put("title", "Shelling of the dam " + newWord);
                Api.Answer changed = send(
                        b,
                        "PUT",
                        "/api/v1/records/" + id,
                        "\"" + current.get("version").asLong() + "\"",
                        record);
                assertEquals(200, changed.status(), changed.body());
                ServerProcesses.waitUntil(
                        () -> found(a, "shelled " + newWord).contains(id),
                        Duration.ofSeconds(60),
                        "A finds B's change");
                assertFalse(found(a, word).contains(id), "A no longer finds the old title");
                assertFalse(found(b, word).contains(id), "nor does B");

                // Every queued event was taken by an agent: none is left, none was given up.
                ServerProcesses.waitUntil(() -> outboxEvents() == 0, Duration.ofSeconds(60), "the outbox empties");
            } finally {
                for (int shift : new int[] {SHIFT_A, SHIFT_B}) {
                    stop(shift, servers);
                }
            }
        }
    }

    private static OpenSearchRunner startOpenSearch() {
        OpenSearchRunner runner = new OpenSearchRunner();
        // As the README asks of a production node: room for the longest word filter the desk accepts.
        runner.onBuild((number, settings) -> settings.put("indices.query.bool.max_clause_count", 4096));
        Path target = ServerProcesses.logFile("opensearch").toPath().getParent();
        Path dir;
        try {
            dir = Files.createTempDirectory(target, "opensearch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(dir.toString())
                .numOfNode(1)
                .baseHttpPort(OPENSEARCH_BASE_PORT)
                .clusterName("eventdesk-search-test")
                .disableESLogger());
        runner.ensureYellow();
        return runner;
    }

    /** One more desk on the test database, on the OpenSearch node, coordinated through the outbox; its base URL. */
    private static String startDesk(String name, int shift, String hosts, List<Process> servers) throws Exception {
        String options = ServerProcesses.anotherServer(name, shift)
                + " -Deventdesk.search.backend=elasticsearch -Deventdesk.search.hosts=" + hosts
                + " -Deventdesk.search.coordination=outbox-polling";
        servers.add(ServerProcesses.start(options, name + "-server.log"));
        String baseUrl = ServerProcesses.shifted(Desk.BASE_URL, shift);
        ServerProcesses.deployWhenUp(ServerProcesses.controller(shift), baseUrl);
        return baseUrl;
    }

    /** Shuts a desk down; one that does not stop in time is ended (it is this test's own process). */
    private static void stop(int shift, List<Process> servers) {
        int index = shift == SHIFT_A ? 0 : 1;
        if (servers.size() <= index) {
            return;
        }
        ServerProcesses.stopStarted(servers.get(index));
    }

    private static boolean rebuilding(String baseUrl) {
        Api.Answer state = Api.get(baseUrl, "/api/v1/search-index", ADMIN);
        return state.status() != 200 || state.json().get("running").asBoolean();
    }

    private static JsonNode listing(String baseUrl, String words) {
        Api.Answer answer =
                Api.get(baseUrl, "/api/v1/records?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), EDITOR);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static List<Long> found(String baseUrl, String words) {
        List<Long> ids = new ArrayList<>();
        listing(baseUrl, words)
                .get("items")
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static Api.Answer send(String baseUrl, String method, String path, String ifMatch, JsonNode body) {
        HttpRequest.Builder request = Api.request(baseUrl, path, EDITOR)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Api.send(request.build());
    }

    private static long eventAgents() {
        return count("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'");
    }

    private static long outboxEvents() {
        return count("select count(*) from hsearch_outbox_event");
    }

    private static long count(String sql) {
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("test.jdbc.url"),
                        System.getProperty("test.jdbc.user"),
                        System.getProperty("test.jdbc.password"));
                ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}

package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fifty API clients at once doing the editorial workflow on loopback, a fixed number of rounds each: create a
 * record, save it with {@code If-Match}, submit it, have a reviewer approve it with {@code If-Match}, publish it.
 * Groups of five also race on one shared record per round, all at the same moment at every step: one of them wins
 * each step and the others must hear a clear 409 or 412.
 *
 * <p>Afterwards the invariants are checked on what the desk stored, not on what the clients were told: every
 * record whose creation was answered 2xx exists and the list holds no more of them than that; every 2xx save is in
 * the record's history once; every 2xx publication produced exactly one published version. It prints the requests,
 * the answers by status and the latencies (p50, p95, max).
 */
class EditorialLoadIT {
    private static final int CLIENTS = 50;
    private static final int GROUP = 5;
    private static final int ROUNDS = Integer.getInteger("load.rounds", 3);
    private static final List<String> EDITORS = List.of("demo-editor-token", "demo-editor2-token");
    private static final String REVIEWER = "demo-reviewer-token";

    private final String run = "load" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> created = ConcurrentHashMap.newKeySet();
    private final Map<Long, AtomicInteger> saves = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> publications = new ConcurrentHashMap<>();
    private final List<String> unclear = Collections.synchronizedList(new ArrayList<>());

    /** One timed request; its status is counted whatever it is. */
    private Api.Answer timed(HttpRequest request) {
        long start = System.nanoTime();
        Api.Answer answer = Api.send(request);
        latencies.add(System.nanoTime() - start);
        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
        return answer;
    }

    private Api.Answer post(String path, String token, String ifMatch, String body) {
        HttpRequest.Builder request = Api.request(path, token).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return timed(request.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                .build());
    }

    private Api.Answer put(long id, String token, String ifMatch, JsonNode body) {
        return timed(Api.request("/api/v1/records/" + id, token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private Api.Answer get(String path, String token) {
        return timed(Api.request(path, token).GET().build());
    }

    /** A step the client expects to win. */
    private Api.Answer expect(Api.Answer answer, int status, String what) {
        if (answer.status() != status) {
            unclear.add(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** A step several clients race for: 2xx for the winner; a lost race must say so clearly. */
    private boolean raced(Api.Answer answer, String what) {
        if (answer.status() / 100 == 2) {
            return true;
        }
        if (answer.status() != 409 && answer.status() != 412) {
            unclear.add(what + " lost a race with " + answer.status() + ": " + answer.body());
        }
        return false;
    }

    private static String tag(Api.Answer answer) {
        return answer.header("ETag");
    }

    /** Create, save, submit, approve, publish: one record of one client's own. */
    private void ownRecord(int client, int round, JsonNode source) {
        String editor = EDITORS.get(client % 2);
        ObjectNode body = ReadyRecords.body(source, run + " client " + client + " round " + round, "Port district");
        Api.Answer made = expect(post("/api/v1/records", editor, null, body.toString()), 201, "create");
        if (made.status() != 201) {
            return;
        }
        long id = made.json().get("id").asLong();
        created.add(id);
        ObjectNode edited = ((ObjectNode) made.json()).put("summary", "Saved by client " + client);
        Api.Answer saved = expect(put(id, editor, tag(made), edited), 200, "save");
        if (saved.status() != 200) {
            return;
        }
        saves.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet();
        expect(post("/api/v1/records/" + id + "/submit", editor, null, null), 200, "submit");
        Api.Answer read = expect(get("/api/v1/records/" + id, REVIEWER), 200, "read for review");
        Api.Answer approved =
                expect(post("/api/v1/records/" + id + "/approve", REVIEWER, tag(read), null), 200, "approve");
        if (approved.status() != 200) {
            return;
        }
        Api.Answer published =
                expect(post("/api/v1/records/" + id + "/publish", editor, tag(approved), null), 200, "publish");
        if (published.status() == 200) {
            publications.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** All members of a group take each step on the group's record at the same moment. */
    private void sharedRecord(int client, long id, CyclicBarrier together) throws Exception {
        String editor = EDITORS.get(client % 2);
        together.await(60, TimeUnit.SECONDS);
        Api.Answer read = get("/api/v1/records/" + id, editor);
        together.await(60, TimeUnit.SECONDS);
        ObjectNode edited = ((ObjectNode) read.json()).put("summary", "Saved by client " + client);
        if (raced(put(id, editor, tag(read), edited), "save")) {
            saves.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet();
        }
        together.await(60, TimeUnit.SECONDS);
        raced(post("/api/v1/records/" + id + "/submit", editor, null, null), "submit");
        together.await(60, TimeUnit.SECONDS);
        Api.Answer review = get("/api/v1/records/" + id, REVIEWER);
        together.await(60, TimeUnit.SECONDS);
        raced(post("/api/v1/records/" + id + "/approve", REVIEWER, tag(review), null), "approve");
        together.await(60, TimeUnit.SECONDS);
        Api.Answer approved = get("/api/v1/records/" + id, editor);
        together.await(60, TimeUnit.SECONDS);
        if (raced(post("/api/v1/records/" + id + "/publish", editor, tag(approved), null), "publish")) {
            publications.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Test
    void fiftyClientsRunTheWorkflowAtOnceAndNothingIsLostOrDoubled() throws Exception {
        List<JsonNode> sources = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            sources.add(ReadyRecords.source(EDITORS.get(client % 2)));
        }
        // One shared record per group and round, made before the clock starts.
        Map<String, Long> shared = new HashMap<>();
        for (int group = 0; group < CLIENTS / GROUP; group++) {
            for (int round = 0; round < ROUNDS; round++) {
                long id = ReadyRecords.create(EDITORS.get(0), run + " shared " + group + " round " + round);
                shared.put(group + "/" + round, id);
                created.add(id);
            }
        }
        List<CyclicBarrier> barriers = new ArrayList<>();
        for (int group = 0; group < CLIENTS / GROUP; group++) {
            barriers.add(new CyclicBarrier(GROUP));
        }

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        ownRecord(client, round, sources.get(client));
                        sharedRecord(client, shared.get(client / GROUP + "/" + round), barriers.get(client / GROUP));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(15, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(seconds);

        assertEquals(List.of(), unclear.subList(0, Math.min(unclear.size(), 20)), "every answer clear");
        assertTrue(statuses.keySet().stream().noneMatch(s -> s >= 500), "no 5xx: " + statuses);
        assertTrue(
                statuses.keySet().stream().allMatch(s -> s / 100 == 2 || s == 409 || s == 412),
                "only successes and lost races: " + statuses);

        // What the desk stored: every answered creation is there, and no record more.
        for (long id : created) {
            assertEquals(200, Api.get("/api/v1/records/" + id, EDITORS.get(0)).status(), "record " + id + " exists");
        }
        assertEquals(created.size(), listed(), "the list holds each record of this run once");
        for (long id : created) {
            JsonNode record = Api.get("/api/v1/records/" + id, EDITORS.get(0)).json();
            List<String> actions = new ArrayList<>();
            Api.get("/api/v1/records/" + id + "/history", EDITORS.get(0))
                    .json()
                    .get("changes")
                    .forEach(c -> actions.add(c.get("action").asText()));
            int published = publications.getOrDefault(id, new AtomicInteger()).get();
            assertEquals(
                    published,
                    record.get("workflow").get("publishedVersion").asInt(),
                    "record " + id + ": each 2xx publication is one published version");
            assertEquals(published, Collections.frequency(actions, "PUBLISHED"), "record " + id + ": " + actions);
            assertEquals(
                    saves.getOrDefault(id, new AtomicInteger()).get(),
                    Collections.frequency(actions, "SAVED"),
                    "record " + id + ": each 2xx save is in the history once: " + actions);
        }
        for (long id : shared.values()) {
            assertEquals(1, saves.get(id).get(), "one racer's save won on record " + id);
            assertTrue(publications.getOrDefault(id, new AtomicInteger()).get() <= 1, "published once at most");
        }
    }

    /** How many records of this run the list shows, page by page. */
    private int listed() {
        int count = 0;
        String cursor = null;
        do {
            String path = "/api/v1/records?limit=200&q=" + URLEncoder.encode(run, StandardCharsets.UTF_8)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = Api.get(path, EDITORS.get(0)).json();
            count += page.get("items").size();
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        return count;
    }

    private void report(double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int requests = sorted.size();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(status, n.get()));
        long errors = byStatus.entrySet().stream()
                .filter(e -> e.getKey() >= 400)
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.out.printf(
                "%nEditorial load: %d clients x %d rounds, %d requests in %.1f s (%.0f/s); answers by status %s;"
                        + " %d errors (4xx/5xx: every one a lost race, 409 or 412), %d of them 5xx;"
                        + " latency p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                CLIENTS,
                ROUNDS,
                requests,
                seconds,
                requests / seconds,
                byStatus,
                errors,
                byStatus.entrySet().stream()
                        .filter(e -> e.getKey() >= 500)
                        .mapToLong(Map.Entry::getValue)
                        .sum(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                sorted.isEmpty() ? 0.0 : sorted.get(requests - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}

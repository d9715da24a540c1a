package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The server killed ({@code kill -9}, no shutdown) while editors save and publish, then started again on the same
 * database: every save the desk answered 2xx is there, no record is half-written (each holds exactly one of the
 * versions its editor sent, whole), every publication answered 2xx is public, and the publication log verifies.
 */
class CrashRecoveryRestartIT {
    private static final String CONTROLLER = "127.0.0.1:" + System.getProperty("test.management.port", "10090");
    private static final int CLIENTS = 6;

    /** What a client sent as version {@code n} of a record: its title and how many places it had. */
    private record Sent(String title, int places) {}

    @Test
    void everyAcknowledgedSaveAndPublicationSurvivesAKill() throws Exception {
        // The demo desk the restart test before left running (ArchiveImportRestartIT; the tests run by name).
        ProcessHandle jvm = ServerProcesses.runningJvm();
        Map<Long, Map<Long, Sent>> sent = new ConcurrentHashMap<>();
        Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
        Set<Long> published = ConcurrentHashMap.newKeySet();
        AtomicInteger saves = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> editUntilKilled(client, sent, acknowledged, published, saves, killed));
        }
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until) && (saves.get() < 40 || published.size() < 4)) {
            Thread.sleep(200);
        }
        assertTrue(jvm.destroyForcibly(), "kill -9");
        killed.set(true);
        jvm.onExit().get(30, TimeUnit.SECONDS);
        clients.shutdown();
        assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS));

        ServerProcesses.restart(CONTROLLER, ServerProcesses.JAVA_OPTS, "crash-after.log");

        List<String> lost = new ArrayList<>();
        int found = 0;
        for (Map.Entry<Long, Long> ack : acknowledged.entrySet()) {
            long id = ack.getKey();
            Api.Answer answer = Api.get("/api/v1/records/" + id, "demo-editor-token");
            if (answer.status() != 200) {
                lost.add("record " + id + ": " + answer.status());
                continue;
            }
            JsonNode record = answer.json();
            long version = record.get("version").asLong();
            if (version < ack.getValue()) {
                lost.add("record " + id + " is at version " + version + ", " + ack.getValue() + " was acknowledged");
                continue;
            }
            Sent whole = sent.get(id).get(version);
            if (whole == null) {
                // a workflow step (submit, approve, publish) moved the version on; the content is the last save's
                whole = sent.get(id).entrySet().stream()
                        .filter(e -> e.getKey() <= version)
                        .max(Map.Entry.comparingByKey())
                        .orElseThrow()
                        .getValue();
            }
            if (!record.get("title").asText().equals(whole.title())
                    || record.get("places").size() != whole.places()) {
                lost.add("record " + id + " is half-written: " + record.get("title") + " with "
                        + record.get("places").size() + " places, expected " + whole);
            } else {
                found++;
            }
        }
        for (long id : published) {
            Api.Answer answer = Api.get("/api/v1/events/" + id, null);
            if (answer.status() != 200) {
                lost.add("published record " + id + " answers " + answer.status());
            }
        }
        JsonNode audit = Api.get("/api/v1/publication-log/verify", null).json();
        System.out.printf(
                "Crash test: %d saves and %d publications answered 2xx before kill -9; after the restart %d of %d"
                        + " records hold their acknowledged save, %d of %d publications are public; log: %s%n",
                saves.get(),
                published.size(),
                found,
                acknowledged.size(),
                published.size()
                        - lost.stream().filter(l -> l.startsWith("published")).count(),
                published.size(),
                audit);
        assertTrue(saves.get() >= 10, "the load ran: " + saves.get() + " saves");
        assertTrue(lost.isEmpty(), String.join("\n", lost));
        assertTrue(audit.get("valid").asBoolean(), audit.toString());
        assertEquals(found, acknowledged.size());
    }

    /**
     * One editor: creates records, saves each a few times (each save a new title and one more place), then
     * submits, has it approved and publishes it; until the server dies under it.
     */
    private static void editUntilKilled(
            int client,
            Map<Long, Map<Long, Sent>> sent,
            Map<Long, Long> acknowledged,
            Set<Long> published,
            AtomicInteger saves,
            AtomicBoolean killed) {
        int n = 0;
        while (!killed.get()) {
            try {
                long id = ReadyRecords.create("demo-editor-token", "Crash " + client + "-" + n);
                sent.computeIfAbsent(id, k -> new ConcurrentHashMap<>())
                        .put(0L, new Sent("Crash " + client + "-" + n, 1));
                JsonNode record =
                        Api.get("/api/v1/records/" + id, "demo-editor-token").json();
                acknowledged.put(id, record.get("version").asLong());
                sent.get(id).put(record.get("version").asLong(), new Sent("Crash " + client + "-" + n, 1));
                for (int save = 1; save <= 3 && !killed.get(); save++) {
                    long version = record.get("version").asLong();
                    ObjectNode body = editable(record);
                    String title = "Crash " + client + "-" + n + " save " + save;
                    body.put("title", title);
                    ArrayNode places = (ArrayNode) body.get("places");
                    ObjectNode place = places.get(0).deepCopy();
                    place.put("name", "Place " + save);
                    places.add(place);
                    sent.get(id).put(version + 1, new Sent(title, places.size()));
                    Api.Answer answer = Api.send(Api.request("/api/v1/records/" + id, "demo-editor-token")
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"" + version + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build());
                    if (answer.status() != 200) {
                        return;
                    }
                    record = answer.json();
                    acknowledged.put(id, record.get("version").asLong());
                    saves.incrementAndGet();
                }
                for (String[] step : new String[][] {
                    {"submit", "demo-editor-token"},
                    {"approve", "demo-reviewer-token"},
                    {"publish", "demo-editor-token"}
                }) {
                    long version = Api.get("/api/v1/records/" + id, "demo-editor-token")
                            .json()
                            .get("version")
                            .asLong();
                    Api.Answer answer = Api.send(Api.request("/api/v1/records/" + id + "/" + step[0], step[1])
                            .header("If-Match", "\"" + version + "\"")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build());
                    if (answer.status() != 200) {
                        return;
                    }
                    acknowledged.put(id, answer.json().get("version").asLong());
                }
                published.add(id);
                n++;
            } catch (RuntimeException | AssertionError connectionLost) {
                return;
            }
        }
    }

    /** The record as a save takes it: the read-only members removed, evidence as spans. */
    static ObjectNode editable(JsonNode record) {
        ObjectNode body = Api.object();
        for (String field : List.of(
                "type",
                "title",
                "summary",
                "summaryEvidence",
                "time",
                "places",
                "actors",
                "figures",
                "claims",
                "tags")) {
            if (record.has(field) && !record.get(field).isNull()) {
                body.set(field, record.get(field).deepCopy());
            }
        }
        // Inside the facts only: the record's own title stays.
        body.forEach(fact ->
                strip(fact, Set.of("quote", "outlet", "judgement", "categoryLabel", "described", "title", "wording")));
        return body;
    }

    private static void strip(JsonNode node, Set<String> readOnly) {
        if (node instanceof ObjectNode object) {
            object.remove(readOnly);
            object.forEach(child -> strip(child, readOnly));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> strip(child, readOnly));
        }
    }
}

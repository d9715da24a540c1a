package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The import of a desk's own export (format=eventdesk), as an admin moving records between desks uses it: the
 * public JSON list saved as it came, and the public CSV, imported back; the records come back with their facts and
 * the words they quote; the same file again adds nothing; what cannot come back is reported by item and field.
 */
class DeskExportImportIT {
    private static final String ADMIN = ArchiveImportIT.ADMIN;
    private static final String EDITOR = ArchiveImportIT.EDITOR;

    private static Api.Answer upload(String query, String contentType, String body) {
        return Api.send(Api.request("/api/v1/imports" + query, ADMIN)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonNode imported(String query, String contentType, String body) throws InterruptedException {
        Api.Answer accepted = upload(query, contentType, body);
        assertEquals(202, accepted.status(), accepted.body());
        return ArchiveImportIT.awaitEnd(accepted.location(), Duration.ofSeconds(60));
    }

    /**
     * The desk's records whose titles hold the word and the title's start, oldest first, each in full; waiting the
     * moments the search index takes to follow a commit.
     */
    private static List<JsonNode> recordsWith(String word, String titleStart, int expected)
            throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        List<JsonNode> records = new ArrayList<>();
        do {
            records.clear();
            Api.get("/api/v1/records?q=" + word + "&limit=50", EDITOR)
                    .json()
                    .get("items")
                    .forEach(i -> {
                        if (i.get("title").asText().startsWith(titleStart)) {
                            records.add(Api.get("/api/v1/records/" + i.get("id").asLong(), EDITOR)
                                    .json());
                        }
                    });
            if (records.size() >= expected) {
                break;
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(until));
        assertEquals(expected, records.size(), () -> expected + " records titled " + titleStart + "… " + records);
        records.sort(java.util.Comparator.comparingLong(r -> r.get("id").asLong()));
        return records;
    }

    /** The public answer for the word once it lists the records expected. */
    private static String published(String path, String word, int expected) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (true) {
            JsonNode items = Api.get("/api/v1/events?q=" + word, null).json().get("items");
            if (items.size() >= expected || Instant.now().isAfter(until)) {
                assertEquals(expected, items.size(), items.toString());
                return Api.get(path + "?q=" + word, null).body();
            }
            Thread.sleep(300);
        }
    }

    private static PublishedRecords.Published strike(String word, String url) {
        return PublishedRecords.record("Guided bombs on a Kharkiv store " + word)
                .summary(
                        "Russian forces struck a hardware store in Kharkiv with guided bombs.",
                        "Russian forces struck a hardware store in Kharkiv with guided bombs")
                .place("Kharkiv", "UA", 49.9935, 36.2304, "a hardware store in Kharkiv")
                .actor("Russian Armed Forces", "STATE", "INITIATOR", "Russian forces struck")
                .figure("KILLED", "AT_LEAST", 16, "killing at least 16 people")
                .range("INJURED", 40, 50, "between 40 and 50 were injured")
                .claim("Ihor Terekhov", "The city will rebuild the store", "SINGLE_SOURCE")
                .tags("kharkiv")
                .source("Kyiv Independent", "Guided bombs hit a Kharkiv store", url)
                .publish();
    }

    @Test
    void aDesksJsonListComesBackWithItsFactsAndQuotesAndTheSameFileAgainAddsNothing() throws Exception {
        String word = PublishedRecords.nonce();
        PublishedRecords.Published original = strike(word, "https://kyivindependent.example/" + word);
        PublishedRecords.record("Protest in Lviv " + word)
                .type("PROTESTS.PEACEFUL_PROTEST")
                .summary("Hundreds marched in Lviv.", "Hundreds marched in Lviv")
                .place("Lviv", "UA", 49.8397, 24.0297, "marched in Lviv")
                .source("Zaxid", "Lviv march", null)
                .publish();

        // The public list, saved as a partner's script receives it: {items, next, previous}.
        String page = published("/api/v1/events", word, 2);
        JsonNode done = imported("?format=eventdesk&as=draft&name=events.json", "application/json", page);
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals("eventdesk", done.get("format").asText());
        assertEquals(2, done.get("totalRows").asLong(), done.toString());
        assertEquals(2, done.get("rowsImported").asLong(), done.toString());
        assertEquals(0, done.get("rowsRejected").asLong(), done.toString());

        List<JsonNode> strikes = recordsWith(word, "Guided bombs", 2);
        JsonNode source = strikes.get(0);
        JsonNode copy = strikes.get(1);
        assertEquals(original.id(), source.get("id").asLong());
        assertEquals("DRAFT", copy.get("status").asText());
        assertEquals("admin", copy.get("createdBy").asText());
        for (String field : List.of("title", "type", "summary", "time", "places", "actors", "tags")) {
            assertEquals(strip(source.get(field)), strip(copy.get(field)), field);
        }
        JsonNode injured = copy.get("figures").get(1);
        assertEquals("RANGE", injured.get("qualifier").asText());
        assertEquals(40, injured.get("low").asInt());
        assertEquals(50, injured.get("high").asInt());
        assertEquals(
                "between 40 and 50 were injured",
                injured.get("evidence").get(0).get("quote").asText());
        assertEquals(
                "The city will rebuild the store",
                copy.get("claims").get(0).get("text").asText());
        // Imported back into the desk that holds the report, the copy quotes that very source.
        assertEquals(
                original.source().id(),
                copy.get("figures")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("sourceId")
                        .asLong());
        JsonNode history = Api.get("/api/v1/records/" + copy.get("id").asLong() + "/history", EDITOR)
                .json();
        assertTrue(
                history.toString().contains("imported from events.json (import #")
                        && history.toString().contains("Event Desk record " + original.id() + ", version 1"),
                history.toString());

        JsonNode again = imported("?format=eventdesk", "application/json", page);
        assertEquals(0, again.get("rowsImported").asLong(), again.toString());
        assertEquals(2, again.get("rowsSkipped").asLong(), again.toString());
        recordsWith(word, "Guided bombs", 2);
    }

    @Test
    void aDesksCsvComesBackAsPublishedHistory() throws Exception {
        String word = PublishedRecords.nonce();
        strike(word, null);
        String csv = published("/api/v1/events.csv", word, 1);

        JsonNode done = imported("?format=eventdesk&as=published&name=events.csv", "text/csv", csv);
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(1, done.get("rowsImported").asLong(), done.toString());

        List<JsonNode> records = recordsWith(word, "Guided bombs", 2);
        JsonNode copy = records.get(1);
        assertEquals("PUBLISHED", copy.get("status").asText());
        assertEquals(strip(records.get(0).get("places")), strip(copy.get("places")));
        assertEquals("AT_LEAST", copy.get("figures").get(0).get("qualifier").asText());
        assertEquals(16, copy.get("figures").get(0).get("value").asInt());
        assertEquals(
                "Kyiv Independent",
                copy.get("figures").get(0).get("evidence").get(0).get("outlet").asText());
        published("/api/v1/events", word, 2);

        JsonNode again = imported("?format=eventdesk", "text/csv", csv);
        assertEquals(1, again.get("rowsSkipped").asLong(), again.toString());
    }

    @Test
    void whatCannotComeBackIsReportedByItemAndFieldAndAWrongFileIsRefused() throws Exception {
        String word = PublishedRecords.nonce();
        PublishedRecords.Published kept = strike(word, "https://kyivindependent.example/" + word);
        JsonNode document = Api.get("/api/v1/events/" + kept.id(), null).json();
        com.fasterxml.jackson.databind.node.ObjectNode unknownType = document.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknownType.get("type")).put("code", "NO_SUCH_TYPE");
        unknownType.put("id", 999_999_001L);
        com.fasterxml.jackson.databind.node.ObjectNode retracted = document.deepCopy();
        retracted.put("status", "RETRACTED");
        retracted.put("id", 999_999_002L);
        String list = "[" + unknownType + ", 7, " + retracted + ", {\"id\": 1}]";

        JsonNode done = imported("?format=eventdesk", "application/json", list);
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(4, done.get("rowsRejected").asLong(), done.toString());
        TreeSet<String> errors = new TreeSet<>();
        done.get("errors")
                .forEach(e ->
                        errors.add(e.get("row").asLong() + " " + e.get("field").asText()));
        assertEquals(new TreeSet<>(List.of("1 type", "2 row", "3 status", "4 document")), errors, done.toString());

        // A file that breaks off after two documents: they land, the break is the next row's problem. The first
        // quotes what the desk's source at that address holds, and quotes it; the second quotes words that source
        // lacks, so its report comes in as a source of its own, the address only in its text.
        com.fasterxml.jackson.databind.node.ObjectNode whole = document.deepCopy();
        whole.put("id", 999_999_003L);
        com.fasterxml.jackson.databind.node.ObjectNode reworded = document.deepCopy();
        reworded.put("id", 999_999_004L);
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        reworded.get("figures").get(0).get("evidence").get(0))
                .put("quote", "at least 16 people died");
        JsonNode cut = imported(
                "?format=eventdesk", "application/json", "[" + whole + ", " + reworded + ", {\"id\": 4, \"title\"");
        assertEquals("DONE", cut.get("status").asText(), cut.toString());
        assertEquals(2, cut.get("rowsImported").asLong(), cut.toString());
        assertEquals(1, cut.get("rowsRejected").asLong(), cut.toString());
        assertEquals(
                "3 row",
                cut.get("errors").get(0).get("row").asLong() + " "
                        + cut.get("errors").get(0).get("field").asText());
        List<JsonNode> copies = recordsWith(word, "Guided bombs", 3);
        assertEquals(
                kept.source().id(),
                copies.get(1)
                        .get("figures")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("sourceId")
                        .asLong());
        JsonNode killed = copies.get(2).get("figures").get(0).get("evidence").get(0);
        assertEquals("at least 16 people died", killed.get("quote").asText());
        JsonNode ownSource = Api.get("/api/v1/sources/" + killed.get("sourceId").asLong(), EDITOR)
                .json();
        assertTrue(
                ownSource.path("url").isMissingNode() || ownSource.path("url").isNull(), ownSource.toString());
        assertTrue(
                ownSource.get("text").asText().contains("https://kyivindependent.example/" + word),
                ownSource.toString());

        Api.Answer acled = upload("?format=eventdesk", "text/csv", AcledFiles.sample(AcledFiles.run()));
        Problems.assertProblem(acled, 400);
        assertTrue(acled.body().contains("use format=acled"), acled.body());
        Api.Answer notAList = upload("?format=eventdesk", "application/json", "{\"title\": \"x\"}");
        Problems.assertProblem(notAList, 400);
        assertTrue(notAList.body().contains("items"), notAList.body());
        Problems.assertProblem(upload("?format=eventdesk", "application/json", "[{\"id\": "), 400);
    }

    /** A fact list without what only one copy has: its sources' ids and spans, and the record's own ids. */
    private static JsonNode strip(JsonNode node) {
        JsonNode copy = node.deepCopy();
        List<JsonNode> all = new ArrayList<>();
        all.add(copy);
        while (!all.isEmpty()) {
            JsonNode n = all.remove(all.size() - 1);
            if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                object.remove(List.of("evidence", "summaryEvidence", "id", "verification"));
            }
            n.forEach(all::add);
        }
        return copy;
    }
}

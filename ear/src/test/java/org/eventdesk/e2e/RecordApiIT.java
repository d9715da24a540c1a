package org.eventdesk.e2e;

import static org.eventdesk.e2e.Problems.assertProblem;
import static org.eventdesk.e2e.Problems.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The editorial records API as an editor's script uses it: the sample article turned into sourced records, saves
 * guarded by versions, every kind of bad input refused by name, the list with its filters and cursors, the code
 * lists, and who may do what. Every record a test makes carries a random marker, and every list it reads is
 * narrowed to that marker.
 */
class RecordApiIT {
    private static final String EDITOR = "demo-editor-token";
    private static final String EDITOR2 = "demo-editor2-token";
    private static final String STRIKE = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";
    private static final String OUTLET = "The Independent";
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    /** The sample article, posted by this run with a marker of its own, and its cleaned text as stored. */
    private static long sourceId;

    private static String text;

    @BeforeAll
    static void postTheSampleArticleAsASourceOfThisRun() {
        String marker = marker();
        String article = Desk.sampleArticle()
                .replace("Sign up to read this article", "(Desk copy " + marker + ".)\n\nSign up to read this article");
        ObjectNode source = Api.object();
        source.put("title", "Zelensky prepares for crucial peace talks with Trump (" + marker + ")");
        source.put("outlet", OUTLET);
        source.put("author", "Bryony Gooch");
        source.put("publishedAt", "2025-12-27T16:00:00+00:00");
        source.put("kind", "NEWS_ARTICLE");
        source.put("language", "en");
        source.put("text", article);

        Api.Answer posted = Api.postJson("/api/v1/sources", EDITOR, source);

        assertEquals(201, posted.status(), posted.body());
        sourceId = posted.json().get("id").asLong();
        text = posted.json().get("text").asText();
        assertTrue(text.contains(marker), "the marker survives cleaning, so the source is this run's own");
        assertFalse(text.contains("Sign up to read"), "the evidence points into the cleaned text");
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    // ---- building request bodies ---------------------------------------------------------------------------

    /** Evidence on the first occurrence of a phrase in the source's cleaned text. */
    private static ObjectNode span(String phrase) {
        return spanIn(phrase, phrase);
    }

    /** Evidence on words inside a longer phrase, for words that occur elsewhere too ("Kyiv"). */
    private static ObjectNode spanIn(String context, String words) {
        int at = text.indexOf(context);
        assertTrue(at >= 0, "not in the source: " + context);
        int start = text.indexOf(words, at);
        assertTrue(start >= 0 && start + words.length() <= at + context.length(), words + " in " + context);
        return evidence(sourceId, start, start + words.length());
    }

    private static ObjectNode evidence(long source, int start, int end) {
        ObjectNode span = Api.object();
        span.put("sourceId", source);
        span.put("start", start);
        span.put("end", end);
        return span;
    }

    private static ObjectNode time(ObjectNode record, String start, String end, String precision, String zone) {
        ObjectNode time = record.putObject("time");
        time.put("start", start);
        if (end != null) {
            time.put("end", end);
        }
        time.put("precision", precision);
        time.put("zone", zone);
        time.putArray("evidence");
        return time;
    }

    private static ObjectNode place(ObjectNode record, String name, String country) {
        ObjectNode place = array(record, "places").addObject();
        place.put("name", name);
        place.put("country", country);
        place.putArray("evidence");
        return place;
    }

    private static ObjectNode actor(ObjectNode record, String name, String kind, String role) {
        ObjectNode actor = array(record, "actors").addObject();
        actor.put("name", name);
        actor.put("kind", kind);
        actor.put("role", role);
        actor.putArray("evidence");
        return actor;
    }

    private static ObjectNode figure(ObjectNode record, String category, String qualifier, Integer value) {
        ObjectNode figure = array(record, "figures").addObject();
        figure.put("category", category);
        figure.put("qualifier", qualifier);
        if (value != null) {
            figure.put("value", value);
        }
        figure.putArray("evidence");
        return figure;
    }

    private static ArrayNode array(ObjectNode node, String name) {
        return node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
    }

    private static ArrayNode evidenceOf(JsonNode fact) {
        return (ArrayNode) fact.get("evidence");
    }

    private static ObjectNode record(String type, String title) {
        ObjectNode record = Api.object();
        record.put("type", type);
        record.put("title", title);
        return record;
    }

    // ---- reading answers -----------------------------------------------------------------------------------

    private static String messageFor(Api.Answer answer, String field) {
        for (JsonNode error : answer.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + ": " + answer.body());
    }

    private static JsonNode created(Api.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        JsonNode record = answer.json();
        assertTrue(
                answer.location().endsWith("/api/v1/records/" + record.get("id").asLong()), answer.location());
        assertEquals("\"" + record.get("version").asLong() + "\"", answer.header("ETag"));
        return record;
    }

    private static JsonNode post(ObjectNode record) {
        return created(Api.postJson("/api/v1/records", EDITOR, record));
    }

    private static JsonNode read(long id) {
        Api.Answer answer = Api.get("/api/v1/records/" + id, EDITOR);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals("\"" + answer.json().get("version").asLong() + "\"", answer.header("ETag"));
        return answer.json();
    }

    /** Every piece of evidence in a record's JSON, whatever fact it supports. */
    private static List<JsonNode> allEvidence(JsonNode record) {
        List<JsonNode> all = new ArrayList<>();
        record.get("summaryEvidence").forEach(all::add);
        record.get("time").get("evidence").forEach(all::add);
        for (String facts : List.of("places", "actors", "figures", "claims")) {
            record.get(facts).forEach(fact -> fact.get("evidence").forEach(all::add));
        }
        return all;
    }

    /** Each quote is the source's own words at the offsets, from this run's source and its outlet. */
    private static void assertQuotesAreTheSourcesWords(JsonNode record) {
        List<JsonNode> evidence = allEvidence(record);
        assertFalse(evidence.isEmpty());
        for (JsonNode e : evidence) {
            assertEquals(sourceId, e.get("sourceId").asLong());
            assertEquals(
                    text.substring(e.get("start").asInt(), e.get("end").asInt()),
                    e.get("quote").asText());
            assertEquals(OUTLET, e.get("outlet").asText());
        }
    }

    private static List<String> quotes(JsonNode fact) {
        List<String> quotes = new ArrayList<>();
        fact.get("evidence").forEach(e -> quotes.add(e.get("quote").asText()));
        return quotes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- (a) the acceptance journey ------------------------------------------------------------------------

    @Test
    void anEditorTurnsTheSampleArticleIntoSourcedRecordsThroughTheApi() {
        String marker = marker();

        ObjectNode kyiv = record(STRIKE, "Russian drone and missile strike on Kyiv");
        kyiv.put("summary", "Almost 500 drones and 40 missiles overnight on Kyiv and other regions (" + marker + ").");
        kyiv.putArray("summaryEvidence")
                .add(span("Russia launched almost 500 drones and 40 missiles targeting Kyiv and regions"));
        ObjectNode time =
                time(kyiv, "2025-12-27T00:00:00+02:00", "2025-12-27T11:20:00+02:00", "PART_OF_DAY", "Europe/Kyiv");
        evidenceOf(time).add(span("overnight on Friday")).add(span("11.20am (9.20am GMT)"));
        ObjectNode city = place(kyiv, "Kyiv", "UA");
        city.put("lat", 50.45);
        city.put("lon", 30.52);
        city.put("precision", "NEAR");
        evidenceOf(city).add(spanIn("targeting Kyiv and regions", "Kyiv"));
        ObjectNode region = place(kyiv, "Kyiv region", "UA");
        region.put("admin1", "Kyiv Oblast");
        region.put("alias", "Kyivs'ka Oblast'");
        evidenceOf(region).add(span("Kyiv and the surrounding region"));
        evidenceOf(actor(kyiv, "Russia", "STATE", "INITIATOR")).add(spanIn("Russia launched almost", "Russia"));
        evidenceOf(actor(kyiv, "Ukraine", "STATE", "TARGET")).add(spanIn("airstrike on Ukraine", "Ukraine"));
        evidenceOf(figure(kyiv, "DRONES_LAUNCHED", "APPROXIMATE", 500)).add(span("almost 500 drones"));
        evidenceOf(figure(kyiv, "MISSILES_LAUNCHED", "EXACT", 40)).add(span("40 missiles"));
        ObjectNode killed = figure(kyiv, "KILLED", "EXACT", 2);
        killed.put("attribution", "authorities");
        evidenceOf(killed).add(span("Authorities said two people were killed"));
        evidenceOf(figure(kyiv, "INJURED", "AT_LEAST", 46)).add(span("at least 46 people were wounded"));
        ObjectNode children = figure(kyiv, "CHILDREN", "EXACT", 2);
        children.put("parent", 3);
        evidenceOf(children).add(span("including two children"));
        ObjectNode heat = figure(kyiv, "WITHOUT_HEAT", "FRACTION", null);
        heat.put("numerator", 1);
        heat.put("denominator", 3);
        evidenceOf(heat).add(span("A third of the capital city was left without heat"));
        kyiv.putArray("tags").add("Air strikes");

        JsonNode kyivCreated = post(kyiv);
        long kyivId = kyivCreated.get("id").asLong();
        assertEquals(0, kyivCreated.get("version").asLong());
        assertEquals("DRAFT", kyivCreated.get("status").asText());

        JsonNode strike = read(kyivId);
        assertQuotesAreTheSourcesWords(strike);
        assertEquals(
                "Russian drone and missile strike on Kyiv", strike.get("title").asText());
        assertEquals("Air/drone strike", strike.get("typeLabel").asText());
        assertEquals(
                "2025-12-27T00:00:00+02:00", strike.get("time").get("start").asText());
        assertEquals("2025-12-27T11:20:00+02:00", strike.get("time").get("end").asText());
        assertEquals(
                Instant.parse("2025-12-27T09:20:00Z"),
                OffsetDateTime.parse(strike.get("time").get("end").asText()).toInstant(),
                "the alert ended 11:20 in Kyiv, 09:20 GMT");
        assertEquals("Europe/Kyiv", strike.get("time").get("zone").asText());
        assertEquals("PART_OF_DAY", strike.get("time").get("precision").asText());
        assertEquals(List.of("overnight on Friday", "11.20am (9.20am GMT)"), quotes(strike.get("time")));
        assertEquals(List.of("Kyiv"), quotes(strike.get("places").get(0)));
        assertEquals(50.45, strike.get("places").get(0).get("lat").asDouble());
        assertEquals("Kyiv Oblast", strike.get("places").get(1).get("admin1").asText());
        assertEquals(
                "Kyivs'ka Oblast'",
                strike.get("places").get(1).get("alias").asText(),
                "the gazetteer's name kept beside the report's");
        assertTrue(
                strike.get("places").get(0).path("alias").isMissingNode()
                        || strike.get("places").get(0).get("alias").isNull(),
                "no alias given, none made up");

        JsonNode figures = strike.get("figures");
        assertEquals(6, figures.size());
        assertEquals(
                List.of("about 500", "40", "2", "at least 46", "2", "1/3"),
                List.of(
                        figures.get(0).get("described").asText(),
                        figures.get(1).get("described").asText(),
                        figures.get(2).get("described").asText(),
                        figures.get(3).get("described").asText(),
                        figures.get(4).get("described").asText(),
                        figures.get(5).get("described").asText()));
        assertTrue(figures.get(0).get("value").isNumber(), "numbers are JSON numbers");
        assertEquals("500", figures.get(0).get("value").toString(), "no trailing zeros");
        assertEquals("APPROXIMATE", figures.get(0).get("qualifier").asText());
        assertEquals(List.of("almost 500 drones"), quotes(figures.get(0)));
        assertEquals(List.of("40 missiles"), quotes(figures.get(1)));
        assertEquals("authorities", figures.get(2).get("attribution").asText());
        assertEquals(List.of("Authorities said two people were killed"), quotes(figures.get(2)));
        assertEquals(List.of("at least 46 people were wounded"), quotes(figures.get(3)));
        assertEquals("Injured", figures.get(3).get("categoryLabel").asText());
        assertEquals(3, figures.get(4).get("parent").asInt(), "the children are among the injured");
        assertEquals(List.of("including two children"), quotes(figures.get(4)));
        assertEquals(new BigDecimal("1"), figures.get(5).get("numerator").decimalValue());
        assertEquals(new BigDecimal("3"), figures.get(5).get("denominator").decimalValue());
        assertTrue(figures.get(5).get("value").isNull());
        for (JsonNode figure : figures) {
            assertEquals("SINGLE_SOURCE", figure.get("verification").asText(), figure.toString());
            assertTrue(figure.get("judgement").isNull());
        }
        assertEquals("SINGLE_SOURCE", strike.get("verification").asText());
        assertEquals(1, strike.get("sources").size());
        assertEquals(sourceId, strike.get("sources").get(0).get("id").asLong());
        assertEquals(OUTLET, strike.get("sources").get(0).get("outlet").asText());
        assertEquals("editor", strike.get("createdBy").asText());
        assertEquals("[\"air strikes\"]", strike.get("tags").toString(), "tags are kept in lower case");

        ObjectNode tuesday = record(STRIKE, "Earlier Russian strike on Ukraine (" + marker + ")");
        evidenceOf(time(tuesday, "2025-12-23T00:00:00+02:00", null, "DAY", "Europe/Kyiv"))
                .add(span("Moscow launched 587 drones and 34 missiles on Tuesday"));
        ObjectNode country = place(tuesday, "Ukraine", "UA");
        country.put("precision", "COUNTRY");
        country.put("lat", 49.0);
        country.put("lon", 31.0);
        evidenceOf(country).add(spanIn("airstrike on Ukraine", "Ukraine"));
        evidenceOf(figure(tuesday, "DRONES_LAUNCHED", "EXACT", 587)).add(span("587 drones"));
        evidenceOf(figure(tuesday, "MISSILES_LAUNCHED", "EXACT", 34)).add(span("34 missiles"));
        long tuesdayId = post(tuesday).get("id").asLong();

        // The editor adds the link and Zelensky's words to the Kyiv record: GET, change, PUT with its version.
        ObjectNode edited = (ObjectNode) read(kyivId);
        ObjectNode link = ((ArrayNode) edited.get("links")).addObject();
        link.put("relation", "FOLLOWS");
        link.put("recordId", tuesdayId);
        int quoteStart = text.indexOf("Kinzhals");
        int quoteEnd = text.indexOf("speak for them", quoteStart) + "speak for them".length();
        String words = text.substring(quoteStart, quoteEnd);
        assertEquals("Kinzhals and \u2018shaheds\u2019 [drones] speak for them", words, "the source's curly quotes");
        ObjectNode claim = ((ArrayNode) edited.get("claims")).addObject();
        claim.put("speaker", "Volodymyr Zelensky");
        claim.put("text", words);
        claim.put("form", "QUOTE");
        claim.put("medium", "post on X");
        claim.putArray("evidence").add(evidence(sourceId, quoteStart, quoteEnd));
        Api.Answer saved = Api.putJson("/api/v1/records/" + kyivId, EDITOR, "\"0\"", edited);
        assertEquals(200, saved.status(), saved.body());
        assertEquals("\"1\"", saved.header("ETag"));

        JsonNode linked = read(kyivId);
        assertEquals(1, linked.get("version").asLong());
        assertQuotesAreTheSourcesWords(linked);
        assertEquals(figures, linked.get("figures"), "a record sent back as read keeps its facts");
        JsonNode outgoing = linked.get("links").get(0);
        assertEquals("FOLLOWS", outgoing.get("relation").asText());
        assertEquals(tuesdayId, outgoing.get("recordId").asLong());
        assertEquals("follows", outgoing.get("wording").asText());
        assertEquals(
                "Earlier Russian strike on Ukraine (" + marker + ")",
                outgoing.get("title").asText());
        JsonNode said = linked.get("claims").get(0);
        assertEquals("Volodymyr Zelensky", said.get("speaker").asText());
        assertEquals("post on X", said.get("medium").asText());
        assertEquals(words, said.get("text").asText());
        assertEquals(List.of(words), quotes(said));
        assertEquals("SINGLE_SOURCE", said.get("verification").asText());

        JsonNode earlier = read(tuesdayId);
        assertQuotesAreTheSourcesWords(earlier);
        assertEquals(0, earlier.get("version").asLong());
        assertEquals(List.of("587 drones"), quotes(earlier.get("figures").get(0)));
        assertEquals(List.of("34 missiles"), quotes(earlier.get("figures").get(1)));
        assertEquals("SINGLE_SOURCE", earlier.get("verification").asText());
        assertEquals(1, earlier.get("linkedFrom").size(), earlier.toString());
        JsonNode incoming = earlier.get("linkedFrom").get(0);
        assertEquals(kyivId, incoming.get("recordId").asLong());
        assertEquals("FOLLOWS", incoming.get("relation").asText());
        assertEquals("is followed by", incoming.get("wording").asText());
        assertEquals(
                "Russian drone and missile strike on Kyiv",
                incoming.get("title").asText());
        assertEquals(0, earlier.get("links").size());

        ObjectNode meeting = record("MEETING", "Zelensky and Trump meet at Mar-a-Lago (" + marker + ")");
        meeting.put("occurrence", "SCHEDULED");
        evidenceOf(time(meeting, "2025-12-28T00:00:00-05:00", null, "DAY", "America/New_York"))
                .add(span("meeting with US president Donald Trump on Sunday"));
        ObjectNode residence = place(meeting, "Mar-a-Lago", "US");
        residence.put("admin1", "Florida");
        evidenceOf(residence).add(span("Mar-a-Lago Florida residence"));
        evidenceOf(actor(meeting, "Volodymyr Zelensky", "PERSON", "PARTICIPANT"))
                .add(span("Volodymyr Zelensky"));
        evidenceOf(actor(meeting, "Donald Trump", "PERSON", "PARTICIPANT")).add(span("Donald Trump"));
        long meetingId = post(meeting).get("id").asLong();

        JsonNode planned = read(meetingId);
        assertQuotesAreTheSourcesWords(planned);
        assertEquals("SCHEDULED", planned.get("occurrence").asText());
        assertEquals("Meeting", planned.get("typeLabel").asText());
        assertEquals(
                "2025-12-28T00:00:00-05:00", planned.get("time").get("start").asText());
        assertEquals("US", planned.get("places").get(0).get("country").asText());
        assertEquals("Florida", planned.get("places").get(0).get("admin1").asText());
        assertEquals(
                List.of("Mar-a-Lago Florida residence"),
                quotes(planned.get("places").get(0)));
        assertEquals("SINGLE_SOURCE", planned.get("verification").asText());

        JsonNode listed = Api.get("/api/v1/records?q=" + marker, EDITOR).json().get("items");
        Set<Long> ids = new HashSet<>();
        listed.forEach(item -> ids.add(item.get("id").asLong()));
        assertEquals(Set.of(kyivId, tuesdayId, meetingId), ids, "the three records of this journey, found by marker");
    }

    // ---- (b) versions --------------------------------------------------------------------------------------

    @Test
    void aReplacementMustNameTheCurrentVersionAndIsRefusedOtherwise() {
        String marker = marker();
        ObjectNode body = record(STRIKE, "Versioned record " + marker);
        long id = post(body).get("id").asLong();
        String path = "/api/v1/records/" + id;

        body.put("title", "Versioned record, first change " + marker);
        Api.Answer first = Api.putJson(path, EDITOR, "\"0\"", body);
        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.json().get("version").asLong());
        assertEquals("\"1\"", first.header("ETag"));
        assertEquals(
                "Versioned record, first change " + marker,
                first.json().get("title").asText());

        body.put("title", "Versioned record, editor2's change " + marker);
        Api.Answer second = Api.putJson(path, EDITOR2, "\"1\"", body);
        assertEquals(200, second.status(), second.body());
        assertEquals("editor2", second.json().get("updatedBy").asText());
        assertEquals(2, second.json().get("version").asLong());

        body.put("title", "Versioned record, lost change " + marker);
        Api.Answer stale = Api.putJson(path, EDITOR, "\"1\"", body);
        assertProblem(stale, 412);
        assertEquals(2, stale.json().get("currentVersion").asLong());
        assertEquals(1, stale.json().get("yourVersion").asLong());
        assertEquals("editor2", stale.json().get("updatedBy").asText());
        assertTrue(stale.json().get("detail").asText().contains("editor2"), "says who changed it");
        assertEquals("\"2\"", stale.header("ETag"));

        Api.Answer missing = Api.putJson(path, EDITOR, null, body);
        assertProblem(missing, 428);
        assertTrue(missing.json().get("detail").asText().contains("If-Match"), missing.body());
        assertProblem(Api.putJson(path, EDITOR, "*", body), 428);

        for (String malformed : List.of("2", "W/\"2\"", "\"two\"", "\"1\", \"2\"", "\"2")) {
            Api.Answer refused = Api.putJson(path, EDITOR, malformed, body);
            assertProblem(refused, 400);
            assertEquals(Set.of("If-Match"), fieldsOf(refused), malformed);
        }

        ObjectNode invalid = body.deepCopy();
        invalid.putArray("links").addObject().put("relation", "SAME_INCIDENT").put("recordId", id);
        Api.Answer selfLink = Api.putJson(path, EDITOR, "\"2\"", invalid);
        assertProblem(selfLink, 400);
        assertEquals(Set.of("links[0].recordId"), fieldsOf(selfLink));

        JsonNode now = read(id);
        assertEquals(2, now.get("version").asLong(), "no refused save changed the version");
        assertEquals(
                "Versioned record, editor2's change " + marker, now.get("title").asText());
        assertEquals(0, now.get("links").size());

        Api.Answer unchanged = Api.send(
                Api.request(path, EDITOR).header("If-None-Match", "\"2\"").GET().build());
        assertEquals(304, unchanged.status());
        assertEquals("\"2\"", unchanged.header("ETag"));
        Api.Answer changed = Api.send(
                Api.request(path, EDITOR).header("If-None-Match", "\"1\"").GET().build());
        assertEquals(200, changed.status());

        assertProblem(Api.putJson("/api/v1/records/999999999", EDITOR, "\"0\"", body), 404);
        assertProblem(Api.get("/api/v1/records/999999999", EDITOR), 404);
        assertProblem(Api.send(Api.request(path, EDITOR).DELETE().build()), 405);
    }

    @Test
    void ofConcurrentReplacementsOfOneVersionOneWinsAndEveryOtherIs412() {
        String marker = marker();
        long id = post(record(STRIKE, "Raced record " + marker)).get("id").asLong();
        List<java.util.concurrent.CompletableFuture<Api.Answer>> puts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ObjectNode body = record(STRIKE, "Raced record " + i + " " + marker);
            evidenceOf(figure(body, "KILLED", "EXACT", i)).add(span("two people were killed"));
            puts.add(Api.sendAsync(Api.request("/api/v1/records/" + id, i % 2 == 0 ? EDITOR : EDITOR2)
                    .header("Content-Type", "application/json")
                    .header("If-Match", "\"0\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build()));
        }

        List<Api.Answer> answers =
                puts.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        List<Api.Answer> won = answers.stream().filter(a -> a.status() == 200).toList();
        assertEquals(1, won.size(), "exactly one save of version 0 wins");
        for (Api.Answer answer : answers) {
            if (answer.status() != 200) {
                assertProblem(answer, 412);
                assertEquals(1, answer.json().get("currentVersion").asLong(), answer.body());
            }
        }
        JsonNode now = read(id);
        assertEquals(1, now.get("version").asLong());
        assertEquals(won.get(0).json().get("title"), now.get("title"));
        assertEquals(won.get(0).json().get("figures"), now.get("figures"), "the winner's facts, whole");
    }

    // ---- (c) bad input -------------------------------------------------------------------------------------

    /** A record that is right in every way; each bad-input case breaks one thing in a copy of it. */
    private static ObjectNode valid(String title) {
        ObjectNode body = record(STRIKE, title);
        time(body, "2025-12-27T00:00:00+02:00", "2025-12-27T11:20:00+02:00", "PART_OF_DAY", "Europe/Kyiv");
        ObjectNode city = place(body, "Kyiv", "UA");
        city.put("lat", 50.45);
        city.put("lon", 30.52);
        city.put("precision", "NEAR");
        actor(body, "Russia", "STATE", "INITIATOR");
        evidenceOf(figure(body, "KILLED", "EXACT", 2)).add(span("two people were killed"));
        evidenceOf(figure(body, "INJURED", "AT_LEAST", 46)).add(span("at least 46 people were wounded"));
        evidenceOf(figure(body, "DRONES_LAUNCHED", "APPROXIMATE", 500)).add(span("almost 500 drones"));
        return body;
    }

    private static ObjectNode at(JsonNode body, String facts, int index) {
        return (ObjectNode) body.get(facts).get(index);
    }

    @Test
    void everyKindOfBadInputIs400NamingTheFieldByItsPathAndStoresNothing() {
        String marker = marker();
        assertEquals(
                201,
                Api.postJson("/api/v1/records", EDITOR, valid("Probe " + marker))
                        .status());
        String stored = "Broken " + marker;

        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        // the model's rules
        cases.put("unknown type", b -> b.put("type", "EXPLOSIONS_REMOTE_VIOLENCE.CARPET_BOMBING"));
        expected.put("unknown type", Set.of("type"));
        cases.put("unknown category", b -> at(b, "figures", 2).put("category", "SHEEP"));
        expected.put("unknown category", Set.of("figures[2].category"));
        cases.put("low above high", b -> at(b, "figures", 0)
                .put("qualifier", "RANGE")
                .put("low", 20)
                .put("high", 10)
                .remove("value"));
        expected.put("low above high", Set.of("figures[0].low"));
        cases.put(
                "range without high",
                b -> at(b, "figures", 0).put("qualifier", "RANGE").put("low", 2).remove("value"));
        expected.put("range without high", Set.of("figures[0].high"));
        cases.put("range without low", b -> at(b, "figures", 0)
                .put("qualifier", "RANGE")
                .put("high", 2)
                .remove("value"));
        expected.put("range without low", Set.of("figures[0].low"));
        cases.put("fraction without denominator", b -> at(b, "figures", 2)
                .put("category", "WITHOUT_HEAT")
                .put("qualifier", "FRACTION")
                .put("numerator", 1)
                .remove("value"));
        expected.put("fraction without denominator", Set.of("figures[2].denominator"));
        cases.put("child larger than its exact parent", b -> {
            ObjectNode child = figure(b, "CHILDREN", "EXACT", 3);
            child.put("parent", 0);
        });
        expected.put("child larger than its exact parent", Set.of("figures[3].value"));
        cases.put("end before start", b -> ((ObjectNode) b.get("time")).put("end", "2025-12-26T23:00:00+02:00"));
        expected.put("end before start", Set.of("time.end"));
        cases.put("latitude out of range", b -> at(b, "places", 0).put("lat", 91.5));
        expected.put("latitude out of range", Set.of("places[0].lat"));
        cases.put("longitude out of range", b -> at(b, "places", 0).put("lon", -180.5));
        expected.put("longitude out of range", Set.of("places[0].lon"));
        cases.put("evidence beyond the text", b -> evidenceOf(at(b, "figures", 1))
                .set(0, evidence(sourceId, text.length() - 3, text.length() + 10)));
        expected.put("evidence beyond the text", Set.of("figures[1].evidence[0]"));
        cases.put("evidence of a missing source", b -> evidenceOf(at(b, "figures", 1))
                .set(0, evidence(999_999_999L, 0, 5)));
        expected.put("evidence of a missing source", Set.of("figures[1].evidence[0].sourceId"));
        cases.put(
                "link to a missing record",
                b -> b.putArray("links").addObject().put("relation", "FOLLOWS").put("recordId", 999_999_999L));
        expected.put("link to a missing record", Set.of("links[0].recordId"));
        // the JSON's shape
        cases.put("title as a number", b -> b.put("title", 42));
        expected.put("title as a number", Set.of("title"));
        cases.put("figures as an object", b -> b.putObject("figures"));
        expected.put("figures as an object", Set.of("figures"));
        cases.put("value as a string", b -> at(b, "figures", 2).put("value", "500"));
        expected.put("value as a string", Set.of("figures[2].value"));
        cases.put("unknown qualifier", b -> at(b, "figures", 2).put("qualifier", "ROUGHLY"));
        expected.put("unknown qualifier", Set.of("figures[2].qualifier"));
        cases.put("unknown precision", b -> ((ObjectNode) b.get("time")).put("precision", "SECOND"));
        expected.put("unknown precision", Set.of("time.precision"));
        cases.put("unknown actor kind", b -> at(b, "actors", 0).put("kind", "ALIEN"));
        expected.put("unknown actor kind", Set.of("actors[0].kind"));
        cases.put("unknown relation", b -> b.putArray("links").addObject().put("relation", "CAUSES"));
        expected.put("unknown relation", Set.of("links[0].relation"));
        cases.put("time not ISO", b -> ((ObjectNode) b.get("time")).put("start", "27/12/2025 00:00"));
        expected.put("time not ISO", Set.of("time.start"));
        cases.put("time without offset", b -> ((ObjectNode) b.get("time")).put("end", "2025-12-27T11:20:00"));
        expected.put("time without offset", Set.of("time.end"));
        cases.put("latitude as text", b -> at(b, "places", 0).put("lat", "north"));
        expected.put("latitude as text", Set.of("places[0].lat"));
        cases.put(
                "offset as text",
                b -> ((ObjectNode) evidenceOf(at(b, "figures", 0)).get(0)).put("start", "ten"));
        expected.put("offset as text", Set.of("figures[0].evidence[0].start"));
        cases.put("misspelt field", b -> at(b, "figures", 1).put("qualifer", "EXACT"));
        expected.put("misspelt field", Set.of("figures[1].qualifer"));
        cases.put("parent not a whole number", b -> at(b, "figures", 1).put("parent", 0.5));
        expected.put("parent not a whole number", Set.of("figures[1].parent"));
        cases.put("too many decimals", b -> at(b, "figures", 0).put("value", new BigDecimal("2.00001")));
        expected.put("too many decimals", Set.of("figures[0].value"));
        cases.put("number too large", b -> at(b, "figures", 0).put("value", new BigDecimal("1e30")));
        expected.put("number too large", Set.of("figures[0].value"));
        cases.put("tag not a string", b -> b.putArray("tags").add(7));
        expected.put("tag not a string", Set.of("tags[0]"));
        cases.put("place not an object", b -> ((ArrayNode) b.get("places")).add("Kyiv"));
        expected.put("place not an object", Set.of("places[1]"));
        cases.put("several rules at once", b -> {
            b.put("type", "NOPE");
            at(b, "places", 0).put("lat", -90.5);
            at(b, "figures", 0)
                    .put("qualifier", "RANGE")
                    .put("low", 9)
                    .put("high", 3)
                    .remove("value");
        });
        expected.put("several rules at once", Set.of("type", "places[0].lat", "figures[0].low"));
        cases.put("several shapes at once", b -> {
            at(b, "places", 0).put("lat", "north");
            at(b, "figures", 1).put("qualifier", "SOME");
            ((ObjectNode) b.get("time")).put("start", "yesterday");
        });
        expected.put("several shapes at once", Set.of("places[0].lat", "figures[1].qualifier", "time.start"));

        for (var each : cases.entrySet()) {
            ObjectNode body = valid(stored);
            each.getValue().accept(body);
            Api.Answer answer = Api.postJson("/api/v1/records", EDITOR, body);
            assertProblem(answer, 400);
            assertEquals(expected.get(each.getKey()), fieldsOf(answer), each.getKey() + ": " + answer.body());
        }

        ObjectNode enumBody = valid(stored);
        at(enumBody, "figures", 2).put("qualifier", "ROUGHLY");
        String allowed = messageFor(Api.postJson("/api/v1/records", EDITOR, enumBody), "figures[2].qualifier");
        assertTrue(
                allowed.contains("APPROXIMATE") && allowed.contains("FRACTION"),
                "names the allowed values: " + allowed);

        JsonNode found = Api.get("/api/v1/records?q=" + marker, EDITOR).json().get("items");
        assertEquals(1, found.size(), "only the probe is stored, nothing of any refused record: " + found);
        assertEquals("Probe " + marker, found.get(0).get("title").asText());
    }

    @Test
    void malformedBodiesWrongContentTypesAndHugeBodiesAreProblemsNotErrors() {
        assertProblem(Api.postJson("/api/v1/records", EDITOR, "{\"title\": "), 400);
        assertProblem(Api.postJson("/api/v1/records", EDITOR, "[1, 2]"), 400);
        assertProblem(Api.postJson("/api/v1/records", EDITOR, ""), 400);
        assertProblem(Api.postJson("/api/v1/records", EDITOR, "{\"title\": \"x\", \"title\" 1}"), 400);

        Api.Answer plain = Api.send(Api.request("/api/v1/records", EDITOR)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertProblem(plain, 415);

        String big = "{\"title\": \"" + "a".repeat(5 * 1024 * 1024 + 10) + "\"}";
        assertProblem(Api.postJson("/api/v1/records", EDITOR, big), 413);
        Api.Answer chunked = Api.send(Api.request("/api/v1/records", EDITOR)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
        assertProblem(chunked, 413);

        assertProblem(Api.get("/api/v1/records/not-a-number", EDITOR), 404);
    }

    // ---- (d) the list --------------------------------------------------------------------------------------

    private static Set<Long> idsOf(Api.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        Set<Long> ids = new HashSet<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static Set<Long> listed(String marker, String filters) {
        return idsOf(Api.get("/api/v1/records?q=" + marker + "&limit=200" + filters, EDITOR));
    }

    /** Follows {@code next} (and, on every other page, the Link header) to the end; the ids in the order read. */
    private static List<Long> allPages(String firstPath, int pageSize) {
        List<Long> read = new ArrayList<>();
        String path = firstPath;
        for (int page = 0; page < 20; page++) {
            Api.Answer answer = Api.get(path, EDITOR);
            assertEquals(200, answer.status(), answer.body());
            JsonNode items = answer.json().get("items");
            items.forEach(item -> read.add(item.get("id").asLong()));
            JsonNode next = answer.json().get("next");
            if (next.isNull()) {
                assertNull(answer.header("Link"), "no next link on the last page");
                assertEquals(read.size(), new HashSet<>(read).size(), "no record twice: " + read);
                return read;
            }
            assertEquals(pageSize, items.size(), "only the last page is short");
            assertTrue(next.asText().matches("[A-Za-z0-9_-]+"), "an opaque, URL-safe cursor: " + next);
            Matcher link = NEXT_LINK.matcher(answer.header("Link"));
            assertTrue(link.matches(), answer.header("Link"));
            assertTrue(link.group(1).startsWith(Desk.BASE_URL + "/api/v1/records?"), link.group(1));
            assertTrue(link.group(1).contains("cursor=" + next.asText()), link.group(1));
            path = page % 2 == 0
                    ? link.group(1).substring(Desk.BASE_URL.length())
                    : firstPath + "&cursor=" + next.asText();
        }
        throw new AssertionError("the cursor never reached the end: " + read);
    }

    @Test
    void aFilterByANameWithoutWordsFindsTheRecordsThatHoldIt() {
        // Without q the list is the database's (on H2 through the names the server lists as it saves each fact, which
        // Hibernate finds in the EAR's services jar), not the search index's.
        String marker = marker();
        ObjectNode clash = record("OTHER", "Clash at " + marker + "ivka");
        place(clash, marker + "ivka", "UA");
        actor(clash, "Brigade " + marker, "ARMED_GROUP", "INITIATOR");
        long id = post(clash).get("id").asLong();

        assertEquals(Set.of(id), idsOf(Api.get("/api/v1/records?actor=BRIGADE%20" + marker, EDITOR)));
        assertEquals(Set.of(id), idsOf(Api.get("/api/v1/records?place=" + marker + "&actor=" + marker, EDITOR)));
        assertEquals(Set.of(), idsOf(Api.get("/api/v1/records?actor=" + marker + "x", EDITOR)), "nobody is that");
        assertEquals(Set.of(), idsOf(Api.get("/api/v1/records?place=" + marker + "x", EDITOR)), "nowhere is that");
    }

    @Test
    void theListFiltersLikeTheGridAndPagesWithCursors() {
        String marker = marker();
        String inSummary = marker();

        ObjectNode odesa = record(STRIKE, "Listed strike on Odesa " + marker);
        time(odesa, "2025-12-20T10:00:00+02:00", null, "HOUR", "Europe/Kyiv");
        place(odesa, "Odesa", "UA").put("lat", 46.48).put("lon", 30.72).put("precision", "NEAR");
        actor(odesa, "Russia", "STATE", "INITIATOR");
        evidenceOf(figure(odesa, "KILLED", "EXACT", 2)).add(span("two people were killed"));
        long r0 = post(odesa).get("id").asLong();

        ObjectNode meeting = record("MEETING", "Listed meeting " + marker);
        meeting.put("summary", "Talks in Florida " + inSummary);
        time(meeting, "2025-12-28T12:00:00-05:00", null, "HOUR", "America/New_York");
        place(meeting, "Mar-a-Lago", "US");
        actor(meeting, "Donald Trump", "PERSON", "PARTICIPANT");
        long r1 = post(meeting).get("id").asLong();

        ObjectNode shelling =
                record("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK", "Listed shelling " + marker);
        time(shelling, "2025-12-27T09:20:00Z", null, "MINUTE", "UTC");
        place(shelling, "Kharkiv", "UA").put("lat", 49.99).put("lon", 36.23).put("precision", "NEAR");
        figure(shelling, "INJURED", "AT_LEAST", 5);
        shelling.put("verification", "DISPUTED");
        long r2 = post(shelling).get("id").asLong();

        long r3 = post(record("OTHER", "Listed note without a time " + marker))
                .get("id")
                .asLong();

        ObjectNode kyiv = record(STRIKE, "Listed strike on Kyiv " + marker);
        time(kyiv, "2025-12-27T00:00:00+02:00", null, "PART_OF_DAY", "Europe/Kyiv");
        evidenceOf(place(kyiv, "Kyiv", "UA")).add(spanIn("targeting Kyiv and regions", "Kyiv"));
        long r4 = post(kyiv).get("id").asLong();

        JsonNode first = Api.get("/api/v1/records?q=" + marker + "&limit=1", EDITOR)
                .json()
                .get("items")
                .get(0);
        assertEquals(r4, first.get("id").asLong(), "the latest change comes first");
        assertEquals("Listed strike on Kyiv " + marker, first.get("title").asText());
        assertEquals(STRIKE, first.get("type").asText());
        assertEquals("DRAFT", first.get("status").asText());
        assertEquals("2025-12-27T00:00:00+02:00", first.get("start").asText(), "in the record's own zone");
        assertEquals("PART_OF_DAY", first.get("precision").asText());
        assertEquals("Europe/Kyiv", first.get("zone").asText());
        assertEquals("SINGLE_SOURCE", first.get("verification").asText());
        assertEquals("[\"Kyiv\"]", first.get("places").toString());
        assertEquals("editor", first.get("updatedBy").asText());
        assertTrue(first.get("updatedAt").asText().endsWith("Z"));

        List<Long> byChange = List.of(r4, r3, r2, r1, r0);
        assertEquals(byChange, allPages("/api/v1/records?q=" + marker + "&limit=2", 2), "newest change first");
        assertEquals(byChange, allPages("/api/v1/records?q=" + marker + "&limit=2&order=changed", 2), "the default");
        assertEquals(
                List.of(r1, r2, r4, r0, r3),
                allPages("/api/v1/records?q=" + marker + "&limit=2&order=event", 2),
                "latest event first, undated last");
        assertEquals(byChange, allPages("/api/v1/records?q=" + marker, 50));

        assertEquals(Set.of(r0, r2, r4), listed(marker, "&type=EXPLOSIONS_REMOTE_VIOLENCE"), "with sub-types");
        assertEquals(Set.of(r0, r4), listed(marker, "&type=" + STRIKE));
        assertEquals(Set.of(r1), listed(marker, "&type=MEETING"));
        assertEquals(Set.of(r0, r1, r2, r3, r4), listed(marker, "&status=DRAFT"));
        assertEquals(Set.of(), listed(marker, "&status=PUBLISHED"));
        assertEquals(Set.of(r1), listed(inSummary, ""), "free text finds words in the summary");
        assertEquals(Set.of(r4), listed(marker, "&place=kyiv"));
        assertEquals(Set.of(r1), listed(marker, "&country=us"));
        assertEquals(Set.of(r0, r2, r4), listed(marker, "&country=UA"));
        assertEquals(Set.of(r1), listed(marker, "&actor=TRUMP"));
        assertEquals(Set.of(r0), listed(marker, "&category=KILLED"));
        assertEquals(Set.of(r2), listed(marker, "&category=INJURED"));
        assertEquals(Set.of(r0, r4), listed(marker, "&verification=SINGLE_SOURCE"));
        assertEquals(Set.of(r1, r3), listed(marker, "&verification=UNVERIFIED"));
        assertEquals(Set.of(r2), listed(marker, "&verification=DISPUTED"));
        assertEquals(Set.of(r0, r1, r2, r3, r4), listed(marker, "&type=&place=&order="), "empty filters are none");
        // An area drawn on the map: the places inside it, edges included; a place without coordinates is in none.
        assertEquals(Set.of(r0, r2), listed(marker, "&area=22,44,40,52"), "Ukraine's south and east");
        assertEquals(Set.of(r2), listed(marker, "&area=36.23,49.99,37,50"), "an edge is inside");
        assertEquals(Set.of(r0), listed(marker, "&area=30,46,31,47&type=" + STRIKE), "with the other filters");
        assertEquals(Set.of(), listed(marker, "&area=-10,-10,10,10"));

        // Dates are whole UTC days: Kyiv's midnight (22:00 UTC the day before) is not on the 27th.
        assertEquals(Set.of(r2, r1), listed(marker, "&from=2025-12-27"), "from a date: inclusive");
        assertEquals(Set.of(r0, r4, r2), listed(marker, "&to=2025-12-27"), "to a date: up to the end of that day");
        assertEquals(Set.of(r2), listed(marker, "&from=2025-12-27&to=2025-12-27"), "one whole day");
        assertEquals(
                Set.of(r4, r2, r1),
                listed(marker, "&from=" + encode("2025-12-27T00:00:00+02:00")),
                "from a time: inclusive");
        assertEquals(Set.of(r4, r2, r1), listed(marker, "&from=2025-12-27T00:00:00+02:00"), "an unencoded '+' too");
        assertEquals(Set.of(r0, r4), listed(marker, "&to=2025-12-27T09:20:00Z"), "to a time: exclusive");
        assertEquals(Set.of(r0, r4, r2), listed(marker, "&to=2025-12-27T09:20:01Z"));

        String firstCursor = Api.get("/api/v1/records?q=" + marker + "&limit=2", EDITOR)
                .json()
                .get("next")
                .asText();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("&status=NOPE", "status");
        refused.put("&verification=MAYBE", "verification");
        refused.put("&type=NOT_A_TYPE", "type");
        refused.put("&category=SHEEP", "category");
        refused.put("&country=Ukraine", "country");
        refused.put("&from=yesterday", "from");
        refused.put("&to=2025-13-01", "to");
        refused.put("&from=2025-12-28&to=2025-12-27", "to");
        refused.put("&order=newest", "order");
        refused.put("&area=30,50,31", "area");
        refused.put("&area=31,50,30,51", "area");
        refused.put("&area=30,50,31,north", "area");
        refused.put("&area=30,-91,31,50", "area");
        refused.put("&limit=0", "limit");
        refused.put("&limit=201", "limit");
        refused.put("&limit=ten", "limit");
        refused.put("&cursor=not-a-cursor", "cursor");
        refused.put("&cursor=" + encode(firstCursor + "!"), "cursor");
        refused.put("&cursor=" + encode("djF8Y2hhbmdlZHx4fDE"), "cursor");
        refused.put("&order=event&cursor=" + firstCursor, "cursor");
        for (var each : refused.entrySet()) {
            Api.Answer answer = Api.get("/api/v1/records?q=" + marker + each.getKey(), EDITOR);
            assertProblem(answer, 400);
            assertEquals(Set.of(each.getValue()), fieldsOf(answer), each.getKey());
        }
    }

    // ---- (e) code lists ------------------------------------------------------------------------------------

    @Test
    void theTaxonomyAndTheFigureCategoriesListTheSeededCodes() {
        Api.Answer taxonomy = Api.get("/api/v1/taxonomy", EDITOR);
        assertEquals(200, taxonomy.status(), taxonomy.body());
        Map<String, JsonNode> types = new LinkedHashMap<>();
        taxonomy.json().forEach(t -> types.put(t.get("code").asText(), t));
        JsonNode strike = types.get(STRIKE);
        assertNotNull(strike, taxonomy.body());
        assertEquals("Air/drone strike", strike.get("label").asText());
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE", strike.get("parentCode").asText());
        assertEquals("ACLED", strike.get("family").asText());
        assertTrue(strike.get("active").asBoolean());
        assertTrue(types.get("EXPLOSIONS_REMOTE_VIOLENCE").get("parentCode").isNull());
        assertEquals("NEWS", types.get("MEETING").get("family").asText());
        List<String> order = new ArrayList<>(types.keySet());
        assertTrue(order.indexOf("EXPLOSIONS_REMOTE_VIOLENCE") < order.indexOf(STRIKE), "parents before sub-types");

        Api.Answer categories = Api.get("/api/v1/figure-categories", EDITOR);
        assertEquals(200, categories.status(), categories.body());
        Map<String, String> labels = new LinkedHashMap<>();
        categories
                .json()
                .forEach(c -> labels.put(c.get("code").asText(), c.get("label").asText()));
        assertEquals("Injured", labels.get("INJURED"));
        assertEquals("Killed", labels.get("KILLED"));
        assertEquals("Without heat", labels.get("WITHOUT_HEAT"));
        assertTrue(labels.containsKey("CHILDREN") && labels.containsKey("DRONES_LAUNCHED"), labels.toString());
    }

    // ---- (f) roles -----------------------------------------------------------------------------------------

    @Test
    void partnersAndAdminsAreRefused403AndCallersWithoutATokenAre401() {
        String marker = marker();
        ObjectNode body = valid("Role probe " + marker);
        long id = post(body).get("id").asLong();

        for (String token : List.of("demo-partner-token", "demo-admin-token")) {
            assertProblem(Api.postJson("/api/v1/records", token, valid("Refused " + marker)), 403);
            assertProblem(Api.get("/api/v1/records/" + id, token), 403);
            assertProblem(Api.putJson("/api/v1/records/" + id, token, "\"0\"", valid("Refused " + marker)), 403);
            assertProblem(Api.get("/api/v1/records?q=" + marker, token), 403);
            assertProblem(Api.get("/api/v1/taxonomy", token), 403);
            assertProblem(Api.get("/api/v1/figure-categories", token), 403);
        }
        for (String token : new String[] {null, "not-a-real-token"}) {
            Api.Answer anonymous = Api.postJson("/api/v1/records", token, valid("Refused " + marker));
            assertProblem(anonymous, 401);
            assertTrue(anonymous.header("WWW-Authenticate").startsWith("Bearer"), anonymous.header("WWW-Authenticate"));
            assertProblem(Api.postJson("/api/v1/records", token, "{not json"), 401);
            assertProblem(Api.get("/api/v1/records/" + id, token), 401);
            assertProblem(Api.putJson("/api/v1/records/" + id, token, "\"0\"", valid("Refused " + marker)), 401);
            assertProblem(Api.get("/api/v1/records", token), 401);
            assertProblem(Api.get("/api/v1/taxonomy", token), 401);
        }

        JsonNode found = Api.get("/api/v1/records?q=" + marker, EDITOR).json().get("items");
        assertEquals(1, found.size(), "no refused caller stored anything: " + found);
        assertEquals(0, read(id).get("version").asLong(), "no refused caller changed anything");
    }
}

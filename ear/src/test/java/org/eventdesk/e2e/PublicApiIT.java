package org.eventdesk.e2e;

import static org.eventdesk.e2e.PublicHttp.encode;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What goes out, over HTTP, as a partner system, a researcher's script or a feed reader reads it, without a token:
 * the public records in every format (each parsed, never grepped), their versions, corrections and retractions,
 * the list's filters and cursors, caching, the publication log, and every kind of bad input. Every answer is also
 * checked for a 5xx and a cookie ({@link PublicHttp}).
 *
 * <p>The records below are published once for the whole class and only read by the tests; a test that changes
 * records (corrections under way, publications between pages) publishes its own. Each set carries a nonce word in
 * its titles, so {@code q=<nonce>} isolates it from everything else the desk holds.
 */
class PublicApiIT {
    private static final String N = PublishedRecords.nonce();
    private static final String RETRACTION_REASON =
            "The blast was a controlled demolition; the report was wrong. (Дніпро)";
    private static final String CORRECTION_NOTE = "The injured were 52, not 46.";
    private static final String FORMULA_TITLE = "=HYPERLINK(\"https://evil.example\",\"click\") riot " + N;
    private static final String FORMULA_SUMMARY = "@SUM(1+1) is what a spreadsheet would run";
    private static final String UNQUOTED = "This sentence of the wire report is never quoted " + N + ".";

    /** The published records by name: Kyiv, Paris, Summit, Kharkiv, Suva, Formula, Corrected, Retracted. */
    private static final Map<String, PublishedRecords.Published> RECORDS = new LinkedHashMap<>();
    /** Records readers must never see: a draft, a spiked record, an approved one not yet published. */
    private static final Map<String, PublishedRecords.Published> HIDDEN = new LinkedHashMap<>();

    @BeforeAll
    static void publishTheRecords() {
        RECORDS.put(
                "Kyiv",
                PublishedRecords.record("Drone strike hits Kyiv " + N + " — Київ")
                        .time("2024-03-10T01:30:00+02:00", "MINUTE", "Europe/Kyiv")
                        .summary(
                                "Russian drones struck a residential district of Kyiv overnight.",
                                "Drones struck a residential district overnight")
                        .place("Kyiv", "UA", 50.4501, 30.5234, "the capital, Kyiv")
                        .actor("Russian Armed Forces", "STATE", "INITIATOR", "Russian forces launched the drones")
                        .actor("Civilians in Kyiv", "CIVILIANS", "TARGET", "civilians in apartment blocks were hit")
                        .figure("KILLED", "AT_LEAST", 46, "At least 46 people were killed")
                        .figure("KILLED", "APPROXIMATE", 50, "about 50 dead, according to the mayor")
                        .part("KILLED", 10, 0, "including 10 children")
                        .range("INJURED", 100, 120, "between 100 and 120 were injured")
                        .claim("Ministry of Defence", "Only military targets were hit", "FALSE")
                        .claim("Mayor's office", "More than a hundred drones were launched", "DISPUTED")
                        .claim("Emergency service", "Rescue work continues in three districts", null)
                        .tags("air defence", "night attack")
                        .source("Kyiv Test Wire", "Overnight drone attack on Kyiv", "https://wire.example/kyiv-" + N)
                        .unquoted(UNQUOTED)
                        .publish());
        RECORDS.put(
                "Paris",
                PublishedRecords.record("Pension protest in Paris " + N)
                        .type("PROTESTS.PEACEFUL_PROTEST")
                        .time("2024-05-01T00:00:00+02:00", "DAY", "Europe/Paris")
                        .place("Paris", "FR", 48.8566, 2.3522, "marched through central Paris")
                        .actor("Protesters", "CIVILIANS", "INITIATOR", "the protesters were peaceful")
                        .figure("CROWD_SIZE", "APPROXIMATE", 12000, "about 12,000 people marched")
                        .source("Paris Test Daily", "Thousands march against pension reform", null)
                        .publish());
        RECORDS.put(
                "Summit",
                PublishedRecords.record("Ceasefire talks scheduled in Washington " + N)
                        .type("MEETING")
                        .time("2024-06-01T00:00:00-04:00", "MONTH", "America/New_York")
                        .occurrence("SCHEDULED")
                        .verification("OFFICIALLY_CONFIRMED")
                        .place("Washington", "US", 38.9072, -77.0369, "talks will be held in Washington")
                        .tags("diplomacy")
                        .source("Capital Test Post", "Talks set for June", "https://post.example/talks-" + N)
                        .publish());
        RECORDS.put(
                "Kharkiv",
                PublishedRecords.record("Shelling of Kharkiv " + N)
                        .type("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK")
                        .time("2024-02-01T09:00:00+02:00", "HOUR", "Europe/Kyiv")
                        .place("Kharkiv", "UA", 49.9935, 36.2304, "shells fell on Kharkiv")
                        .place("Izium", "UA", 49.2128, 37.2569, "and on Izium")
                        .place("Chuhuiv", "UA", null, null, "villages near Chuhuiv")
                        .figure("KILLED", "EXACT", 3, "three people died")
                        .source("Kharkiv Test News", "Shelling in the east", null)
                        .publish());
        RECORDS.put(
                "Suva",
                PublishedRecords.record("Cyclone damage in Suva " + N)
                        .type("DISASTER")
                        .time("2024-01-15T06:00:00+12:00", "PART_OF_DAY", "Pacific/Fiji")
                        .place("Suva", "FJ", -18.1416, 178.4419, "the cyclone reached Suva")
                        .figure("BUILDINGS_DAMAGED", "MORE_THAN", 200, "more than 200 buildings were damaged")
                        .source("Pacific Test Times", "Cyclone hits Suva", null)
                        .publish());
        RECORDS.put(
                "Formula",
                PublishedRecords.record(FORMULA_TITLE)
                        .type("RIOTS.MOB_VIOLENCE")
                        .time("2023-11-11T00:00:00+01:00", "DAY", "Europe/Paris")
                        .summary(FORMULA_SUMMARY, "a crowd attacked shops")
                        .place("Lyon", "FR", null, null, "in the centre of Lyon")
                        .source("Lyon Test Soir", "Shops attacked", null)
                        .publish());
        RECORDS.put(
                "Corrected",
                PublishedRecords.record("Attack on a market in Odesa " + N)
                        .type("VIOLENCE_AGAINST_CIVILIANS.ATTACK")
                        .time("2023-09-05T10:00:00+03:00", "HOUR", "Europe/Kyiv")
                        .place("Odesa", "UA", 46.4825, 30.7233, "the market in Odesa")
                        .figure("INJURED", "AT_LEAST", 46, "at least 46 injured")
                        .source("Odesa Test Herald", "Market attacked", null)
                        .publish());
        PublishedRecords.correct(
                RECORDS.get("Corrected").id(), CORRECTION_NOTE, PublishedRecords.figureValue("INJURED", 52));
        RECORDS.put(
                "Retracted",
                PublishedRecords.record("Blast in Dnipro " + N)
                        .type("EXPLOSIONS_REMOTE_VIOLENCE.REMOTE_EXPLOSIVE_LANDMINE_IED")
                        .time("2023-08-20T15:00:00+03:00", "HOUR", "Europe/Kyiv")
                        .place("Dnipro", "UA", 48.4647, 35.0462, "a blast in Dnipro")
                        .figure("KILLED", "EXACT", 2, "two were killed")
                        .source("Dnipro Test Wire", "Blast in Dnipro", null)
                        .publish());
        PublishedRecords.retract(RECORDS.get("Retracted").id(), RETRACTION_REASON);

        HIDDEN.put("draft", hidden("Draft never published " + N));
        PublishedRecords.Published spiked = hidden("Spiked record " + N);
        PublishedRecords.spike(spiked.id());
        HIDDEN.put("spiked", spiked);
        PublishedRecords.Published approved = hidden("Approved, not published " + N);
        PublishedRecords.submitAndApprove(approved.id());
        HIDDEN.put("approved", approved);
    }

    /** A record ready for review, with a place and a figure like the published ones, saved as a draft. */
    private static PublishedRecords.Published hidden(String title) {
        return PublishedRecords.record(title)
                .place("Mykolaiv", "UA", 46.975, 31.9946, "a strike on Mykolaiv")
                .figure("KILLED", "EXACT", 1, "one person was killed")
                .draft();
    }

    private static long id(String name) {
        return RECORDS.get(name).id();
    }

    private static JsonNode document(String name) {
        return PublicHttp.json("/api/v1/events/" + id(name));
    }

    // ---- the JSON document -----------------------------------------------------------------------------------

    @Test
    void aRecordIsItsSealedDocumentWithQuotesAndSourcesAndNothingOfTheDesk() {
        PublicHttp.Answer answer =
                PublicHttp.get("/api/v1/events/" + id("Kyiv")).expect(200);
        assertEquals("application/json", answer.mediaType());
        assertTrue(answer.contentType().toLowerCase().matches(".*;\\s*charset=utf-8.*"), answer.contentType());
        JsonNode r = answer.json();
        assertEquals(
                Set.of(
                        "id",
                        "version",
                        "status",
                        "url",
                        "title",
                        "type",
                        "summary",
                        "summaryEvidence",
                        "time",
                        "places",
                        "actors",
                        "figures",
                        "claims",
                        "links",
                        "tags",
                        "occurrence",
                        "verification",
                        "sources",
                        "firstPublishedAt",
                        "publishedAt",
                        "correction",
                        "retraction"),
                names(r));
        PublishedRecords.Source source = RECORDS.get("Kyiv").source();
        assertAll(
                () -> assertEquals(id("Kyiv"), r.get("id").asLong()),
                () -> assertEquals(1, r.get("version").asInt()),
                () -> assertEquals("PUBLISHED", r.get("status").asText()),
                () -> assertEquals("/events/" + id("Kyiv"), r.get("url").asText()),
                () -> assertEquals(
                        "Drone strike hits Kyiv " + N + " — Київ",
                        r.get("title").asText()),
                () -> assertEquals(
                        "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                        r.at("/type/code").asText()),
                () -> assertEquals("Air/drone strike", r.at("/type/label").asText()),
                () -> assertEquals(
                        "EXPLOSIONS_REMOTE_VIOLENCE", r.at("/type/parentCode").asText()),
                () -> assertEquals(
                        "Explosions/Remote violence", r.at("/type/parentLabel").asText()),
                () -> assertEquals(
                        "2024-03-10T01:30:00+02:00", r.at("/time/start").asText()),
                () -> assertEquals("MINUTE", r.at("/time/precision").asText()),
                () -> assertEquals("Europe/Kyiv", r.at("/time/zone").asText()),
                () -> assertEquals(List.of("air defence", "night attack"), texts(r.get("tags"))),
                () -> assertTrue(r.get("occurrence").isNull()),
                () -> assertTrue(r.get("correction").isNull()),
                () -> assertTrue(r.get("retraction").isNull()),
                () -> assertEquals(
                        r.get("firstPublishedAt").asText(), r.get("publishedAt").asText()),
                () -> assertTrue(r.get("publishedAt").asText().endsWith("Z")));

        JsonNode place = r.at("/places/0");
        assertEquals(
                Set.of("name", "country", "admin1", "admin2", "lat", "lon", "precision", "verification", "evidence"),
                names(place));
        assertEquals("Kyiv", place.get("name").asText());
        assertEquals("UA", place.get("country").asText());
        assertEquals(50.4501, place.get("lat").asDouble());
        assertEquals(30.5234, place.get("lon").asDouble());
        assertEquals("EXACT", place.get("precision").asText());
        assertQuote(place, source, "the capital, Kyiv");

        JsonNode figures = r.get("figures");
        assertEquals(4, figures.size());
        assertEquals(
                Set.of(
                        "category",
                        "categoryLabel",
                        "qualifier",
                        "value",
                        "low",
                        "high",
                        "numerator",
                        "denominator",
                        "described",
                        "partOf",
                        "asOf",
                        "attribution",
                        "verification",
                        "evidence"),
                names(figures.get(0)));
        assertEquals("Killed", figures.get(0).get("categoryLabel").asText());
        assertEquals("AT_LEAST", figures.get(0).get("qualifier").asText());
        assertEquals(46, figures.get(0).get("value").asInt());
        assertEquals("at least 46", figures.get(0).get("described").asText());
        assertQuote(figures.get(0), source, "At least 46 people were killed");
        assertEquals(0, figures.get(2).get("partOf").asInt());
        assertEquals("RANGE", figures.get(3).get("qualifier").asText());
        assertEquals(100, figures.get(3).get("low").asInt());
        assertEquals(120, figures.get(3).get("high").asInt());

        JsonNode actor = r.at("/actors/0");
        assertEquals(Set.of("name", "kind", "role", "verification", "evidence"), names(actor));
        assertEquals("Russian Armed Forces", actor.get("name").asText());
        assertQuote(actor, source, "Russian forces launched the drones");

        JsonNode claims = r.get("claims");
        assertEquals(
                Set.of("speaker", "text", "form", "medium", "time", "verification", "evidence"), names(claims.get(0)));
        assertEquals("FALSE", claims.get(0).get("verification").asText());
        assertEquals("DISPUTED", claims.get(1).get("verification").asText());
        assertEquals("SINGLE_SOURCE", claims.get(2).get("verification").asText());
        assertQuote(claims.get(1), source, "More than a hundred drones were launched");

        assertEquals(
                "Russian drones struck a residential district of Kyiv overnight.",
                r.get("summary").asText());
        assertQuote(r.get("summaryEvidence"), source, "Drones struck a residential district overnight");

        JsonNode sources = r.get("sources");
        assertEquals(1, sources.size());
        JsonNode s = sources.get(0);
        assertEquals(Set.of("id", "kind", "outlet", "title", "url", "publishedAt", "language"), names(s));
        assertEquals(source.id(), s.get("id").asLong());
        assertEquals("Kyiv Test Wire", s.get("outlet").asText());
        assertEquals("Overnight drone attack on Kyiv", s.get("title").asText());
        assertEquals("https://wire.example/kyiv-" + N, s.get("url").asText());
        assertEquals("2025-12-27T12:00:00Z", s.get("publishedAt").asText());

        // Quotes, never the source's text: a sentence no fact quotes is nowhere in the answer.
        assertTrue(source.text().contains(UNQUOTED), "the source holds the sentence: " + source.text());
        assertFalse(answer.text().contains("never quoted"), answer.text());
        List<String> strings = new ArrayList<>();
        collectStrings(r, strings);
        for (String user : PublishedRecords.DESK_USERS) {
            assertFalse(strings.contains(user), "a desk user's name in the public document: " + user);
        }
    }

    @Test
    void theListAndTheSuffixServeTheSameSealedBytes() {
        PublicHttp.Answer one = PublicHttp.get("/api/v1/events/" + id("Kyiv")).expect(200);
        assertArrayEquals(
                one.bytes(),
                PublicHttp.get("/api/v1/events/" + id("Kyiv") + ".json")
                        .expect(200)
                        .bytes());
        assertArrayEquals(
                one.bytes(),
                PublicHttp.get("/api/v1/events/" + id("Kyiv"), "Accept", "application/json")
                        .expect(200)
                        .bytes());
        PublicHttp.Answer list = PublicHttp.get("/api/v1/events?q=" + N).expect(200);
        assertTrue(list.text().contains(one.text()), "the list holds the document byte for byte");
        assertEquals(Set.of("items", "next", "previous"), names(list.json()));
        assertArrayEquals(
                list.bytes(),
                PublicHttp.get("/api/v1/events.json?q=" + N).expect(200).bytes());
    }

    // ---- JSON-LD ---------------------------------------------------------------------------------------------

    @Test
    void jsonLdIsASchemaOrgEventWithPlacesDatesAtTheirPrecisionAndClaimReviews() {
        PublicHttp.Answer answer =
                PublicHttp.get("/api/v1/events/" + id("Kyiv") + ".jsonld").expect(200);
        assertEquals("application/ld+json", answer.mediaType());
        JsonNode ld = answer.json();
        assertEquals(
                ld,
                PublicHttp.get("/api/v1/events/" + id("Kyiv"), "Accept", "application/ld+json")
                        .expect(200)
                        .json());
        assertEquals("https://schema.org", ld.get("@context").asText());
        JsonNode event = ld.at("/@graph/0");
        assertEquals("Event", event.get("@type").asText());
        assertEquals(Desk.url("/events/" + id("Kyiv")), event.get("@id").asText());
        assertEquals(
                "Drone strike hits Kyiv " + N + " — Київ", event.get("name").asText());
        assertEquals("2024-03-10T01:30:00+02:00", event.get("startDate").asText());
        assertFalse(event.has("eventStatus"), "not a planned event");
        JsonNode place = event.at("/location/0");
        assertEquals("Place", place.get("@type").asText());
        assertEquals("Kyiv", place.get("name").asText());
        assertEquals("UA", place.at("/address/addressCountry").asText());
        assertEquals("GeoCoordinates", place.at("/geo/@type").asText());
        assertEquals(50.4501, place.at("/geo/latitude").asDouble());
        assertEquals(30.5234, place.at("/geo/longitude").asDouble());
        assertEquals("Russian Armed Forces", event.at("/organizer/0/name").asText());

        Map<String, JsonNode> reviews = new HashMap<>();
        ld.get("@graph").forEach(node -> {
            if (node.get("@type").asText().equals("ClaimReview")) {
                reviews.put(node.get("claimReviewed").asText(), node);
            }
        });
        assertEquals(
                Set.of("Only military targets were hit", "More than a hundred drones were launched"),
                reviews.keySet(),
                "a review for each claim judged false or disputed, none for the others");
        JsonNode isFalse = reviews.get("Only military targets were hit");
        assertEquals("False", isFalse.at("/reviewRating/alternateName").asText());
        assertEquals(
                "Ministry of Defence", isFalse.at("/itemReviewed/author/name").asText());
        assertEquals(
                "Disputed",
                reviews.get("More than a hundred drones were launched")
                        .at("/reviewRating/alternateName")
                        .asText());

        assertEquals("2024-05-01", eventOf("Paris").get("startDate").asText(), "a day-precision event has a date");
        JsonNode summit = eventOf("Summit");
        assertEquals("2024-06", summit.get("startDate").asText(), "a month-precision event has a month");
        assertEquals(
                "https://schema.org/EventScheduled", summit.get("eventStatus").asText());
        assertEquals(-77.0369, summit.at("/location/0/geo/longitude").asDouble());
    }

    @Test
    void theListAsJsonLdIsAGraphOfThePublishedEventsWithoutTheRetractedOne() {
        PublicHttp.Answer answer =
                PublicHttp.get("/api/v1/events.jsonld?q=" + N).expect(200);
        assertEquals("application/ld+json", answer.mediaType());
        Set<String> names = new HashSet<>();
        answer.json().get("@graph").forEach(node -> {
            assertEquals("Event", node.get("@type").asText());
            names.add(node.get("@id").asText());
        });
        Set<String> expected = RECORDS.keySet().stream()
                .filter(name -> !name.equals("Retracted"))
                .map(name -> Desk.url("/events/" + id(name)))
                .collect(Collectors.toSet());
        assertEquals(expected, names);
    }

    private static JsonNode eventOf(String name) {
        return PublicHttp.json("/api/v1/events/" + id(name) + ".jsonld").at("/@graph/0");
    }

    // ---- Atom ------------------------------------------------------------------------------------------------

    @Test
    void theFeedIsValidAtomWithAnEntryForEachPublicationCorrectionAndRetraction() throws Exception {
        PublicHttp.Answer answer = PublicHttp.get("/api/v1/feed.atom?q=" + N).expect(200);
        assertEquals("application/atom+xml", answer.mediaType());
        assertEquals(List.of(), AtomFeeds.violations(answer.bytes()));
        Element feed = AtomFeeds.parse(answer.bytes()).getDocumentElement();
        assertEquals(Desk.url("/api/v1/feed.atom?q=" + N), AtomFeeds.link(feed, "self"));
        List<Element> entries = AtomFeeds.children(feed, "entry");
        assertEquals(10, entries.size(), "six publications, one publication and correction, one and a retraction");

        Element retraction = entries.get(0);
        String retracted = RECORDS.get("Retracted").title();
        assertEquals("Retracted: " + retracted, AtomFeeds.text(retraction, "title"));
        assertEquals("Retracted: " + RETRACTION_REASON, AtomFeeds.text(retraction, "summary"));
        assertEquals(
                "RETRACTED", AtomFeeds.children(retraction, "category").get(0).getAttribute("term"));
        assertEquals(Desk.url("/events/" + id("Retracted")), AtomFeeds.link(retraction, "alternate"));
        assertEquals("Published: " + retracted, AtomFeeds.text(entries.get(1), "title"));

        Element correction = entries.get(2);
        String corrected = RECORDS.get("Corrected").title();
        assertEquals("Corrected (version 2): " + corrected, AtomFeeds.text(correction, "title"));
        assertEquals(
                "CORRECTED", AtomFeeds.children(correction, "category").get(0).getAttribute("term"));
        String summary = AtomFeeds.text(correction, "summary");
        assertTrue(summary.contains(CORRECTION_NOTE), summary);
        assertTrue(summary.contains("Injured: at least 46 → at least 52"), summary);
        assertEquals(Desk.url("/events/" + id("Corrected") + "?version=2"), AtomFeeds.link(correction, "alternate"));
        assertEquals(
                Desk.url("/api/v1/events/" + id("Corrected") + "?version=2"), AtomFeeds.link(correction, "related"));
        Element firstVersion = entries.get(3);
        assertEquals("Published: " + corrected, AtomFeeds.text(firstVersion, "title"));
        assertEquals(Desk.url("/events/" + id("Corrected") + "?version=1"), AtomFeeds.link(firstVersion, "alternate"));

        // Each entry is its publication-log entry: its id is that entry's address, and it answers.
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            String entryId = AtomFeeds.text(entry, "id");
            assertTrue(ids.add(entryId), "entry ids are unique: " + entryId);
            assertTrue(entryId.startsWith(Desk.url("/api/v1/publication-log/")), entryId);
            JsonNode logEntry = PublicHttp.json(entryId.substring(Desk.BASE_URL.length()));
            assertTrue(AtomFeeds.text(entry, "title")
                    .endsWith(logEntry.get("title").asText()));
            assertEquals(logEntry.get("at").asText(), AtomFeeds.text(entry, "updated"));
        }

        // The whole feed, whatever else the desk published, is valid Atom too.
        PublicHttp.Answer all = PublicHttp.get("/api/v1/feed.atom?limit=200").expect(200);
        assertEquals(List.of(), AtomFeeds.violations(all.bytes()));
    }

    @Test
    void theAtomSchemaRefusesWhatRfc4287Refuses() throws Exception {
        byte[] feed = PublicHttp.get("/api/v1/feed.atom?q=" + N).expect(200).bytes();
        Document noId = AtomFeeds.parse(feed);
        Element entry = AtomFeeds.children(noId.getDocumentElement(), "entry").get(0);
        entry.removeChild(AtomFeeds.children(entry, "id").get(0));
        assertFalse(AtomFeeds.violations(serialize(noId)).isEmpty(), "an entry without an id is not Atom");

        Document badDate = AtomFeeds.parse(feed);
        AtomFeeds.children(badDate.getDocumentElement(), "updated").get(0).setTextContent("2025-12-27 10:00");
        assertFalse(AtomFeeds.violations(serialize(badDate)).isEmpty(), "a date that is not RFC 3339 is not Atom");

        Document noAlternate = AtomFeeds.parse(feed);
        Element first =
                AtomFeeds.children(noAlternate.getDocumentElement(), "entry").get(0);
        for (Element link : AtomFeeds.children(first, "link")) {
            if (link.getAttribute("rel").equals("alternate")) {
                first.removeChild(link);
            }
        }
        assertFalse(
                AtomFeeds.violations(serialize(noAlternate)).isEmpty(),
                "an entry with neither content nor an alternate link is not Atom");

        Document noAuthor = AtomFeeds.parse(feed);
        noAuthor.getDocumentElement()
                .removeChild(AtomFeeds.children(noAuthor.getDocumentElement(), "author")
                        .get(0));
        assertFalse(
                AtomFeeds.violations(serialize(noAuthor)).isEmpty(),
                "a feed whose entries have no author needs one of its own");
    }

    @Test
    void theFeedPagesToOlderEntriesAndFollowsTheListsFilters() {
        List<String> ids = new ArrayList<>();
        String next = "/api/v1/feed.atom?q=" + N + "&limit=3";
        int pages = 0;
        while (next != null) {
            byte[] page = PublicHttp.get(next).expect(200).bytes();
            assertEquals(List.of(), AtomFeeds.violations(page));
            Element feed = AtomFeeds.parse(page).getDocumentElement();
            List<Element> entries = AtomFeeds.children(feed, "entry");
            assertTrue(entries.size() <= 3);
            entries.forEach(e -> ids.add(AtomFeeds.text(e, "id")));
            String link = AtomFeeds.link(feed, "next");
            next = link == null ? null : link.substring(Desk.BASE_URL.length());
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(10, ids.size());
        assertEquals(10, new HashSet<>(ids).size(), "no entry twice");
        List<Long> seqs = ids.stream()
                .map(i -> Long.parseLong(i.substring(i.lastIndexOf('/') + 1)))
                .toList();
        List<Long> newestFirst = new ArrayList<>(seqs);
        newestFirst.sort((a, b) -> Long.compare(b, a));
        assertEquals(newestFirst, seqs);

        Element french = AtomFeeds.parse(PublicHttp.get("/api/v1/feed.atom?q=" + N + "&country=FR")
                        .expect(200)
                        .bytes())
                .getDocumentElement();
        Set<String> titles = AtomFeeds.children(french, "entry").stream()
                .map(e -> AtomFeeds.text(e, "title"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Published: " + RECORDS.get("Paris").title(), "Published: " + FORMULA_TITLE), titles);

        // updatedSince, for a partner syncing: the entries sealed since, not the records changed since.
        String since = document("Corrected").get("publishedAt").asText();
        Element recent = AtomFeeds.parse(PublicHttp.get("/api/v1/feed.atom?q=" + N + "&updatedSince=" + encode(since))
                        .expect(200)
                        .bytes())
                .getDocumentElement();
        assertEquals(
                List.of(
                        "Retracted: " + RECORDS.get("Retracted").title(),
                        "Published: " + RECORDS.get("Retracted").title(),
                        "Corrected (version 2): " + RECORDS.get("Corrected").title()),
                AtomFeeds.children(recent, "entry").stream()
                        .map(e -> AtomFeeds.text(e, "title"))
                        .toList());
    }

    // ---- CSV -------------------------------------------------------------------------------------------------

    @Test
    void theDeskCsvHasTheDocumentedColumnsAndOneRowPerRecord() throws IOException {
        PublicHttp.Answer answer = PublicHttp.get("/api/v1/events.csv?q=" + N).expect(200);
        assertEquals("text/csv", answer.mediaType());
        assertTrue(answer.contentType().toLowerCase().contains("charset=utf-8"), answer.contentType());
        assertEquals("attachment; filename=\"events.csv\"", answer.header("Content-Disposition"));
        Csv csv = Csv.read(answer.text());
        assertEquals(
                List.of(
                        "id",
                        "version",
                        "status",
                        "url",
                        "type",
                        "type_label",
                        "parent_type_label",
                        "title",
                        "summary",
                        "start",
                        "end",
                        "precision",
                        "zone",
                        "when",
                        "places",
                        "countries",
                        "latitude",
                        "longitude",
                        "geo_precision",
                        "actors",
                        "killed",
                        "injured",
                        "figures",
                        "claims",
                        "verification",
                        "tags",
                        "sources",
                        "first_published_at",
                        "published_at",
                        "correction_note",
                        "retraction_reason"),
                csv.header());
        Map<String, CSVRecord> rows = csv.byColumn("id");
        assertEquals(ids(RECORDS.keySet()), rows.keySet(), "every public record, the retracted one too");

        CSVRecord kyiv = rows.get(Long.toString(id("Kyiv")));
        assertAll(
                () -> assertEquals("1", kyiv.get("version")),
                () -> assertEquals("PUBLISHED", kyiv.get("status")),
                () -> assertEquals("Drone strike hits Kyiv " + N + " — Київ", kyiv.get("title")),
                () -> assertEquals("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", kyiv.get("type")),
                () -> assertEquals("Explosions/Remote violence", kyiv.get("parent_type_label")),
                () -> assertEquals("2024-03-10T01:30:00+02:00", kyiv.get("start")),
                () -> assertEquals("Kyiv", kyiv.get("places")),
                () -> assertEquals("UA", kyiv.get("countries")),
                () -> assertEquals("50.4501", kyiv.get("latitude")),
                () -> assertEquals("30.5234", kyiv.get("longitude")),
                () -> assertEquals("46", kyiv.get("killed"), "the most conservative count, the subset left out"),
                () -> assertEquals("100", kyiv.get("injured"), "a range guarantees its low end"),
                () -> assertEquals("Kyiv Test Wire: Overnight drone attack on Kyiv", kyiv.get("sources")),
                () -> assertEquals("air defence; night attack", kyiv.get("tags")));

        CSVRecord kharkiv = rows.get(Long.toString(id("Kharkiv")));
        assertEquals("Kharkiv; Izium; Chuhuiv", kharkiv.get("places"));
        CSVRecord corrected = rows.get(Long.toString(id("Corrected")));
        assertEquals("2", corrected.get("version"));
        assertEquals(CORRECTION_NOTE, corrected.get("correction_note"));
        assertEquals("52", corrected.get("injured"));
        CSVRecord retracted = rows.get(Long.toString(id("Retracted")));
        assertEquals("RETRACTED", retracted.get("status"));
        assertEquals(RETRACTION_REASON, retracted.get("retraction_reason"));
        assertEquals("", retracted.get("places"), "a retracted record's facts are withdrawn");
        assertEquals("", retracted.get("killed"));

        // A spreadsheet would run these as formulas; the export makes them text.
        CSVRecord formula = rows.get(Long.toString(id("Formula")));
        assertEquals("'" + FORMULA_TITLE, formula.get("title"));
        assertEquals("'" + FORMULA_SUMMARY, formula.get("summary"));
    }

    @Test
    void theAcledCsvHasAcledsColumnsAndCodes() throws IOException {
        PublicHttp.Answer answer =
                PublicHttp.get("/api/v1/events.csv?format=acled&q=" + N).expect(200);
        assertEquals("text/csv", answer.mediaType());
        assertEquals("attachment; filename=\"events-acled.csv\"", answer.header("Content-Disposition"));
        Csv csv = Csv.read(answer.text());
        assertEquals(
                List.of(
                        "event_id_cnty",
                        "event_date",
                        "year",
                        "time_precision",
                        "disorder_type",
                        "event_type",
                        "sub_event_type",
                        "actor1",
                        "assoc_actor_1",
                        "inter1",
                        "actor2",
                        "assoc_actor_2",
                        "inter2",
                        "interaction",
                        "civilian_targeting",
                        "iso",
                        "region",
                        "country",
                        "admin1",
                        "admin2",
                        "admin3",
                        "location",
                        "latitude",
                        "longitude",
                        "geo_precision",
                        "source",
                        "source_scale",
                        "notes",
                        "fatalities",
                        "tags",
                        "timestamp"),
                csv.header());
        Map<String, CSVRecord> rows = csv.byColumn("event_id_cnty");
        assertEquals(7, rows.size(), "published records only: ACLED has no column for a retraction");
        assertFalse(rows.keySet().stream().anyMatch(k -> k.endsWith(Long.toString(id("Retracted")))));

        CSVRecord kyiv = rows.get("UKR" + id("Kyiv"));
        assertNotNull(kyiv, rows.keySet().toString());
        Instant published = Instant.parse(document("Kyiv").get("publishedAt").asText());
        assertAll(
                () -> assertEquals("2024-03-10", kyiv.get("event_date"), "the date in the event's own zone"),
                () -> assertEquals("2024", kyiv.get("year")),
                () -> assertEquals("1", kyiv.get("time_precision")),
                () -> assertEquals("Political violence", kyiv.get("disorder_type")),
                () -> assertEquals("Explosions/Remote violence", kyiv.get("event_type")),
                () -> assertEquals("Air/drone strike", kyiv.get("sub_event_type")),
                () -> assertEquals("Russian Armed Forces", kyiv.get("actor1")),
                () -> assertEquals("1", kyiv.get("inter1"), "state forces"),
                () -> assertEquals("Civilians in Kyiv", kyiv.get("actor2")),
                () -> assertEquals("7", kyiv.get("inter2"), "civilians"),
                () -> assertEquals("17", kyiv.get("interaction")),
                () -> assertEquals("Civilian targeting", kyiv.get("civilian_targeting")),
                () -> assertEquals("804", kyiv.get("iso")),
                () -> assertEquals("Europe", kyiv.get("region")),
                () -> assertEquals("Ukraine", kyiv.get("country")),
                () -> assertEquals("Kyiv", kyiv.get("location")),
                () -> assertEquals("50.4501", kyiv.get("latitude")),
                () -> assertEquals("30.5234", kyiv.get("longitude")),
                () -> assertEquals("1", kyiv.get("geo_precision")),
                () -> assertEquals("Kyiv Test Wire", kyiv.get("source")),
                () -> assertEquals("46", kyiv.get("fatalities"), "the most conservative killed figure"),
                () -> assertEquals(Long.toString(published.getEpochSecond()), kyiv.get("timestamp")));

        CSVRecord paris = rows.get("FRA" + id("Paris"));
        assertAll(
                () -> assertEquals("Demonstrations", paris.get("disorder_type")),
                () -> assertEquals("Protests", paris.get("event_type")),
                () -> assertEquals("Peaceful protest", paris.get("sub_event_type")),
                () -> assertEquals("6", paris.get("inter1"), "civilians protesting are protesters"),
                () -> assertEquals("60", paris.get("interaction")),
                () -> assertEquals("250", paris.get("iso")),
                () -> assertEquals("0", paris.get("fatalities")));
        CSVRecord summit = rows.get("USA" + id("Summit"));
        assertAll(
                () -> assertEquals("Strategic developments", summit.get("event_type")),
                () -> assertEquals("Other", summit.get("sub_event_type")),
                () -> assertEquals("3", summit.get("time_precision"), "a month"),
                () -> assertEquals("North America", summit.get("region")),
                () -> assertEquals("840", summit.get("iso")),
                () -> assertEquals("diplomacy; desk_type=MEETING", summit.get("tags")));
        CSVRecord suva = rows.get("FJI" + id("Suva"));
        assertAll(
                () -> assertEquals("Oceania", suva.get("region")),
                () -> assertEquals("2024-01-15", suva.get("event_date")),
                () -> assertEquals("178.4419", suva.get("longitude")));
        CSVRecord kharkiv = rows.get("UKR" + id("Kharkiv"));
        assertEquals("Shelling/artillery/missile attack", kharkiv.get("sub_event_type"));
        assertEquals("3", kharkiv.get("fatalities"));
        assertTrue(kharkiv.get("notes").endsWith("Also at: Izium; Chuhuiv."), kharkiv.get("notes"));
        CSVRecord formula = rows.get("FRA" + id("Formula"));
        assertEquals("'" + FORMULA_SUMMARY, formula.get("notes"), "the summary, made harmless");
        assertEquals("Political violence", formula.get("disorder_type"), "mob violence is political violence");
    }

    /** A CSV read back with Commons CSV (RFC 4180), header first. */
    private record Csv(List<String> header, List<CSVRecord> rows) {
        static Csv read(String text) throws IOException {
            try (CSVParser parser = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))) {
                return new Csv(parser.getHeaderNames(), parser.getRecords());
            }
        }

        Map<String, CSVRecord> byColumn(String column) {
            Map<String, CSVRecord> rows = new LinkedHashMap<>();
            for (CSVRecord row : this.rows) {
                assertTrue(row.isConsistent(), "every row has every column: " + row);
                assertNull(rows.put(row.get(column), row), "one row per record: " + row.get(column));
            }
            return rows;
        }
    }

    // ---- GeoJSON ---------------------------------------------------------------------------------------------

    @Test
    void geoJsonHasAPointAtLongitudeLatitudeForEachPlaceWithCoordinates() {
        PublicHttp.Answer answer =
                PublicHttp.get("/api/v1/events.geojson?q=" + N).expect(200);
        assertEquals("application/geo+json", answer.mediaType());
        JsonNode collection = answer.json();
        assertEquals("FeatureCollection", collection.get("type").asText());
        Map<String, JsonNode> features = new LinkedHashMap<>();
        collection.get("features").forEach(f -> features.put(f.get("id").asText(), f));
        assertEquals(
                Set.of(
                        id("Kyiv") + "-1",
                        id("Paris") + "-1",
                        id("Summit") + "-1",
                        id("Kharkiv") + "-1",
                        id("Kharkiv") + "-2",
                        id("Suva") + "-1",
                        id("Corrected") + "-1"),
                features.keySet(),
                "a point per place with coordinates; none for Lyon or Chuhuiv (no coordinates) or a retracted record");
        assertEquals(List.of(30.5234, 50.4501), coordinates(features.get(id("Kyiv") + "-1")));
        assertEquals(List.of(178.4419, -18.1416), coordinates(features.get(id("Suva") + "-1")));
        assertEquals(List.of(-77.0369, 38.9072), coordinates(features.get(id("Summit") + "-1")));
        assertEquals(List.of(37.2569, 49.2128), coordinates(features.get(id("Kharkiv") + "-2")));
        for (JsonNode feature : features.values()) {
            assertEquals("Feature", feature.get("type").asText());
            assertEquals("Point", feature.at("/geometry/type").asText());
            JsonNode properties = feature.get("properties");
            JsonNode doc = PublicHttp.json(
                    "/api/v1/events/" + properties.get("recordId").asLong());
            int index = Integer.parseInt(feature.get("id").asText().replaceAll(".*-", "")) - 1;
            JsonNode place = doc.get("places").get(index);
            assertEquals(List.of(place.get("lon").asDouble(), place.get("lat").asDouble()), coordinates(feature));
            assertEquals(
                    place.get("name").asText(), properties.at("/place/name").asText());
            assertEquals(doc.get("title").asText(), properties.get("title").asText());
            assertEquals(doc.get("url").asText(), properties.get("url").asText());
            assertEquals(doc.get("version").asInt(), properties.get("version").asInt());
        }
        JsonNode kyiv = features.get(id("Kyiv") + "-1").get("properties");
        assertEquals(
                List.of("Killed: at least 46", "Killed: about 50", "Killed: 10", "Injured: 100–120"),
                texts(kyiv.get("figures")));
    }

    private static List<Double> coordinates(JsonNode feature) {
        List<Double> values = new ArrayList<>();
        feature.at("/geometry/coordinates").forEach(c -> values.add(c.asDouble()));
        return values;
    }

    // ---- what readers must not see ---------------------------------------------------------------------------

    @Test
    void draftsSpikedAndUnpublishedRecordsAnswerExactlyAsAnUnknownIdDoes() {
        long unknown = 987_654_321_012L;
        for (String suffix : List.of("", ".json", ".jsonld", "?version=1", "/versions")) {
            PublicHttp.Answer nobody =
                    PublicHttp.get("/api/v1/events/" + unknown + suffix).expect(404);
            assertTrue(nobody.mediaType().equals(Problems.PROBLEM), nobody.contentType());
            String shape = nobody.text().replace(Long.toString(unknown), "{id}");
            for (PublishedRecords.Published hidden : HIDDEN.values()) {
                PublicHttp.Answer answer = PublicHttp.get("/api/v1/events/" + hidden.id() + suffix);
                assertEquals(404, answer.status(), answer.path());
                assertEquals(nobody.contentType(), answer.contentType(), answer.path());
                assertEquals(shape, answer.text().replace(Long.toString(hidden.id()), "{id}"), answer.path());
                assertEquals(nobody.headers("ETag"), answer.headers("ETag"));
            }
        }
        PublicHttp.Answer page = PublicHttp.get("/events/" + unknown).expect(404);
        for (PublishedRecords.Published hidden : HIDDEN.values()) {
            PublicHttp.Answer answer = PublicHttp.get("/events/" + hidden.id());
            assertEquals(404, answer.status());
            assertEquals(page.contentType(), answer.contentType());
            assertEquals(page.text(), answer.text());
        }
        Set<Long> listed = listedIds("/api/v1/events?q=" + N + "&limit=200");
        HIDDEN.values().forEach(hidden -> assertFalse(listed.contains(hidden.id())));
        String feed = PublicHttp.get("/api/v1/feed.atom?q=" + N).expect(200).text();
        HIDDEN.values().forEach(hidden -> assertFalse(feed.contains(hidden.title())));
    }

    @Test
    void markupInARecordIsTextWhereverItGoesOut() throws IOException {
        String nonce = PublishedRecords.nonce();
        String title = "Markup <i>x</i> & \"quotes\" </script><script>alert(1)</script> " + nonce;
        long id = PublishedRecords.record(title)
                .summary("A <b>summary</b> with ]]> and <!-- a comment -->", "shelling in Kherson")
                .place("Kherson", "UA", 46.6354, 32.6169, "shelling in Kherson")
                .publish()
                .id();
        assertEquals(title, PublicHttp.json("/api/v1/events/" + id).get("title").asText());

        String html = PublicHttp.get("/events/" + id).expect(200).text();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertEquals(title, page.selectFirst("h1").text());
        assertEquals(title + " · Event Desk", page.title());
        // Besides the JSON-LD, the page loads only the desk's own map scripts (the record has a place on the map).
        assertEquals(
                1, page.select("script:not([src])").size(), "the JSON-LD is the page's only inline script: " + html);
        assertTrue(
                page.select("script[src]").eachAttr("src").stream().allMatch(src -> src.startsWith("/static/")),
                "no script from elsewhere: " + page.select("script[src]").eachAttr("src"));
        assertEquals(
                title,
                Api.JSON
                        .readTree(page.selectFirst("#record-map").attr("data-geojson"))
                        .get("features")
                        .get(0)
                        .get("properties")
                        .get("title")
                        .asText(),
                "the map's data holds the title as text, inside an attribute");
        assertTrue(page.select("i, b").isEmpty(), "no markup from the record became elements");
        assertEquals(
                PublicHttp.json("/api/v1/events/" + id + ".jsonld"),
                Api.JSON.readTree(
                        page.selectFirst("script[type=application/ld+json]").data()),
                "the embedded JSON-LD survives its </script>");

        byte[] feed = PublicHttp.get("/api/v1/feed.atom?q=" + nonce).expect(200).bytes();
        assertEquals(List.of(), AtomFeeds.violations(feed));
        Element entry = AtomFeeds.children(AtomFeeds.parse(feed).getDocumentElement(), "entry")
                .get(0);
        assertEquals("Published: " + title, AtomFeeds.text(entry, "title"));
        assertTrue(AtomFeeds.text(entry, "summary").contains("]]>"));

        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(
                PublicHttp.get("/events?q=" + encode(title)).expect(200).text());
        assertEquals(title, list.getElementById("q").val(), "the search is kept in the form, as text");
        assertEquals(0, list.select("script").size());
        assertEquals(List.of(title), list.select("ol.records a").eachText());
    }

    // ---- versions and corrections ----------------------------------------------------------------------------

    @Test
    void aCorrectionUnderWayLeavesVersionOneServedUntilVersionTwoIsPublished() {
        String nonce = PublishedRecords.nonce();
        long id = PublishedRecords.record("Market fire in Lviv " + nonce)
                .type("ACCIDENT")
                .time("2025-01-20T18:00:00+02:00", "HOUR", "Europe/Kyiv")
                .place("Lviv", "UA", 49.8397, 24.0297, "the market in Lviv")
                .figure("INJURED", "AT_LEAST", 46, "at least 46 injured")
                .publish()
                .id();
        PublicHttp.Answer v1 = PublicHttp.get("/api/v1/events/" + id).expect(200);
        String path = "/api/v1/events/" + id;

        PublishedRecords.startCorrection(id, CORRECTION_NOTE, record -> {
            PublishedRecords.figureValue("INJURED", 52).accept(record);
            record.put("title", "Market fire in Lviv, toll revised " + nonce);
        });
        assertServed(path, v1, "while the correction is written");
        assertTrue(
                PublicHttp.get("/api/v1/events?q=" + nonce).expect(200).text().contains(v1.text()));
        assertEquals(
                1,
                PublicHttp.json("/api/v1/events.jsonld?q=" + nonce)
                        .get("@graph")
                        .size());
        assertEquals(
                "Market fire in Lviv " + nonce,
                PublicHttp.json(path + ".jsonld").at("/@graph/0/name").asText());
        assertEquals(
                "SUBMITTED",
                PublishedRecords.step(id, "submit", PublishedRecords.EDITOR, null)
                        .json()
                        .get("status")
                        .asText());
        assertServed(path, v1, "while the correction is reviewed");
        assertEquals(
                "APPROVED",
                PublishedRecords.step(id, "approve", PublishedRecords.REVIEWER, null)
                        .json()
                        .get("status")
                        .asText());
        assertServed(path, v1, "once the correction is approved but not published");
        assertEquals(
                "PUBLISHED",
                PublishedRecords.step(id, "publish", PublishedRecords.EDITOR, null)
                        .json()
                        .get("status")
                        .asText());

        PublicHttp.Answer v2 = PublicHttp.get(path).expect(200);
        JsonNode latest = v2.json();
        assertEquals(2, latest.get("version").asInt());
        assertEquals(
                "Market fire in Lviv, toll revised " + nonce,
                latest.get("title").asText());
        assertEquals("at least 52", latest.at("/figures/0/described").asText());
        assertEquals(CORRECTION_NOTE, latest.at("/correction/note").asText());
        assertEquals(
                List.of(
                        "Title: “Market fire in Lviv " + nonce + "” → “Market fire in Lviv, toll revised " + nonce
                                + "”",
                        "Injured: at least 46 → at least 52"),
                texts(latest.at("/correction/changes")));
        assertEquals(v1.json().get("firstPublishedAt"), latest.get("firstPublishedAt"));
        assertTrue(Instant.parse(latest.get("publishedAt").asText())
                .isAfter(Instant.parse(v1.json().get("publishedAt").asText())));
        assertNotEquals(v1.header("ETag"), v2.header("ETag"));

        // The earlier version stays exactly what was sealed; the latest is there under its number too.
        assertArrayEquals(
                v1.bytes(), PublicHttp.get(path + "?version=1").expect(200).bytes());
        assertArrayEquals(
                v2.bytes(), PublicHttp.get(path + "?version=2").expect(200).bytes());
        assertEquals(
                "Market fire in Lviv " + nonce,
                PublicHttp.json(path + ".jsonld?version=1").at("/@graph/0/name").asText());
        PublicHttp.get(path + "?version=3").expect(404);

        JsonNode versions = PublicHttp.json(path + "/versions");
        assertEquals(id, versions.get("recordId").asLong());
        assertEquals("PUBLISHED", versions.get("status").asText());
        assertEquals(2, versions.get("versions").size());
        JsonNode first = versions.at("/versions/0");
        JsonNode second = versions.at("/versions/1");
        assertEquals(Set.of("version", "kind", "at", "note", "entry", "hash", "url"), names(first));
        assertEquals(1, first.get("version").asInt());
        assertEquals("PUBLISHED", first.get("kind").asText());
        assertTrue(first.get("note").isNull());
        assertEquals("/api/v1/events/" + id + "?version=1", first.get("url").asText());
        assertEquals(2, second.get("version").asInt());
        assertEquals("CORRECTED", second.get("kind").asText());
        assertEquals(CORRECTION_NOTE, second.get("note").asText());
        assertEquals(latest.get("publishedAt").asText(), second.get("at").asText());
        for (JsonNode version : versions.get("versions")) {
            JsonNode entry = PublicHttp.json(
                    "/api/v1/publication-log/" + version.get("entry").asLong());
            assertEquals(version.get("hash"), entry.get("hash"));
            assertEquals(id, entry.get("recordId").asLong());
            assertEquals(version.get("version"), entry.get("version"));
            assertEquals(version.get("kind"), entry.get("kind"));
        }
    }

    private static void assertServed(String path, PublicHttp.Answer expected, String when) {
        PublicHttp.Answer now = PublicHttp.get(path).expect(200);
        assertEquals(expected.text(), now.text(), "version 1 is served " + when);
        assertEquals(expected.header("ETag"), now.header("ETag"), when);
    }

    @Test
    void aRetractedRecordIsGoneWithItsReasonAndListedAsRetracted() {
        String path = "/api/v1/events/" + id("Retracted");
        for (String address : List.of(path, path + ".json", path + ".jsonld", path + "?version=1")) {
            PublicHttp.Answer gone = PublicHttp.get(address).expect(410);
            assertEquals(Problems.PROBLEM, gone.mediaType(), address);
            JsonNode problem = gone.json();
            assertEquals(410, problem.get("status").asInt());
            assertEquals(RETRACTION_REASON, problem.get("reason").asText(), "the reason arrives intact, in UTF-8");
            assertEquals(id("Retracted"), problem.get("recordId").asLong());
            assertEquals(
                    RECORDS.get("Retracted").title(), problem.get("recordTitle").asText());
            assertTrue(problem.get("detail").asText().contains(RETRACTION_REASON));
            assertNotNull(Instant.parse(problem.get("retractedAt").asText()));
        }
        JsonNode listed = items("/api/v1/events?q=" + N + "&limit=200").stream()
                .filter(item -> item.get("id").asLong() == id("Retracted"))
                .findFirst()
                .orElseThrow();
        assertEquals("RETRACTED", listed.get("status").asText());
        assertEquals(RETRACTION_REASON, listed.at("/retraction/reason").asText());
        assertEquals(RECORDS.get("Retracted").title(), listed.get("title").asText());
        assertTrue(listed.get("summary").isNull());
        for (String facts : List.of("places", "actors", "figures", "claims", "sources", "summaryEvidence")) {
            assertEquals(0, listed.get(facts).size(), facts + " of a retracted record are withdrawn");
        }
        JsonNode versions = PublicHttp.json(path + "/versions");
        assertEquals("RETRACTED", versions.get("status").asText());
        assertEquals(List.of("PUBLISHED", "RETRACTED"), versions.get("versions").findValuesAsText("kind"));
        assertEquals(RETRACTION_REASON, versions.at("/versions/1/note").asText());
        versions.get("versions").forEach(v -> assertFalse(v.has("url"), "no version of it is served any more"));
    }

    // ---- the list's filters, order and cursors ---------------------------------------------------------------

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(
                        "", List.of("Kyiv", "Paris", "Summit", "Kharkiv", "Suva", "Formula", "Corrected", "Retracted")),
                Arguments.of("type=EXPLOSIONS_REMOTE_VIOLENCE", List.of("Kyiv", "Kharkiv", "Retracted")),
                Arguments.of("type=EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", List.of("Kyiv")),
                Arguments.of("type=PROTESTS", List.of("Paris")),
                Arguments.of("type=MEETING", List.of("Summit")),
                Arguments.of("country=UA", List.of("Kyiv", "Kharkiv", "Corrected", "Retracted")),
                Arguments.of("country=fr", List.of("Paris", "Formula")),
                Arguments.of("place=kyiv", List.of("Kyiv")),
                Arguments.of("place=IZIUM", List.of("Kharkiv")),
                Arguments.of("bbox=22,44,41,53", List.of("Kyiv", "Kharkiv", "Corrected", "Retracted")),
                Arguments.of("bbox=2,48,3,49", List.of("Paris")),
                Arguments.of("bbox=175,-20,-175,-15", List.of("Suva")),
                Arguments.of("bbox=-80,38,-76,40", List.of("Summit")),
                Arguments.of("from=2024-03-01", List.of("Summit", "Paris", "Kyiv")),
                Arguments.of("from=" + encode("2024-03-10T01:30:00+02:00"), List.of("Summit", "Paris", "Kyiv")),
                Arguments.of("from=" + encode("2024-03-10T01:31:00+02:00"), List.of("Summit", "Paris")),
                Arguments.of("to=2024-01-31", List.of("Suva", "Formula", "Corrected", "Retracted")),
                // Dates are whole UTC days: Kyiv's 01:30 on 10 March (UTC+2) is 9 March in UTC.
                Arguments.of("from=2024-02-01&to=2024-03-09", List.of("Kyiv", "Kharkiv")),
                Arguments.of("verification=OFFICIALLY_CONFIRMED", List.of("Summit")),
                Arguments.of("verification=officially_confirmed", List.of("Summit")),
                Arguments.of("category=KILLED", List.of("Kyiv", "Kharkiv", "Retracted")),
                Arguments.of("category=INJURED", List.of("Kyiv", "Corrected")),
                Arguments.of("category=CROWD_SIZE", List.of("Paris")),
                Arguments.of("country=UA&category=INJURED", List.of("Kyiv", "Corrected")),
                Arguments.of("type=EXPLOSIONS_REMOTE_VIOLENCE&country=UA&from=2024-01-01", List.of("Kyiv", "Kharkiv")),
                Arguments.of("q=" + encode("Київ"), List.of("Kyiv")),
                Arguments.of("place=Chuhuiv&bbox=22,44,41,53", List.of("Kharkiv")));
    }

    /** Each filter narrows the list to exactly the records it names, newest event first. */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("filters")
    void eachFilterNarrowsTheList(String filter, List<String> expected) {
        String query = filter.startsWith("q=") ? filter : "q=" + N + (filter.isEmpty() ? "" : "&" + filter);
        String path = "/api/v1/events?" + query + "&limit=200";
        List<Long> listed = items(path).stream()
                .map(item -> item.get("id").asLong())
                .filter(id -> RECORDS.values().stream().anyMatch(r -> r.id() == id))
                .toList();
        List<Long> wanted = inEventOrder(expected);
        assertEquals(wanted, listed, "listed " + names(listed) + ", expected " + expected);
        if (!filter.startsWith("q=")) {
            assertEquals(listed.size(), items(path).size(), "nothing but the nonce's records");
        }
    }

    @Test
    void updatedSinceListsWhatWasPublishedCorrectedOrRetractedSince() {
        Instant suvaPublished =
                Instant.parse(document("Suva").get("publishedAt").asText());
        assertEquals(
                Set.of(id("Suva"), id("Formula"), id("Corrected"), id("Retracted")),
                listedIds("/api/v1/events?q=" + N + "&updatedSince=" + encode(suvaPublished.toString())));
        Instant correctedAt =
                Instant.parse(document("Corrected").get("publishedAt").asText());
        assertEquals(
                Set.of(id("Corrected"), id("Retracted")),
                listedIds("/api/v1/events?q=" + N + "&updatedSince=" + encode(correctedAt.toString())),
                "the correction counts, not the first publication");
        JsonNode gone =
                PublicHttp.get("/api/v1/events/" + id("Retracted")).expect(410).json();
        assertEquals(
                Set.of(id("Retracted")),
                listedIds("/api/v1/events?q=" + N + "&updatedSince="
                        + encode(gone.get("retractedAt").asText())),
                "the retraction counts");
        assertEquals(
                List.of("Retracted", "Corrected", "Formula", "Suva", "Kharkiv", "Summit", "Paris", "Kyiv").stream()
                        .map(PublicApiIT::id)
                        .toList(),
                items("/api/v1/events?q=" + N + "&order=updated").stream()
                        .map(i -> i.get("id").asLong())
                        .toList(),
                "order=updated: latest publication, correction or retraction first");
    }

    @Test
    void theFiltersApplyToEveryFormat() throws IOException {
        String french = "q=" + N + "&country=FR";
        assertEquals(
                ids(List.of("Paris", "Formula")),
                Csv.read(PublicHttp.get("/api/v1/events.csv?" + french)
                                .expect(200)
                                .text())
                        .byColumn("id")
                        .keySet());
        assertEquals(
                Set.of("FRA" + id("Paris"), "FRA" + id("Formula")),
                Csv.read(PublicHttp.get("/api/v1/events.csv?format=acled&" + french)
                                .expect(200)
                                .text())
                        .byColumn("event_id_cnty")
                        .keySet());
        List<Long> mapped = new ArrayList<>();
        PublicHttp.json("/api/v1/events.geojson?" + french)
                .get("features")
                .forEach(f -> mapped.add(f.at("/properties/recordId").asLong()));
        assertEquals(List.of(id("Paris")), mapped, "Lyon has no coordinates");
        Set<String> described = new HashSet<>();
        PublicHttp.json("/api/v1/events.jsonld?" + french)
                .get("@graph")
                .forEach(n -> described.add(n.get("name").asText()));
        assertEquals(Set.of(RECORDS.get("Paris").title(), FORMULA_TITLE), described);
        assertEquals(
                listedIds("/api/v1/events?" + french),
                listedIds("/api/v1/events?" + french, "text/csv"),
                "the list by Accept is the same list");
    }

    @Test
    void cursorsStayCorrectWhileARecordIsPublishedBetweenPagesAndPreviousGoesBack() {
        String nonce = PublishedRecords.nonce();
        Map<String, Long> r = new LinkedHashMap<>();
        for (String[] spec : List.of(
                new String[] {"A", "2022-01-04T12:00:00Z"},
                new String[] {"B", "2022-01-03T12:00:00Z"},
                new String[] {"C", "2022-01-02T12:00:00Z"},
                new String[] {"D", "2022-01-01T12:00:00Z"})) {
            r.put(spec[0], pagingRecord(spec[0], nonce, spec[1]));
        }
        String first = "/api/v1/events?q=" + nonce + "&limit=2";
        PublicHttp.Answer page1 = PublicHttp.get(first).expect(200);
        assertEquals(List.of(r.get("A"), r.get("B")), ids(page1));
        assertTrue(page1.json().get("previous").isNull(), "the first page has none before it");
        String next = page1.json().get("next").asText();
        assertEquals(
                "<" + Desk.url("/api/v1/events?q=" + nonce + "&limit=2&cursor=" + next) + ">; rel=\"next\"",
                page1.header("Link"));

        // Published between the pages: one newer than everything read (an offset would now show B twice), one
        // between what was read and what was not (it must not be skipped).
        r.put("New", pagingRecord("New", nonce, "2022-01-10T12:00:00Z"));
        r.put("Middle", pagingRecord("Middle", nonce, "2022-01-02T18:00:00Z"));

        PublicHttp.Answer page2 = PublicHttp.get(first + "&cursor=" + next).expect(200);
        assertEquals(List.of(r.get("Middle"), r.get("C")), ids(page2));
        assertTrue(
                page2.headers("Link").stream().anyMatch(l -> l.endsWith("rel=\"prev\"")),
                page2.headers("Link").toString());
        PublicHttp.Answer page3 = PublicHttp.get(
                        first + "&cursor=" + page2.json().get("next").asText())
                .expect(200);
        assertEquals(List.of(r.get("D")), ids(page3));
        assertTrue(page3.json().get("next").isNull(), "the last page");

        PublicHttp.Answer back = PublicHttp.get(
                        first + "&cursor=" + page2.json().get("previous").asText())
                .expect(200);
        assertEquals(List.of(r.get("A"), r.get("B")), ids(back), "previous: the page before, as it stands now");
        assertEquals(
                List.of(r.get("Middle"), r.get("C")),
                ids(PublicHttp.get(first + "&cursor=" + back.json().get("next").asText())
                        .expect(200)),
                "and forward again from there");
        PublicHttp.Answer newest = PublicHttp.get(
                        first + "&cursor=" + back.json().get("previous").asText())
                .expect(200);
        assertEquals(List.of(r.get("New")), ids(newest));
        assertTrue(newest.json().get("previous").isNull(), "nothing lies before the newest");

        // By latest change, every record once, across pages.
        List<Long> updated = new ArrayList<>();
        String cursor = null;
        do {
            PublicHttp.Answer page = PublicHttp.get("/api/v1/events?q=" + nonce + "&order=updated&limit=4"
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            updated.addAll(ids(page));
            cursor = page.json().get("next").isNull()
                    ? null
                    : page.json().get("next").asText();
        } while (cursor != null);
        assertEquals(List.of(r.get("Middle"), r.get("New"), r.get("D"), r.get("C"), r.get("B"), r.get("A")), updated);

        // A cursor belongs to its order.
        PublicHttp.Answer mixed = PublicHttp.get("/api/v1/events?q=" + nonce + "&order=updated&cursor=" + next);
        assertBadRequest(mixed, "cursor");
    }

    private static long pagingRecord(String name, String nonce, String start) {
        return PublishedRecords.record("Paging " + name + " " + nonce)
                .time(start, "MINUTE", "UTC")
                .place("Odesa", "UA", 46.48, 30.72, "near Odesa")
                .publish()
                .id();
    }

    // ---- caching ---------------------------------------------------------------------------------------------

    @Test
    void everyPublicAnswerCarriesValidatorsAndAnswers304WhenTheCopyIsCurrent() {
        List<String> current = List.of(
                "/api/v1/events/" + id("Kyiv"),
                "/api/v1/events/" + id("Kyiv") + ".jsonld",
                "/api/v1/events/" + id("Corrected") + "?version=1",
                "/api/v1/events/" + id("Kyiv") + "/versions",
                "/api/v1/events?q=" + N,
                "/api/v1/events.jsonld?q=" + N,
                "/api/v1/events.csv?q=" + N,
                "/api/v1/events.csv?format=acled&q=" + N,
                "/api/v1/events.geojson?q=" + N,
                "/api/v1/feed.atom?q=" + N,
                "/api/v1/publication-log",
                "/api/v1/publication-log/1",
                "/events?q=" + N,
                "/events/" + id("Kyiv"),
                "/events/" + id("Corrected") + "?version=1");
        for (String path : current) {
            PublicHttp.Answer answer = PublicHttp.get(path).expect(200);
            String etag = answer.header("ETag");
            String lastModified = assertValidators(answer);
            PublicHttp.Answer byTag = PublicHttp.get(path, "If-None-Match", etag);
            assertEquals(304, byTag.status(), path + " with If-None-Match");
            assertEquals(0, byTag.bytes().length);
            assertEquals(etag, byTag.header("ETag"));
            assertEquals(
                    304,
                    PublicHttp.get(path, "If-None-Match", "\"other\", " + etag).status(),
                    path);
            assertEquals(200, PublicHttp.get(path, "If-None-Match", "\"other\"").status(), path);
            assertEquals(
                    304,
                    PublicHttp.get(path, "If-Modified-Since", lastModified).status(),
                    path + " with If-Modified-Since");
            assertEquals(
                    200,
                    PublicHttp.get(path, "If-Modified-Since", anHourBefore(lastModified))
                            .status(),
                    path);
            assertEquals(
                    200, PublicHttp.get(path, "If-Modified-Since", "not a date").status(), path);
        }
        // A 410 carries validators for caches, but preconditions never turn it into a 304 (RFC 9110, 13.2.1:
        // they are evaluated only for what would otherwise be a 2xx).
        for (String path : List.of("/api/v1/events/" + id("Retracted"), "/events/" + id("Retracted"))) {
            PublicHttp.Answer gone = PublicHttp.get(path).expect(410);
            String lastModified = assertValidators(gone);
            assertEquals(
                    410,
                    PublicHttp.get(path, "If-None-Match", gone.header("ETag")).status(),
                    path);
            assertEquals(
                    410, PublicHttp.get(path, "If-Modified-Since", lastModified).status(), path);
        }
        assertNotEquals(
                PublicHttp.get("/api/v1/events/" + id("Kyiv")).header("ETag"),
                PublicHttp.get("/api/v1/events/" + id("Kyiv") + ".jsonld").header("ETag"),
                "each representation has a validator of its own");
        String audit =
                PublicHttp.get("/api/v1/publication-log/verify").expect(200).header("Cache-Control");
        assertTrue(
                audit.contains("no-store"),
                "the audit is computed afresh every time (a tampered database does not move the log's head): " + audit);
    }

    /** ETag, Last-Modified (an HTTP date) and a Cache-Control a CDN may act on; the Last-Modified. */
    private static String assertValidators(PublicHttp.Answer answer) {
        assertNotNull(answer.header("ETag"), answer.path() + " has an ETag");
        String lastModified = answer.header("Last-Modified");
        assertNotNull(lastModified, answer.path() + " has a Last-Modified");
        httpDate(lastModified);
        String cacheControl = answer.header("Cache-Control");
        assertNotNull(cacheControl, answer.path());
        assertTrue(
                cacheControl.contains("public") && cacheControl.matches(".*max-age=[1-9][0-9]*.*"),
                answer.path() + ": " + cacheControl);
        return lastModified;
    }

    private static Instant httpDate(String text) {
        return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static String anHourBefore(String httpDate) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                httpDate(httpDate).minusSeconds(3600).atOffset(ZoneOffset.UTC));
    }

    @Test
    void aNewPublicationChangesTheListsValidators() {
        List<String> lists = List.of(
                "/api/v1/events?q=" + N,
                "/api/v1/events.csv?q=" + N,
                "/api/v1/feed.atom?q=" + N,
                "/api/v1/events.geojson",
                "/api/v1/publication-log",
                "/events");
        Map<String, PublicHttp.Answer> before = new LinkedHashMap<>();
        lists.forEach(path -> before.put(path, PublicHttp.get(path).expect(200)));
        PublishedRecords.record("Unrelated publication " + PublishedRecords.nonce())
                .place("Sumy", "UA", 50.9077, 34.7981, "a strike on Sumy")
                .publish();
        for (String path : lists) {
            PublicHttp.Answer old = before.get(path);
            PublicHttp.Answer now = PublicHttp.get(path).expect(200);
            assertNotEquals(old.header("ETag"), now.header("ETag"), path);
            assertEquals(
                    200,
                    PublicHttp.get(path, "If-None-Match", old.header("ETag")).status(),
                    path);
            assertFalse(httpDate(now.header("Last-Modified")).isBefore(httpDate(old.header("Last-Modified"))), path);
        }
    }

    // ---- bad input -------------------------------------------------------------------------------------------

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("/api/v1/events?contry=UA", "contry"),
                Arguments.of("/api/v1/events?country=UA&country=FR", "country"),
                Arguments.of("/api/v1/events?q=a&q=b", "q"),
                Arguments.of("/api/v1/events?cursor=not-a-cursor", "cursor"),
                Arguments.of("/api/v1/events?cursor=" + "A".repeat(300), "cursor"),
                Arguments.of("/api/v1/events?from=2024-13-01", "from"),
                Arguments.of("/api/v1/events?to=yesterday", "to"),
                Arguments.of("/api/v1/events?updatedSince=2024-01-01T00:00:00", "updatedSince"),
                Arguments.of("/api/v1/events?from=2024-05-01&to=2024-04-01", "to"),
                Arguments.of("/api/v1/events?bbox=1,2,3", "bbox"),
                Arguments.of("/api/v1/events?bbox=1,2,3,4,5", "bbox"),
                Arguments.of("/api/v1/events?bbox=a,b,c,d", "bbox"),
                Arguments.of("/api/v1/events?bbox=NaN,0,1,1", "bbox"),
                Arguments.of("/api/v1/events?bbox=-181,0,10,10", "bbox"),
                Arguments.of("/api/v1/events?bbox=0,-91,10,10", "bbox"),
                Arguments.of("/api/v1/events?bbox=0,50,10,40", "bbox"),
                Arguments.of("/api/v1/events?limit=0", "limit"),
                Arguments.of("/api/v1/events?limit=201", "limit"),
                Arguments.of("/api/v1/events?limit=abc", "limit"),
                Arguments.of("/api/v1/events?limit=-1", "limit"),
                Arguments.of("/api/v1/events?type=NO_SUCH_TYPE", "type"),
                Arguments.of("/api/v1/events?category=NO_SUCH_CATEGORY", "category"),
                Arguments.of("/api/v1/events?country=UKR", "country"),
                Arguments.of("/api/v1/events?verification=MAYBE", "verification"),
                Arguments.of("/api/v1/events?order=oldest", "order"),
                Arguments.of("/api/v1/events.xml", "format"),
                Arguments.of("/api/v1/events.csv?format=xlsx", "format"),
                Arguments.of("/api/v1/events.csv?limit=10", "limit"),
                Arguments.of("/api/v1/events.geojson?cursor=abc", "cursor"),
                Arguments.of("/api/v1/events.geojson?format=acled", "format"),
                Arguments.of("/api/v1/events/{id}.csv", "format"),
                Arguments.of("/api/v1/events/{id}.geojson", "format"),
                Arguments.of("/api/v1/events/{id}?version=0", "version"),
                Arguments.of("/api/v1/events/{id}?version=abc", "version"),
                Arguments.of("/api/v1/events/{id}?version=99999999999", "version"),
                Arguments.of("/api/v1/events/{id}?version=1&version=2", "version"),
                Arguments.of("/api/v1/events/{id}?lang=en", "lang"),
                Arguments.of("/api/v1/events/{id}/versions?version=1", "version"),
                Arguments.of("/api/v1/feed.atom?cursor=abc", "cursor"),
                Arguments.of("/api/v1/feed.atom?cursor=a&cursor=b", "cursor"),
                Arguments.of("/api/v1/feed.atom?limit=0", "limit"),
                Arguments.of("/api/v1/feed.atom?contry=UA", "contry"),
                Arguments.of("/api/v1/feed.atom?bbox=0,50,10,40", "bbox"),
                Arguments.of("/api/v1/publication-log?cursor=abc", "cursor"),
                Arguments.of("/api/v1/publication-log?limit=201", "limit"),
                Arguments.of("/api/v1/publication-log?limit=1&limit=2", "limit"),
                Arguments.of("/api/v1/publication-log?since=1", "since"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheParameter(String path, String field) {
        assertBadRequest(PublicHttp.get(path.replace("{id}", Long.toString(id("Kyiv")))), field);
    }

    private static void assertBadRequest(PublicHttp.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.path() + ": " + answer.text());
        assertEquals(Problems.PROBLEM, answer.mediaType(), answer.path());
        JsonNode problem = answer.json();
        assertEquals(400, problem.get("status").asInt());
        assertFalse(problem.get("detail").asText().isBlank());
        Set<String> fields = new HashSet<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.contains(field), answer.path() + " names " + field + ": " + answer.text());
        assertFalse(answer.text().contains("Exception"), answer.text());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        PublicHttp.Answer answer = PublicHttp.get("/api/v1/events?limit=0&bbox=1&from=x&contry=UA");
        assertEquals(400, answer.status());
        Set<String> fields = new TreeSet<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(new TreeSet<>(Set.of("limit", "bbox", "from", "contry")), fields);
    }

    @Test
    void aFormatNobodyOffersIs406() {
        for (String path : List.of("/api/v1/events", "/api/v1/events/" + id("Kyiv"))) {
            PublicHttp.Answer answer = PublicHttp.get(path, "Accept", "image/png");
            assertEquals(406, answer.status(), path + ": " + answer.text());
            assertEquals(Problems.PROBLEM, answer.mediaType());
            assertEquals(406, answer.json().get("status").asInt());
            assertFalse(answer.json().get("detail").asText().isBlank());
        }
        assertEquals(
                "text/csv",
                PublicHttp.get("/api/v1/events?q=" + N, "Accept", "text/csv")
                        .expect(200)
                        .mediaType());
        assertEquals(
                "application/geo+json",
                PublicHttp.get("/api/v1/events?q=" + N, "Accept", "application/geo+json")
                        .expect(200)
                        .mediaType());
        assertEquals(
                "application/json",
                PublicHttp.get("/api/v1/events?q=" + N, "Accept", "*/*")
                        .expect(200)
                        .mediaType());
    }

    @Test
    void hostileButHarmlessInputNeverBreaksAPublicAnswer() {
        // PublicHttp fails any 5xx and any cookie; these are the inputs most likely to cause one.
        List<String> paths = List.of(
                "/api/v1/events?q=" + encode("100%_\\'\"; drop table public_record; --"),
                "/api/v1/events?q=" + "x".repeat(3000),
                "/api/v1/events?place=" + encode("O'Brien's \"place\" %"),
                "/api/v1/events?q=" + encode("\u0000\u0007"),
                "/api/v1/feed.atom?q=" + encode("\u0000\u0007<]]>&"),
                "/api/v1/events.csv?q=" + encode("%"),
                "/api/v1/events/999999999999999999",
                "/api/v1/events/0",
                "/api/v1/events/-1",
                "/api/v1/events/abc",
                "/api/v1/events/1234567890123456789012",
                "/api/v1/publication-log/0",
                "/api/v1/publication-log/999999999999999999",
                "/api/v1/publication-log/abc",
                "/events?bbox=nonsense",
                "/events/abc",
                "/events/" + id("Kyiv") + "?version=abc",
                "/events/" + id("Kyiv") + "?version=99",
                "/events?cursor=" + encode("e1|event|n|x|y"),
                "/events/999999999999999999",
                // Browsers ask for it on every page by themselves; it must not open a session either.
                "/favicon.ico");
        for (String path : paths) {
            int status = PublicHttp.get(path).status();
            assertTrue(status == 200 || status == 400 || status == 404, path + " answered " + status);
        }
        PublicHttp.get("/api/v1/events?q=" + encode("100%")).expect(200);
        PublicHttp.get("/events?bbox=nonsense").expect(400);
        PublicHttp.get("/events/" + id("Kyiv") + "?version=99").expect(404);
        // Words are words: neither % nor _ is a wildcard, so the nonce with one letter replaced finds nothing.
        for (String wildcard : List.of("_", "%")) {
            String almost = N.substring(0, 4) + wildcard + N.substring(5);
            assertEquals(0, items("/api/v1/events?q=" + encode(almost)).size(), almost);
        }
        assertEquals(
                "text/html",
                PublicHttp.get("/static/reading-the-records.html").expect(200).mediaType());
    }

    // ---- the publication log ---------------------------------------------------------------------------------

    @Test
    void thePublicationLogIsAChainThatPagesAndVerifies() {
        List<JsonNode> entries = logEntries(200);
        assertFalse(entries.isEmpty());
        String previous = "0".repeat(64);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            assertEquals(
                    Set.of("seq", "recordId", "version", "kind", "title", "note", "at", "hash", "previousHash"),
                    names(e));
            assertEquals(i + 1, e.get("seq").asLong(), "numbered 1, 2, 3, … without gaps");
            assertEquals(previous, e.get("previousHash").asText(), "entry " + (i + 1) + " names its predecessor");
            assertTrue(e.get("hash").asText().matches("[0-9a-f]{64}"));
            assertNotNull(Instant.parse(e.get("at").asText()));
            previous = e.get("hash").asText();
        }
        // The scheduler may seal more entries meanwhile (records other tests scheduled): the log only grows.
        List<Long> inSmallPages =
                logEntries(7).stream().map(e -> e.get("seq").asLong()).toList();
        assertEquals(
                entries.stream().map(e -> e.get("seq").asLong()).toList(),
                inSmallPages.subList(0, Math.min(entries.size(), inSmallPages.size())),
                "small pages hold the same entries in the same order");

        JsonNode verify = PublicHttp.json("/api/v1/publication-log/verify");
        assertTrue(verify.get("valid").asBoolean(), verify.toString());
        assertEquals(entries.size(), verify.get("entries").asLong());
        assertEquals(previous, verify.get("head").asText());
        assertTrue(verify.get("firstBadEntry").isNull());
        assertEquals(0, verify.get("problemCount").asLong());

        JsonNode corrected = entries.stream()
                .filter(e -> e.get("recordId").asLong() == id("Corrected")
                        && e.get("version").asInt() == 2)
                .findFirst()
                .orElseThrow();
        assertEquals("CORRECTED", corrected.get("kind").asText());
        assertEquals(CORRECTION_NOTE, corrected.get("note").asText());
        assertEquals(
                corrected,
                PublicHttp.json(
                        "/api/v1/publication-log/" + corrected.get("seq").asLong()));
        JsonNode retraction = entries.stream()
                .filter(e -> e.get("recordId").asLong() == id("Retracted")
                        && e.get("kind").asText().equals("RETRACTED"))
                .findFirst()
                .orElseThrow();
        assertEquals(RETRACTION_REASON, retraction.get("note").asText());
        PublicHttp.get("/api/v1/publication-log/" + (entries.size() + 1000)).expect(404);
        Set<Long> logged = entries.stream().map(e -> e.get("recordId").asLong()).collect(Collectors.toSet());
        HIDDEN.values().forEach(hidden -> assertFalse(logged.contains(hidden.id())));
    }

    private static List<JsonNode> logEntries(int limit) {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        do {
            PublicHttp.Answer page = PublicHttp.get(
                            "/api/v1/publication-log?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            JsonNode json = page.json();
            assertTrue(json.get("entries").size() <= limit);
            json.get("entries").forEach(entries::add);
            cursor = json.get("next").isNull() ? null : json.get("next").asText();
            assertEquals(cursor != null, page.header("Link") != null, "Link: rel=next exactly when there is more");
        } while (cursor != null);
        return entries;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static List<JsonNode> items(String path) {
        List<JsonNode> items = new ArrayList<>();
        PublicHttp.json(path).get("items").forEach(items::add);
        return items;
    }

    private static List<Long> ids(PublicHttp.Answer page) {
        List<Long> ids = new ArrayList<>();
        page.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static Set<Long> listedIds(String path) {
        return items(path).stream().map(i -> i.get("id").asLong()).collect(Collectors.toSet());
    }

    /** The ids of a CSV export of the list asked for by Accept. */
    private static Set<Long> listedIds(String path, String accept) throws IOException {
        PublicHttp.Answer answer = PublicHttp.get(path, "Accept", accept).expect(200);
        assertEquals(accept, answer.mediaType());
        return Csv.read(answer.text()).byColumn("id").keySet().stream()
                .map(Long::parseLong)
                .collect(Collectors.toSet());
    }

    private static Set<String> ids(java.util.Collection<String> names) {
        return names.stream().map(n -> Long.toString(id(n))).collect(Collectors.toSet());
    }

    /** The records by name, newest event first, as the list orders them. */
    private static List<Long> inEventOrder(List<String> names) {
        Map<Long, Instant> starts = new HashMap<>();
        for (JsonNode item : items("/api/v1/events?q=" + N + "&limit=200")) {
            starts.put(
                    item.get("id").asLong(),
                    java.time.OffsetDateTime.parse(item.at("/time/start").asText())
                            .toInstant());
        }
        return names.stream()
                .map(PublicApiIT::id)
                .sorted(Comparator.comparing((Long id) -> starts.get(id))
                        .reversed()
                        .thenComparing(Comparator.<Long>reverseOrder()))
                .toList();
    }

    private static List<String> names(List<Long> ids) {
        Map<Long, String> byId = new HashMap<>();
        RECORDS.forEach((name, r) -> byId.put(r.id(), name));
        return ids.stream().map(byId::get).toList();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static void collectStrings(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, strings));
    }

    /** A fact's single quote: the words of the source, and the source they come from. */
    private static void assertQuote(JsonNode fact, PublishedRecords.Source source, String words) {
        JsonNode evidence = fact.isArray() ? fact : fact.get("evidence");
        assertEquals(1, evidence.size(), fact.toString());
        assertEquals(Set.of("sourceId", "quote"), names(evidence.get(0)));
        assertEquals(source.id(), evidence.get(0).get("sourceId").asLong());
        assertEquals(words, evidence.get(0).get("quote").asText());
    }

    private static byte[] serialize(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}

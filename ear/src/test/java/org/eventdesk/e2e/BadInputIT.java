package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Malformed and hostile input to every endpoint of the deployed desk, generated: each case takes a valid request
 * for one endpoint of {@link #ENDPOINTS} and spoils one thing in it (a field's value, the whole body, a header, the
 * path, a query parameter's value, an unknown or a repeated parameter) with a value drawn from {@link
 * #hostileValue(int)}: strings over every limit, wrong JSON types, nulls, deep nesting, huge arrays, invalid UTF-8,
 * {@code \u0000}, lone surrogates, XSS and spreadsheet formulas, numbers no column holds.
 *
 * <p>What must hold for every case: no answer is a 5xx; a refusal is one of the statuses the case allows (400,
 * 413, 415, 422, or 401/403/404/409/412/428 where that is the right answer) as an {@code application/problem+json}
 * body without a stack trace; and a 400 names the spoilt field (or the body, when the JSON itself is unreadable):
 * since the rest of the request is valid, a 400 that names another field is a defect too. Accepting a hostile
 * value is fine where it is valid text (an XSS payload is a legal title; every page escapes it). The public
 * endpoints take no token and refuse a parameter they do not know (a {@code 400} naming it, never a silently
 * unfiltered list). The reader's pages refuse with an HTML page, not a problem: a {@code 400} page names the
 * parameter, and no page shows markup from the address unescaped.
 *
 * <p>New endpoints are one line of {@link #ENDPOINTS}. The cases come from QuickTheories, a bounded number of them
 * ({@value #CASES} drawn; one drawn twice is sent once) from a fixed seed, printed, so a run is repeatable and CI
 * stays short; {@code -Dbad.input.seed=<n>} draws another set (or replays the one a report names). A failing case
 * is shrunk to a smaller one that still fails and reported with the seed. The suite prints the cases sent per
 * endpoint.
 */
class BadInputIT {
    private static final int CASES = 1500;
    /** The seed of every run, unless {@code -Dbad.input.seed} names another. */
    private static final long SEED = Long.getLong("bad.input.seed", 20_251_227L);
    /** Smaller variants of a failing case tried before it is reported: each is a request, so a bounded few. */
    private static final int SHRINK_CYCLES = 200;
    /**
     * The longest value (as JSON text) put into an address or a form: one of megabytes is refused by the web server
     * before the desk sees it, while smaller ones test what the desk refuses.
     */
    private static final int ADDRESS_SIZE = 12_000;

    private static final String EDITOR = "demo-editor-token";
    private static final String EDITOR2 = "demo-editor2-token";
    private static final String ADMIN = "demo-admin-token";
    private static final String REVIEWER = "demo-reviewer-token";
    private static final String MARK = "\uE000hostile\uE000";
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
    /** Where a path names its record or log entry. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(id|seq)\\}");

    private static final Map<String, int[]> SENT = new TreeMap<>();
    private static final Map<String, Map<Integer, Integer>> STATUSES = new TreeMap<>();
    private static int serverErrors;

    // ---- the endpoints ----------------------------------------------------------------------------------------

    /** What a case spoils. */
    enum Part {
        FIELD,
        BODY,
        IF_MATCH,
        CONTENT_TYPE,
        AUTHORIZATION,
        PATH,
        /** A parameter's value. */
        QUERY,
        /** A parameter the endpoint does not take, added. */
        UNKNOWN_PARAMETER,
        /** A parameter it takes, given a second time. */
        REPEATED_PARAMETER
    }

    /**
     * One endpoint: how to make a valid request (method, path with {@code {id}} or {@code {seq}} taken from the
     * target, token, template body or query), and which parts of it a case may spoil.
     *
     * @param target the record, source or log entry the path names, made afresh after a case changed it ({@link
     *     Target})
     * @param template a valid body (JSON object), query (its members as parameters) or form (its members as fields)
     * @param changesState whether a 2xx answer uses the target up (a record approved is no longer in review)
     * @param strict whether the endpoint refuses parameters it does not take (the public ones do, by name)
     * @param html whether it answers with a reader's page (HTML) rather than JSON
     */
    record Endpoint(
            String name,
            String method,
            String path,
            String token,
            Target target,
            Kind kind,
            Supplier<ObjectNode> template,
            boolean ifMatch,
            boolean changesState,
            boolean strict,
            boolean html) {
        enum Kind {
            JSON,
            QUERY,
            NONE,
            FORM
        }

        static Endpoint json(String method, String path, String token, Target target, Supplier<ObjectNode> body) {
            return new Endpoint(
                    method + " " + path, method, path, token, target, Kind.JSON, body, false, true, false, false);
        }

        static Endpoint get(String path, String token, Target target) {
            return new Endpoint(
                    "GET " + path, "GET", path, token, target, Kind.NONE, Api::object, false, false, false, false);
        }

        static Endpoint delete(String path, String token, Target target) {
            return new Endpoint(
                    "DELETE " + path,
                    "DELETE",
                    path,
                    token,
                    target,
                    Kind.NONE,
                    Api::object,
                    false,
                    false,
                    false,
                    false);
        }

        static Endpoint query(String path, String token, Supplier<ObjectNode> parameters) {
            return new Endpoint(
                    "GET " + path, "GET", path, token, Target.NONE, Kind.QUERY, parameters, false, false, false, false);
        }

        static Endpoint form(String path, Supplier<ObjectNode> fields) {
            return new Endpoint(
                    "POST " + path, "POST", path, null, Target.NONE, Kind.FORM, fields, false, false, false, false);
        }

        /** A public endpoint without parameters: anyone, no token. */
        static Endpoint publicGet(String path, Target target) {
            return new Endpoint(
                    "GET " + path, "GET", path, null, target, Kind.NONE, Api::object, false, false, true, false);
        }

        /** A public endpoint with parameters: anyone, no token. */
        static Endpoint publicQuery(String path, Target target, Supplier<ObjectNode> parameters) {
            return new Endpoint(
                    "GET " + path, "GET", path, null, target, Kind.QUERY, parameters, false, false, true, false);
        }

        /** A reader's page: public, and an HTML page whatever the answer. */
        static Endpoint page(String path, Target target, Supplier<ObjectNode> parameters) {
            return new Endpoint(
                    "GET " + path, "GET", path, null, target, Kind.QUERY, parameters, false, false, true, true);
        }

        Endpoint versioned() {
            return new Endpoint(name, method, path, token, target, kind, template, true, changesState, strict, html);
        }

        Endpoint keepsState() {
            return new Endpoint(name, method, path, token, target, kind, template, ifMatch, false, strict, html);
        }

        List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            switch (kind) {
                case JSON -> {
                    if (!template.get().isEmpty()) {
                        parts.addAll(List.of(Part.FIELD, Part.FIELD, Part.FIELD));
                    }
                    parts.addAll(List.of(Part.BODY, Part.CONTENT_TYPE));
                }
                case QUERY -> {
                    parts.addAll(List.of(Part.QUERY, Part.QUERY));
                    if (strict) {
                        parts.addAll(List.of(Part.QUERY, Part.UNKNOWN_PARAMETER, Part.REPEATED_PARAMETER));
                    }
                }
                case FORM -> parts.addAll(List.of(Part.FIELD, Part.FIELD, Part.BODY));
                case NONE -> {
                    parts.add(Part.BODY);
                    if (strict) {
                        parts.add(Part.UNKNOWN_PARAMETER);
                    }
                }
            }
            if (kind != Kind.FORM) {
                parts.add(Part.AUTHORIZATION);
            }
            if (PLACEHOLDER.matcher(path).find()) {
                parts.add(Part.PATH);
            }
            if (ifMatch) {
                parts.addAll(List.of(Part.IF_MATCH, Part.IF_MATCH));
            }
            return parts;
        }
    }

    /** The desk's endpoints, one line each. */
    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.json("POST", "/api/v1/sources", EDITOR, Target.NONE, BadInputIT::source),
            Endpoint.get("/api/v1/sources/{id}", EDITOR, Target.SOURCE),
            Endpoint.get("/api/v1/sources/{id}/suggestions", EDITOR, Target.SOURCE),
            Endpoint.get("/api/v1/sources/{id}/similar-records", EDITOR, Target.SOURCE),
            Endpoint.get("/api/v1/sources/{id}/draft-records", EDITOR, Target.SOURCE),
            Endpoint.json(
                            "POST",
                            "/api/v1/sources/{id}/suggestions/rejections",
                            EDITOR,
                            Target.SOURCE,
                            () -> Api.object()
                                    .put("kind", "figure")
                                    .put("start", 0)
                                    .put("end", 3))
                    .keepsState(),
            Endpoint.json("POST", "/api/v1/records", EDITOR, Target.NONE, BadInputIT::record),
            Endpoint.get("/api/v1/records/{id}", EDITOR, Target.DRAFT),
            Endpoint.json("PUT", "/api/v1/records/{id}", EDITOR, Target.DRAFT, BadInputIT::record)
                    .versioned()
                    .keepsState(),
            Endpoint.query("/api/v1/records", EDITOR, BadInputIT::listQuery),
            Endpoint.get("/api/v1/records/{id}/history", EDITOR, Target.DRAFT),
            Endpoint.json("POST", "/api/v1/records/{id}/submit", EDITOR, Target.DRAFT, Api::object),
            Endpoint.json("POST", "/api/v1/records/{id}/approve", REVIEWER, Target.SUBMITTED, Api::object)
                    .versioned(),
            Endpoint.json("POST", "/api/v1/records/{id}/return", REVIEWER, Target.SUBMITTED, () -> Api.object()
                            .put("comment", "Name the district"))
                    .versioned(),
            Endpoint.json("POST", "/api/v1/records/{id}/publish", EDITOR, Target.APPROVED, () -> Api.object()
                            .put("at", "2099-01-01T00:00:00+00:00"))
                    .versioned(),
            Endpoint.json("POST", "/api/v1/records/{id}/spike", EDITOR, Target.DRAFT, () -> Api.object()
                    .put("reason", "A duplicate")),
            Endpoint.json("POST", "/api/v1/records/{id}/retract", REVIEWER, Target.PUBLISHED, () -> Api.object()
                    .put("reason", "Misreported")),
            Endpoint.json("POST", "/api/v1/records/{id}/corrections", EDITOR2, Target.PUBLISHED, () -> Api.object()
                    .put("note", "The toll was two")),
            Endpoint.json("PUT", "/api/v1/records/{id}/correction-note", EDITOR2, Target.CORRECTING, () -> Api.object()
                            .put("note", "The toll was two"))
                    .keepsState(),
            Endpoint.get("/api/v1/records/{id}/facts", REVIEWER, Target.SUBMITTED),
            Endpoint.json("PUT", "/api/v1/records/{id}/facts/{fact}/check", REVIEWER, Target.SUBMITTED, Api::object)
                    .keepsState(),
            Endpoint.delete("/api/v1/records/{id}/facts/{fact}/check", REVIEWER, Target.SUBMITTED),
            Endpoint.json(
                            "POST",
                            "/api/v1/records/{id}/facts/{fact}/comments",
                            REVIEWER,
                            Target.SUBMITTED,
                            () -> Api.object().put("text", "Which district?"))
                    .keepsState(),
            Endpoint.query("/api/v1/security-log", ADMIN, BadInputIT::securityLogQuery),
            Endpoint.get("/api/v1/search-index", ADMIN, Target.NONE),
            Endpoint.get("/api/v1/imports", ADMIN, Target.NONE),
            Endpoint.get("/api/v1/imports/{id}", ADMIN, Target.IMPORT),
            Endpoint.get("/api/v1/imports/{id}/report.csv", ADMIN, Target.IMPORT),
            Endpoint.get("/api/v1/taxonomy", EDITOR, Target.NONE),
            Endpoint.get("/api/v1/figure-categories", EDITOR, Target.NONE),
            Endpoint.publicQuery("/api/v1/events", Target.NONE, BadInputIT::publicList),
            Endpoint.publicQuery("/api/v1/events.csv", Target.NONE, BadInputIT::csvExport),
            Endpoint.publicQuery("/api/v1/events.geojson", Target.NONE, BadInputIT::publicFilters),
            Endpoint.publicQuery("/api/v1/events.jsonld", Target.NONE, BadInputIT::publicList),
            Endpoint.publicQuery("/api/v1/events/{id}", Target.PUBLIC, BadInputIT::versionQuery),
            Endpoint.publicQuery("/api/v1/events/{id}.jsonld", Target.PUBLIC, BadInputIT::versionQuery),
            Endpoint.publicGet("/api/v1/events/{id}/versions", Target.PUBLIC),
            Endpoint.publicQuery("/api/v1/feed.atom", Target.NONE, BadInputIT::feedQuery),
            Endpoint.publicQuery("/api/v1/publication-log", Target.NONE, BadInputIT::logQuery),
            Endpoint.publicGet("/api/v1/publication-log/{seq}", Target.LOG_ENTRY),
            Endpoint.page("/events", Target.NONE, BadInputIT::readerList),
            Endpoint.page("/events/{id}", Target.PUBLIC, BadInputIT::versionQuery),
            Endpoint.form("/login", () -> Api.object()
                    .put("username", "nobody-" + UUID.randomUUID().toString().substring(0, 8))
                    .put("password", "not the password")));

    // ---- what the requests are about --------------------------------------------------------------------------

    /** What a path names, in the state the endpoint needs; made again once a case used it up. */
    enum Target {
        NONE,
        SOURCE,
        DRAFT,
        SUBMITTED,
        APPROVED,
        /** A published record that the workflow endpoints retract or correct. */
        PUBLISHED,
        /** A published record that only the public endpoints read, so it stays as it was published. */
        PUBLIC,
        /** A published record whose correction was started, without its note yet. */
        CORRECTING,
        /** The publication-log entry that sealed {@link #PUBLIC}. */
        LOG_ENTRY,
        /** An archive import of a small ACLED file. */
        IMPORT;

        private Long current;

        long id() {
            if (current == null) {
                current = make();
            }
            return current;
        }

        void usedUp() {
            current = null;
        }

        private long make() {
            return switch (this) {
                case NONE -> 0;
                case SOURCE -> source;
                case DRAFT -> ReadyRecords.create(EDITOR, "Bad input target");
                case SUBMITTED -> advance(DRAFT.make(), "submit", EDITOR);
                case APPROVED -> advance(SUBMITTED.make(), "approve", REVIEWER);
                case PUBLISHED, PUBLIC -> advance(APPROVED.make(), "publish", EDITOR);
                case CORRECTING -> advance(PUBLISHED.make(), "corrections", EDITOR2);
                case LOG_ENTRY ->
                    Api.get("/api/v1/events/" + PUBLIC.id() + "/versions", null)
                            .json()
                            .path("versions")
                            .path(0)
                            .path("entry")
                            .asLong();
                case IMPORT -> {
                    String location = ArchiveImportIT.upload(
                                    "?format=acled", ADMIN, AcledFiles.sample(AcledFiles.run()))
                            .location();
                    yield Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
                }
            };
        }

        private static long advance(long id, String step, String token) {
            Api.Answer answer = ReadyRecords.step(id, step, token, null);
            if (answer.status() != 200) {
                throw new AssertionError(step + " " + id + ": " + answer.body());
            }
            return id;
        }
    }

    private static long source;
    private static String sourceText;
    private static long linkTarget;
    private static String eventsCursor;
    private static String feedCursor;
    private static String logCursor;

    @BeforeAll
    static void material() {
        JsonNode made = ReadyRecords.source(EDITOR);
        source = made.get("id").asLong();
        sourceText = made.get("text").asText();
        linkTarget = ReadyRecords.create(EDITOR, "Linked from bad input");
        // The record the public endpoints read, and one more, so that every public list has a second page and the
        // templates carry a cursor the desk itself gave out (cursors are opaque: a client never makes one).
        Target.PUBLIC.id();
        Target.PUBLISHED.id();
        assertTrue(Target.LOG_ENTRY.id() > 0, "the published record has no log entry");
        eventsCursor =
                Api.get("/api/v1/events?limit=1", null).json().path("next").asText(null);
        logCursor = Api.get("/api/v1/publication-log?limit=1", null)
                .json()
                .path("next")
                .asText(null);
        feedCursor = nextInFeed(Api.get("/api/v1/feed.atom?limit=1", null).body());
        assertNotNull(eventsCursor, "the public list has no second page");
        assertNotNull(logCursor, "the publication log has no second page");
    }

    /** The {@code cursor} of the Atom feed's {@code rel="next"} link. */
    private static String nextInFeed(String atom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList links = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(atom)))
                    .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element) links.item(i);
                if (link.getAttribute("rel").equals("next")) {
                    for (String parameter :
                            URI.create(link.getAttribute("href")).getRawQuery().split("&")) {
                        if (parameter.startsWith("cursor=")) {
                            return URLDecoder.decode(parameter.substring(7), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        } catch (Exception unreadable) {
            throw new AssertionError("the feed is not Atom: " + atom, unreadable);
        }
        throw new AssertionError("the feed has no next page: " + atom);
    }

    private static ObjectNode source() {
        String nonce = UUID.randomUUID().toString();
        return Api.object()
                .put("title", "Strike on the port")
                .put("outlet", "Bad Input Wire")
                .put("author", "Tess Tester")
                .put("url", "https://example.com/news/" + nonce)
                .put("publishedAt", "2025-12-27T12:00:00+02:00")
                .put("retrievedAt", "2025-12-27T12:30:00+00:00")
                .put("kind", "WIRE")
                .put("language", "en")
                .put("text", "Two people were killed in the port district, officials said (" + nonce + ").");
    }

    private static ObjectNode evidence(String words) {
        int start = sourceText.indexOf(words);
        return Api.object().put("sourceId", source).put("start", start).put("end", start + words.length());
    }

    private static ObjectNode record() {
        ObjectNode record = Api.object()
                .put("type", "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE")
                .put("title", "Strike on the port")
                .put("summary", "Two people were killed.")
                .put("occurrence", "HAPPENED")
                .put("verification", "DISPUTED");
        record.putArray("summaryEvidence").add(evidence("Two people were killed"));
        ObjectNode time = record.putObject("time")
                .put("start", "2025-12-27T11:20:00+02:00")
                .put("end", "2025-12-27T12:20:00+02:00")
                .put("precision", "MINUTE")
                .put("zone", "Europe/Kyiv");
        time.putArray("evidence").add(evidence("on Saturday"));
        ObjectNode place = record.putArray("places")
                .addObject()
                .put("name", "Port district")
                .put("country", "UA")
                .put("admin1", "Odesa Oblast")
                .put("admin2", "Odesa")
                .put("lat", 46.48)
                .put("lon", 30.73)
                .put("precision", "NEAR");
        place.putArray("evidence").add(evidence("the port district"));
        ObjectNode actor = record.putArray("actors")
                .addObject()
                .put("name", "Russia")
                .put("kind", "STATE")
                .put("role", "INITIATOR");
        actor.putArray("evidence");
        ObjectNode figure = record.putArray("figures")
                .addObject()
                .put("category", "KILLED")
                .put("qualifier", "EXACT")
                .put("value", 2)
                .put("asOf", "2025-12-27T12:00:00+00:00")
                .put("attribution", "officials");
        figure.putArray("evidence").add(evidence("Two people were killed"));
        ObjectNode claim = record.putArray("claims")
                .addObject()
                .put("speaker", "Officials")
                .put("text", "Two people were killed")
                .put("form", "PARAPHRASE")
                .put("medium", "statement")
                .put("time", "2025-12-27T12:00:00+00:00");
        claim.putArray("evidence").add(evidence("officials said"));
        record.putArray("links").addObject().put("relation", "FOLLOWS").put("recordId", linkTarget);
        record.putArray("tags").add("port").add("strike");
        return record;
    }

    private static ObjectNode listQuery() {
        return Api.object()
                .put("q", "port")
                .put("type", "EXPLOSIONS_REMOTE_VIOLENCE")
                .put("status", "DRAFT")
                .put("from", "2025-01-01")
                .put("to", "2026-12-31")
                .put("place", "Port")
                .put("country", "UA")
                .put("actor", "Russia")
                .put("verification", "SINGLE_SOURCE")
                .put("category", "KILLED")
                .put("order", "event")
                .put("limit", "20");
    }

    /** Every filter of the public lists, each with a valid value. */
    private static ObjectNode publicFilters() {
        return Api.object()
                .put("q", "port")
                .put("type", "EXPLOSIONS_REMOTE_VIOLENCE")
                .put("country", "UA")
                .put("place", "Port")
                .put("bbox", "22,44,41,53")
                .put("from", "2025-01-01")
                .put("to", "2026-12-31")
                .put("updatedSince", "2025-01-01T00:00:00+00:00")
                .put("verification", "SINGLE_SOURCE")
                .put("category", "KILLED")
                .put("order", "event");
    }

    /** A page of the public list: the filters, a page size and where the page starts. */
    private static ObjectNode publicList() {
        return publicFilters().put("limit", "20").put("cursor", eventsCursor);
    }

    /** The CSV export is whole (no page size or cursor) and takes its columns' {@code format}. */
    private static ObjectNode csvExport() {
        return publicFilters().put("format", "acled");
    }

    private static ObjectNode feedQuery() {
        return publicFilters().put("limit", "20").put("cursor", feedCursor);
    }

    private static ObjectNode securityLogQuery() {
        return Api.object()
                .put("kind", "LOGIN_FAILED")
                .put("user", "editor")
                .put("address", "127.0.0.1")
                .put("from", "2025-01-01T00:00:00Z")
                .put("to", "2099-01-01T00:00:00Z")
                .put("limit", "20")
                .put("offset", "0");
    }

    private static ObjectNode logQuery() {
        return Api.object().put("limit", "20").put("cursor", logCursor);
    }

    /** The reader's list: the filters and a cursor; its pages are always 50 long. */
    private static ObjectNode readerList() {
        return publicFilters().put("cursor", eventsCursor);
    }

    private static ObjectNode versionQuery() {
        return Api.object().put("version", "1");
    }

    // ---- the hostile values -----------------------------------------------------------------------------------

    /** A value to put where a valid one was: JSON text as it goes on the wire (bytes, for invalid UTF-8). */
    record Hostile(String kind, String json, boolean invalidUtf8, boolean huge) {
        static Hostile text(String kind, String value) {
            return new Hostile(kind, Api.JSON.getNodeFactory().textNode(value).toString(), false, false);
        }

        static Hostile raw(String kind, String json) {
            return new Hostile(kind, json, false, false);
        }

        /** The value as a form field or a query parameter: a string, whatever its JSON was. */
        String asText() {
            try {
                JsonNode node = Api.JSON.readTree(json);
                return node.isTextual() ? node.asText() : json;
            } catch (IOException notJson) {
                return json;
            }
        }

        @Override
        public String toString() {
            return kind + (json.length() > 60 ? " (" + json.length() + " chars)" : " " + json);
        }
    }

    private static final List<Integer> OVERSIZE_LENGTHS =
            List.of(36, 61, 65, 101, 201, 301, 501, 2_001, 4_001, 10_001, 100_000);
    private static final List<String> OVERSIZE_UNITS = List.of("x", "İ", "я", "😀", "a ");

    private static final List<Hostile> FIXED_VALUES = List.of(
            Hostile.raw("null", "null"),
            Hostile.raw("number", "12345"),
            Hostile.raw("negative", "-1"),
            Hostile.raw("fraction", "0.000001"),
            Hostile.raw("huge number", "1e999999999"),
            Hostile.raw("long number", "9".repeat(2000)),
            Hostile.raw("boolean", "true"),
            Hostile.raw("object", "{\"a\": {\"b\": [1, 2]}}"),
            Hostile.raw("array", "[\"a\", 1, null, {}]"),
            Hostile.raw("empty string", "\"\""),
            Hostile.raw("blank string", "\"   \\t\\n  \""),
            Hostile.text("NUL", "port\u0000district"),
            Hostile.raw("lone surrogate", "\"\\ud800 port\""),
            Hostile.text("control characters", "a\u0001\u0007\u001b[31mred\r\nb"),
            Hostile.text("XSS script", "<script>alert(document.cookie)</script>"),
            Hostile.text("XSS attribute", "\"><img src=x onerror=alert(1)>"),
            Hostile.text("javascript URL", "javascript:alert(1)"),
            Hostile.text("formula", "=HYPERLINK(\"http://evil.example\",\"click\")"),
            Hostile.text("formula DDE", "+cmd|' /C calc'!A0"),
            Hostile.text("formula at", "@SUM(1+1)*cmd|' /C calc'!A0"),
            Hostile.text("SQL", "' OR '1'='1'; DROP TABLE event_record; --"),
            Hostile.text("path", "../../../../etc/passwd"),
            Hostile.text("right-to-left", "\u202Egnp.exe"),
            Hostile.raw("deep nesting", "[".repeat(50_000) + "]".repeat(50_000)),
            Hostile.raw("deep objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)),
            Hostile.raw("huge array", "[" + "0,".repeat(200_000) + "0]"),
            Hostile.raw("many objects", "[" + "{},".repeat(5_000) + "{}]"),
            new Hostile(
                    "invalid UTF-8", Api.JSON.getNodeFactory().textNode(MARK).toString(), true, false),
            new Hostile(
                    "over 5 MB",
                    Api.JSON.getNodeFactory().textNode("x".repeat(5_300_000)).toString(),
                    false,
                    true));

    /** Bodies that are not a valid JSON object at all. */
    private static final List<Hostile> HOSTILE_BODIES = List.of(
            Hostile.raw("empty body", ""),
            Hostile.raw("not JSON", "<html><body>hello</body></html>"),
            Hostile.raw("truncated", "{\"title\": \"Strike"),
            Hostile.raw("array body", "[1, 2, 3]"),
            Hostile.raw("null body", "null"),
            Hostile.raw("string body", "\"just a string\""),
            Hostile.raw("duplicate keys", "{\"title\": \"a\", \"title\": \"b\"}"),
            Hostile.raw("trailing garbage", "{} {}"),
            Hostile.raw("comments", "{/* no */ \"a\": 1}"),
            Hostile.raw("deep nesting", "[".repeat(100_000)),
            Hostile.raw("huge number", "1e999999999"),
            new Hostile(
                    "invalid UTF-8", "{\"title\": " + Api.JSON.getNodeFactory().textNode(MARK) + "}", true, false),
            new Hostile("over 5 MB", "[" + "0,".repeat(2_700_000) + "0]", false, true));

    /** Names no endpoint takes: typos, other sites' conventions, markup, formulas, NUL, a name of 300 letters. */
    private static final List<String> UNKNOWN_NAMES = List.of(
            "contry",
            "Country",
            "q[]",
            "page",
            "offset",
            "callback",
            "utm_source",
            "x".repeat(300),
            "<script>alert(1)</script>",
            "=HYPERLINK(\"http://evil.example\")",
            "я",
            "😀",
            "a\u0000b",
            "%zz");

    /**
     * A hostile value of at most {@code maxJsonLength} characters as JSON: three times in ten a string over a limit
     * (of every length a column has, in letters that grow when lower-cased or take two UTF-16 units), otherwise a
     * fixed one (wrong types, nesting, markup, formulas, bytes that are not UTF-8, ...).
     */
    static Gen<Hostile> hostileValue(int maxJsonLength) {
        List<Pair<Integer, String>> sizes = new ArrayList<>();
        for (int length : OVERSIZE_LENGTHS) {
            for (String unit : OVERSIZE_UNITS) {
                if ((long) length * unit.length() + 2 <= maxJsonLength) {
                    sizes.add(Pair.of(length, unit));
                }
            }
        }
        Gen<Hostile> oversize = Generate.pick(sizes)
                .map(size -> Hostile.text("oversize " + size._1 + " × " + size._2, size._2.repeat(size._1)));
        Gen<Hostile> fixed = Generate.pick(FIXED_VALUES.stream()
                .filter(h -> h.json().length() <= maxJsonLength)
                .toList());
        return Generate.frequency(Pair.of(3, oversize), Pair.of(7, fixed));
    }

    // ---- the cases --------------------------------------------------------------------------------------------

    /** One spoilt request: the endpoint, what is spoilt, where (a field path or parameter) and with what. */
    record Case(Endpoint endpoint, Part part, List<Object> path, Hostile value) {
        /** The field as the desk names it: {@code figures[0].evidence[0].start}. */
        String field() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    name.append(name.isEmpty() ? "" : ".").append(step);
                }
            }
            return name.toString();
        }

        @Override
        public String toString() {
            return endpoint.name() + ": " + part + (path.isEmpty() ? "" : " " + field()) + " = " + value;
        }
    }

    /** Every case: an endpoint, one part of its request, and what that part becomes. */
    static Gen<Case> cases() {
        return Generate.pick(ENDPOINTS).<Case>flatMap(endpoint -> Generate.pick(endpoint.parts())
                .<Case>flatMap(part -> cases(endpoint, part)));
    }

    private static Gen<Case> cases(Endpoint endpoint, Part part) {
        return switch (part) {
            case FIELD, QUERY ->
                Generate.pick(fieldPaths(endpoint.template().get(), part == Part.FIELD))
                        .zip(
                                part == Part.QUERY || endpoint.kind() == Endpoint.Kind.FORM
                                        ? hostileValue(ADDRESS_SIZE)
                                        : hostileValue(Integer.MAX_VALUE),
                                (path, value) -> new Case(endpoint, part, path, value));
            case UNKNOWN_PARAMETER ->
                Generate.pick(UNKNOWN_NAMES)
                        .zip(
                                hostileValue(ADDRESS_SIZE),
                                (name, value) -> new Case(endpoint, part, List.of(name), value));
            case REPEATED_PARAMETER -> {
                // Once more with its own valid value, or with a hostile one.
                ObjectNode template = endpoint.template().get();
                yield Generate.pick(fieldPaths(template, false))
                        .zip(
                                Generate.booleans(),
                                hostileValue(ADDRESS_SIZE),
                                (path, again, value) -> new Case(
                                        endpoint,
                                        part,
                                        path,
                                        again
                                                ? Hostile.text(
                                                        "the same value again",
                                                        template.get((String) path.get(0))
                                                                .asText())
                                                : value));
            }
            case BODY -> Generate.pick(HOSTILE_BODIES).map(value -> new Case(endpoint, part, List.of(), value));
            case IF_MATCH ->
                valuesFor(
                        endpoint,
                        part,
                        "If-Match",
                        "",
                        "*",
                        "3",
                        "\"abc\"",
                        "W/\"1\"",
                        "\"999999999\"",
                        "\"-1\"",
                        "\"1\", \"2\"",
                        "x".repeat(6000),
                        "\"99999999999999999999\"");
            case CONTENT_TYPE ->
                valuesFor(
                        endpoint,
                        part,
                        "Content-Type",
                        "text/plain",
                        "application/xml",
                        "multipart/form-data",
                        "application/x-www-form-urlencoded",
                        "application/json; charset=ISO-8859-1");
            case AUTHORIZATION ->
                valuesFor(
                        endpoint,
                        part,
                        "Authorization",
                        "Bearer ",
                        "Bearer x",
                        "Basic YWRtaW46YWRtaW4=",
                        "Bearer " + "y".repeat(5000),
                        "bearer demo-editor-token\u0001",
                        "Bearer demo-partner-token");
            case PATH ->
                valuesFor(
                        endpoint,
                        part,
                        "path id",
                        "0",
                        "-1",
                        "99999999999999999999",
                        "1e3",
                        "%00",
                        "..%2F..%2Fetc",
                        "abc",
                        "9223372036854775807",
                        "1%20OR%201=1",
                        "<script>");
        };
    }

    /** Cases that put one of the values where a header (or the path's id) goes. */
    private static Gen<Case> valuesFor(Endpoint endpoint, Part part, String what, String... values) {
        return Generate.pick(List.of(values)).map(v -> new Case(endpoint, part, List.of(), Hostile.text(what, v)));
    }

    /** Every member of the template, nested ones by their path, that a case may spoil. */
    private static List<List<Object>> fieldPaths(JsonNode node, boolean nested) {
        List<List<Object>> paths = new ArrayList<>();
        collect(node, new ArrayList<>(), paths, nested);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> at, List<List<Object>> paths, boolean nested) {
        if (!at.isEmpty()) {
            paths.add(List.copyOf(at));
        }
        if (!nested && !at.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                at.add(name);
                collect(node.get(name), at, paths, nested);
                at.remove(at.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                collect(node.get(i), at, paths, nested);
                at.remove(at.size() - 1);
            }
        }
    }

    @Test
    void noRequestGetsA5xxAndEveryRefusalNamesWhatIsWrong() {
        System.out.printf(
                "Bad-input suite: %d cases drawn from seed %d (one drawn twice is sent once; -Dbad.input.seed=<n> draws"
                        + " another set)%n",
                CASES, SEED);
        QuickTheory.qt()
                .withExamples(CASES)
                .withFixedSeed(SEED)
                .withShrinkCycles(SHRINK_CYCLES)
                .forAll(cases())
                .checkAssert(BadInputIT::check);
    }

    private static void check(Case c) {
        Endpoint endpoint = c.endpoint();
        long id = endpoint.target().id();
        Answer answer = endpoint.kind() == Endpoint.Kind.FORM ? sendForm(c) : sendApi(c, id);
        count(endpoint, answer.status());
        assertTrue(answer.status() < 500, () -> c + " answered " + answer.status() + ": " + answer.body());
        if (answer.status() / 100 == 2 && endpoint.changesState()) {
            endpoint.target().usedUp();
        }
        if (c.part() == Part.UNKNOWN_PARAMETER) {
            assertEquals(
                    400,
                    answer.status(),
                    () -> c + ": a parameter the endpoint does not take was not refused: " + answer.body());
        }
        if (endpoint.kind() == Endpoint.Kind.FORM) {
            assertLoginAnswer(c, answer);
        } else if (endpoint.html()) {
            assertPage(c, answer);
        } else if (answer.status() >= 400) {
            assertRefusal(c, answer);
        }
    }

    /** The login form answers as a form does: back to the login screen with a reason, or a refusal. */
    private static void assertLoginAnswer(Case c, Answer answer) {
        if (answer.status() == 302 || answer.status() == 303) {
            String location = answer.location() == null ? "" : answer.location();
            assertTrue(
                    location.matches(".*/login\\?(error|locked|disabled).*"),
                    () -> c + " was sent to " + location + " instead of back to the login screen");
        } else {
            assertTrue(
                    Set.of(400, 403, 413, 415).contains(answer.status()),
                    () -> c + " answered " + answer.status() + ": " + answer.body());
        }
    }

    private static void assertRefusal(Case c, Answer answer) {
        Set<Integer> allowed = allowed(c);
        assertTrue(
                allowed.contains(answer.status()),
                () -> c + " answered " + answer.status() + " (allowed " + allowed + "): " + answer.body());
        if (c.part() == Part.PATH && answer.body().isBlank()) {
            return; // an address the web server itself refused, before any part of the desk saw it
        }
        assertTrue(
                answer.contentType().startsWith(Problems.PROBLEM),
                () -> c + " answered " + answer.status() + " as " + answer.contentType() + ": " + answer.body());
        assertFalse(
                answer.body().contains("Exception"), () -> c + ": a stack trace or exception name: " + answer.body());
        JsonNode problem = Api.JSON.createObjectNode();
        try {
            problem = Api.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(c + ": the problem is not JSON: " + answer.body());
        }
        assertEquals(answer.status(), problem.path("status").asInt(), answer.body());
        if (answer.status() == 400 && spoilsANamedPart(c)) {
            String field = c.field();
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(e -> named.add(e.path("field").asText()));
            assertTrue(
                    named.stream().anyMatch(f -> f.equals("body") || names(f, field)),
                    () -> c + " was refused naming " + named + ", not " + field + ": " + answer.body());
        }
        if (answer.status() == 400 && c.part() == Part.IF_MATCH) {
            assertTrue(answer.body().contains("If-Match"), answer.body());
        }
    }

    /**
     * A reader's page answers with a page: a refusal is one the case allows, as HTML without a stack trace, and a
     * {@code 400} names the parameter at fault; whatever the answer, markup from the address is shown escaped.
     */
    private static void assertPage(Case c, Answer answer) {
        if (answer.status() >= 400) {
            Set<Integer> allowed = allowed(c);
            assertTrue(
                    allowed.contains(answer.status()),
                    () -> c + " answered " + answer.status() + " (allowed " + allowed + "): " + answer.body());
            if (c.part() == Part.PATH && answer.body().isBlank()) {
                return; // an address the web server itself refused
            }
            assertTrue(
                    answer.contentType().startsWith("text/html"),
                    () -> c + " answered " + answer.status() + " as " + answer.contentType() + ": " + answer.body());
            assertFalse(
                    answer.body().contains("Exception"),
                    () -> c + ": a stack trace or exception name: " + answer.body());
            if (answer.status() == 400 && spoilsANamedPart(c)) {
                String field = c.field();
                String shown = field.length() > 60 ? field.substring(0, 57) : field;
                assertTrue(
                        unescaped(answer.body()).contains(shown),
                        () -> c + ": the page does not name " + field + ": " + answer.body());
            }
        }
        for (String fromAddress : List.of(c.value().asText(), c.field())) {
            assertFalse(
                    fromAddress.contains("<") && answer.body().contains(fromAddress),
                    () -> c + ": the page shows markup from the address unescaped: " + answer.body());
        }
    }

    /** Whether the case spoils something a refusal must name: a field or a parameter. */
    private static boolean spoilsANamedPart(Case c) {
        return switch (c.part()) {
            case FIELD, QUERY, UNKNOWN_PARAMETER, REPEATED_PARAMETER -> true;
            default -> false;
        };
    }

    /**
     * Whether a refusal naming {@code named} names {@code field}: the same, a part of it or a whole it is part of,
     * or, for a name too long to quote, its first letters followed by an ellipsis.
     */
    private static boolean names(String named, String field) {
        return named.equals(field)
                || named.startsWith(field + ".")
                || named.startsWith(field + "[")
                || field.startsWith(named + ".")
                || field.startsWith(named + "[")
                || named.endsWith("…") && field.startsWith(named.substring(0, named.length() - 1));
    }

    /** The text of an HTML page with the escapes a template makes undone, to look for what it quotes. */
    private static String unescaped(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#34;", "\"")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    /** The statuses a refusal of this case may have. */
    private static Set<Integer> allowed(Case c) {
        Set<Integer> allowed = new HashSet<>(Set.of(400, 413, 422));
        switch (c.part()) {
            case IF_MATCH -> allowed.addAll(Set.of(412, 428));
            case CONTENT_TYPE -> allowed.add(415);
            case AUTHORIZATION -> allowed.addAll(Set.of(401, 403));
            case PATH -> allowed.add(404);
            case QUERY -> {
                if (c.field().equals("version")) {
                    allowed.add(404); // a version number the record has not reached
                }
            }
            default -> {}
        }
        if (c.value().huge() || c.part() == Part.BODY) {
            allowed.add(415);
        }
        if (c.endpoint().name().equals("POST /api/v1/sources")) {
            allowed.add(409); // the same report twice (a spoilt text that an earlier case already sent)
        }
        if (c.endpoint().name().endsWith("/submit")) {
            allowed.add(409); // a record not ready for review, when the spoilt body is ignored
        }
        return allowed;
    }

    // ---- sending ----------------------------------------------------------------------------------------------

    record Answer(int status, String contentType, String location, String body) {}

    private static byte[] bytes(String json, Hostile value) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        if (!value.invalidUtf8()) {
            return utf8;
        }
        byte[] mark = MARK.getBytes(StandardCharsets.UTF_8);
        String encoded = new String(utf8, StandardCharsets.ISO_8859_1);
        String markLatin = new String(mark, StandardCharsets.ISO_8859_1);
        return encoded.replace(markLatin, new String(INVALID_UTF8, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A value as a query parameter or a form field goes on the wire, percent-encoded bytes that are not UTF-8 too. */
    private static String urlEncoded(String text, Hostile value) {
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
        if (!value.invalidUtf8()) {
            return encoded;
        }
        StringBuilder invalid = new StringBuilder();
        for (byte b : INVALID_UTF8) {
            invalid.append(String.format("%%%02X", b & 0xFF));
        }
        return encoded.replace(URLEncoder.encode(MARK, StandardCharsets.UTF_8), invalid);
    }

    /** The template with the value at the path, as JSON text on the wire. */
    private static String spoilt(ObjectNode template, List<Object> path, Hostile value) {
        JsonNode parent = template;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        String placeholder = "\uE001" + UUID.randomUUID() + "\uE001";
        if (parent instanceof ObjectNode object) {
            object.put((String) last, placeholder);
        } else {
            ((ArrayNode) parent).set((Integer) last, Api.JSON.getNodeFactory().textNode(placeholder));
        }
        return template.toString().replace("\"" + placeholder + "\"", value.json());
    }

    /** The query string: the template's parameters, one of them spoilt, or one added. */
    private static String queryString(Case c, ObjectNode template) {
        List<String> parameters = new ArrayList<>();
        template.fieldNames().forEachRemaining(name -> {
            boolean spoilt = c.part() == Part.QUERY && name.equals(c.field());
            parameters.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + (spoilt
                            ? urlEncoded(c.value().asText(), c.value())
                            : URLEncoder.encode(template.get(name).asText(), StandardCharsets.UTF_8)));
        });
        if (c.part() == Part.UNKNOWN_PARAMETER || c.part() == Part.REPEATED_PARAMETER) {
            parameters.add(URLEncoder.encode(c.field(), StandardCharsets.UTF_8) + "="
                    + urlEncoded(c.value().asText(), c.value()));
        }
        return String.join("&", parameters);
    }

    /** The reference of the record's first fact, as the reviewer's list of facts gives it. */
    private static String firstFact(long id) {
        Api.Answer facts = Api.send(
                Api.request("/api/v1/records/" + id + "/facts", REVIEWER).GET().build());
        if (facts.status() != 200) {
            throw new AssertionError("the facts of record " + id + ": " + facts.status() + " " + facts.body());
        }
        return facts.json().get("facts").get(0).get("ref").asText();
    }

    private static Answer sendApi(Case c, long id) {
        Endpoint endpoint = c.endpoint();
        String path = PLACEHOLDER
                .matcher(endpoint.path())
                .replaceAll(Matcher.quoteReplacement(
                        c.part() == Part.PATH ? c.value().asText() : Long.toString(id)));
        if (path.contains("{fact}")) {
            path = path.replace("{fact}", firstFact(id));
        }
        String token = c.part() == Part.AUTHORIZATION ? null : endpoint.token();
        ObjectNode template = endpoint.template().get();
        if (endpoint.kind() == Endpoint.Kind.QUERY || c.part() == Part.UNKNOWN_PARAMETER) {
            String query = queryString(c, template);
            path += query.isEmpty() ? "" : "?" + query;
        }
        HttpRequest.Builder request;
        try {
            // HTTP/1.1, as most clients speak it: over h2c, a header block past the server's limit ends the connection
            // (GOAWAY) instead of getting an answer.
            request = Api.request(path, token).version(java.net.http.HttpClient.Version.HTTP_1_1);
        } catch (IllegalArgumentException unsendable) {
            // A path the client itself refuses to send (a raw '<' in it) cannot reach the server either: as if the web
            // server had refused it.
            return new Answer(404, "", null, "");
        }
        if (c.part() == Part.AUTHORIZATION) {
            request.header("Authorization", c.value().asText().replace("\u0001", ""));
        }
        if (endpoint.ifMatch()) {
            String ifMatch = c.part() == Part.IF_MATCH ? c.value().asText() : "\"" + ReadyRecords.version(id) + "\"";
            if (!ifMatch.isEmpty()) {
                request.header("If-Match", ifMatch);
            }
        }
        byte[] body = null;
        if (endpoint.kind() == Endpoint.Kind.JSON || c.part() == Part.BODY) {
            String json =
                    switch (c.part()) {
                        case FIELD -> spoilt(template, c.path(), c.value());
                        case BODY -> c.value().json();
                        default -> template.toString();
                    };
            body = bytes(json, c.value());
        }
        String contentType = c.part() == Part.CONTENT_TYPE ? c.value().asText() : "application/json";
        if (body == null) {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        }
        Api.Answer answer = Api.send(request.build());
        return new Answer(answer.status(), answer.contentType(), answer.location(), answer.body());
    }

    /**
     * The login form, posted as a browser posts it, from an address of its own on the loopback network
     * (127.x.y.z): the desk locks an address after twenty failed logins, and the other tests log in from 127.0.0.1.
     */
    private static Answer sendForm(Case c) {
        ObjectNode fields = c.endpoint().template().get();
        byte[] body;
        if (c.part() == Part.BODY) {
            body = bytes(c.value().json(), c.value());
        } else {
            List<String> form = new ArrayList<>();
            for (String name : List.of("username", "password")) {
                form.add(name + "="
                        + (name.equals(c.field())
                                ? urlEncoded(c.value().asText(), c.value())
                                : URLEncoder.encode(fields.get(name).asText(), StandardCharsets.UTF_8)));
            }
            body = String.join("&", form).getBytes(StandardCharsets.US_ASCII);
        }
        URI base = URI.create(Desk.BASE_URL);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] from = {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(0, 256), (byte) random.nextInt(1, 255)
        };
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: localhost:" + base.getPort()
                            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String response = readAll(socket.getInputStream());
            String[] lines = response.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String location = header(lines, "Location");
            String contentType = header(lines, "Content-Type");
            int split = response.indexOf("\r\n\r\n");
            return new Answer(
                    status,
                    contentType == null ? "" : contentType,
                    location,
                    split < 0 ? "" : response.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(c.toString(), e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static String header(String[] lines, String name) {
        for (String line : lines) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    // ---- the count ------------------------------------------------------------------------------------------

    private static synchronized void count(Endpoint endpoint, int status) {
        SENT.computeIfAbsent(endpoint.name(), n -> new int[1])[0]++;
        STATUSES.computeIfAbsent(endpoint.name(), n -> new TreeMap<>()).merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
        }
    }

    @AfterAll
    static void report() {
        int total = SENT.values().stream().mapToInt(n -> n[0]).sum();
        StringBuilder table = new StringBuilder(
                String.format("%nBad-input suite (seed %d): cases sent per endpoint (answers by status)%n", SEED));
        SENT.forEach((name, n) -> table.append(String.format("%-55s %5d  %s%n", name, n[0], STATUSES.get(name))));
        table.append(String.format("%-55s %5d  (%d answered 5xx)%n", "total", total, serverErrors));
        System.out.println(table);
        Function<Endpoint, Integer> sent = e -> SENT.getOrDefault(e.name(), new int[1])[0];
        for (Endpoint endpoint : ENDPOINTS) {
            assertTrue(sent.apply(endpoint) >= 10, endpoint.name() + " got only " + sent.apply(endpoint) + " cases");
        }
        assertEquals(0, serverErrors, "answers 5xx");
    }
}

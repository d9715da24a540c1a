package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records taken through the editorial API to the public side, for the tests of what goes out: a published record
 * of a given type, time, places, figures, actors and claims, each fact quoted from a source of its own; a
 * correction; a retraction; and the records that must stay invisible (drafts, spiked). The workflow is the real
 * one: an editor writes, submits and publishes, the reviewer approves (four eyes), each step after the record's
 * current {@code If-Match}.
 */
final class PublishedRecords {
    static final String EDITOR = "demo-editor-token";
    static final String REVIEWER = "demo-reviewer-token";
    /** The demo desk's user names: none of them may reach the public. */
    static final List<String> DESK_USERS = List.of("editor", "editor2", "reviewer", "admin", "partner");

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublishedRecords() {}

    /**
     * A word no other record holds (the demo data, other tests, earlier runs on the same database): put into the
     * titles of a test's records, {@code q=<nonce>} lists exactly them.
     */
    static String nonce() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** A source as pushed: its id, and the cleaned text the quotes' offsets refer to. */
    record Source(long id, String text, String outlet, String title, String url) {
        int start(String words) {
            int at = text.indexOf(words);
            if (at < 0) {
                throw new AssertionError("not in the source's cleaned text: " + words + "\n" + text);
            }
            return at;
        }
    }

    /** A published record as the tests know it. */
    record Published(long id, Source source, String title) {}

    /** A record to be written: the facts and, for each, the words of the source it is quoted from. */
    static Spec record(String title) {
        return new Spec(title);
    }

    static final class Spec {
        private final String title;
        private final ObjectNode record = Api.object();
        private final List<Quoted> quoted = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String outlet = "Public Test Wire";
        private String sourceTitle;
        private String sourceUrl;
        private String unquoted;

        /** A fact's JSON and the sentence of the source it is quoted from. */
        private record Quoted(ObjectNode fact, String words) {}

        private Spec(String title) {
            this.title = title;
            this.sourceTitle = "Report: " + title;
            record.put("title", title);
            record.put("type", "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE");
            time("2025-12-27T11:20:00+02:00", "MINUTE", "Europe/Kyiv");
            record.putArray("places");
            record.putArray("actors");
            record.putArray("figures");
            record.putArray("claims");
        }

        Spec type(String code) {
            record.put("type", code);
            return this;
        }

        Spec time(String start, String precision, String zone) {
            ObjectNode time = record.putObject("time");
            time.put("start", start);
            time.put("precision", precision);
            time.put("zone", zone);
            return this;
        }

        Spec summary(String summary, String quote) {
            record.put("summary", summary);
            quoted.add(new Quoted(record, quote));
            return this;
        }

        /** A place with coordinates (EXACT), quoted from the words given. */
        Spec place(String name, String country, Double lat, Double lon, String quote) {
            ObjectNode place = ((ArrayNode) record.get("places")).addObject();
            place.put("name", name);
            place.put("country", country);
            if (lat != null) {
                place.put("lat", lat);
                place.put("lon", lon);
                place.put("precision", "EXACT");
            }
            quoted.add(new Quoted(place, quote));
            return this;
        }

        Spec actor(String name, String kind, String role, String quote) {
            ObjectNode actor = ((ArrayNode) record.get("actors")).addObject();
            actor.put("name", name);
            actor.put("kind", kind);
            actor.put("role", role);
            quoted.add(new Quoted(actor, quote));
            return this;
        }

        /** A figure with one value: EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST or FEWER_THAN. */
        Spec figure(String category, String qualifier, long value, String quote) {
            ObjectNode figure = ((ArrayNode) record.get("figures")).addObject();
            figure.put("category", category);
            figure.put("qualifier", qualifier);
            figure.put("value", value);
            quoted.add(new Quoted(figure, quote));
            return this;
        }

        Spec range(String category, long low, long high, String quote) {
            ObjectNode figure = ((ArrayNode) record.get("figures")).addObject();
            figure.put("category", category);
            figure.put("qualifier", "RANGE");
            figure.put("low", low);
            figure.put("high", high);
            quoted.add(new Quoted(figure, quote));
            return this;
        }

        /** A figure that is part of another ("including ten children"), by the other's index. */
        Spec part(String category, long value, int of, String quote) {
            figure(category, "EXACT", value, quote);
            ArrayNode figures = (ArrayNode) record.get("figures");
            ((ObjectNode) figures.get(figures.size() - 1)).put("parent", of);
            return this;
        }

        /** A claim with an editor's judgement ({@code null} for none: the evidence decides). */
        Spec claim(String speaker, String words, String verification) {
            ObjectNode claim = ((ArrayNode) record.get("claims")).addObject();
            claim.put("speaker", speaker);
            claim.put("text", words);
            claim.put("form", "QUOTE");
            if (verification != null) {
                claim.put("verification", verification);
            }
            quoted.add(new Quoted(claim, words));
            return this;
        }

        /** SCHEDULED, HAPPENED, POSTPONED or CANCELLED: a planned event. */
        Spec occurrence(String occurrence) {
            record.put("occurrence", occurrence);
            return this;
        }

        /** A link to another record: FOLLOWS, PART_OF, SAME_INCIDENT or CONTRADICTS. */
        Spec link(String relation, long recordId) {
            ArrayNode links = record.has("links") ? (ArrayNode) record.get("links") : record.putArray("links");
            links.addObject().put("relation", relation).put("recordId", recordId);
            return this;
        }

        /** The record's verification as an editor judged it (OFFICIALLY_CONFIRMED, DISPUTED, FALSE). */
        Spec verification(String verification) {
            record.put("verification", verification);
            return this;
        }

        Spec tags(String... tags) {
            ArrayNode array = record.putArray("tags");
            for (String tag : tags) {
                array.add(tag);
            }
            return this;
        }

        Spec source(String outlet, String title, String url) {
            this.outlet = outlet;
            this.sourceTitle = title;
            this.sourceUrl = url;
            return this;
        }

        /** A sentence the source holds that no fact quotes: the public must never see it. */
        Spec unquoted(String sentence) {
            this.unquoted = sentence;
            return this;
        }

        /** The record written and saved, in DRAFT. */
        Published draft() {
            Source source = pushSource();
            for (Quoted q : quoted) {
                ObjectNode span = Api.object();
                span.put("sourceId", source.id());
                span.put("start", source.start(q.words()));
                span.put("end", source.start(q.words()) + q.words().length());
                String member = q.fact() == record ? "summaryEvidence" : "evidence";
                ArrayNode evidence = q.fact().has(member)
                        ? (ArrayNode) q.fact().get(member)
                        : q.fact().putArray(member);
                evidence.add(span);
            }
            Api.Answer created = Api.postJson("/api/v1/records", EDITOR, record);
            assertEquals(201, created.status(), created.body());
            return new Published(created.json().get("id").asLong(), source, title);
        }

        /** The record written, submitted, approved by the reviewer and published: version 1 is public. */
        Published publish() {
            Published draft = draft();
            submitApproveAndPublish(draft.id());
            return draft;
        }

        private Source pushSource() {
            for (Quoted q : quoted) {
                text.append(q.words()).append(q.words().endsWith(".") ? " " : ". ");
            }
            if (unquoted != null) {
                text.append(unquoted);
            }
            ObjectNode source = Api.object();
            source.put("title", sourceTitle);
            source.put("outlet", outlet);
            if (sourceUrl != null) {
                source.put("url", sourceUrl);
            }
            source.put("publishedAt", "2025-12-27T12:00:00+00:00");
            source.put("kind", "WIRE");
            source.put("language", "en");
            // The nonce keeps the text unique, so the desk never takes it for a duplicate of an earlier source.
            source.put("text", text.toString().strip() + " Reference " + nonce() + ".");
            Api.Answer created = Api.postJson("/api/v1/sources", EDITOR, source);
            assertEquals(201, created.status(), created.body());
            JsonNode json = created.json();
            return new Source(json.get("id").asLong(), json.get("text").asText(), outlet, sourceTitle, sourceUrl);
        }
    }

    /** Submit (editor), approve (reviewer), publish now (editor). */
    static void submitApproveAndPublish(long id) {
        submitAndApprove(id);
        expectStatus(step(id, "publish", EDITOR, null), "PUBLISHED");
    }

    /** Submit (editor) and approve (reviewer): ready to publish, and not public. */
    static void submitAndApprove(long id) {
        expectStatus(step(id, "submit", EDITOR, null), "SUBMITTED");
        expectStatus(step(id, "approve", REVIEWER, null), "APPROVED");
    }

    /**
     * Opens a correction with its public note and saves the changed working copy (a DRAFT again), without
     * submitting it: what readers see must not change yet.
     */
    static void startCorrection(long id, String note, Consumer<ObjectNode> change) {
        expectStatus(
                step(id, "corrections", EDITOR, Api.object().put("note", note).toString()), "DRAFT");
        Api.Answer current = Api.get("/api/v1/records/" + id, EDITOR);
        ObjectNode body = (ObjectNode) current.json();
        change.accept(body);
        Api.Answer saved = Api.putJson("/api/v1/records/" + id, EDITOR, current.header("ETag"), body);
        assertEquals(200, saved.status(), saved.body());
    }

    /** A whole correction: opened, changed, reviewed and published as the next version. */
    static void correct(long id, String note, Consumer<ObjectNode> change) {
        startCorrection(id, note, change);
        submitApproveAndPublish(id);
    }

    /** The reviewer withdraws a published record with a public reason. */
    static void retract(long id, String reason) {
        expectStatus(
                step(id, "retract", REVIEWER, Api.object().put("reason", reason).toString()), "RETRACTED");
    }

    static void spike(long id) {
        expectStatus(step(id, "spike", EDITOR, null), "SPIKED");
    }

    /** The first figure's value of a category in an editorial record, changed (for corrections). */
    static Consumer<ObjectNode> figureValue(String category, long value) {
        return record -> {
            for (JsonNode figure : record.get("figures")) {
                if (figure.get("category").asText().equals(category)) {
                    ((ObjectNode) figure).put("value", value);
                    return;
                }
            }
            throw new AssertionError("no " + category + " figure in " + record);
        };
    }

    /**
     * A workflow step with the record's current version as {@code If-Match}: harmless where it is not required,
     * and what keeps a step from acting on a version its caller never saw where it is.
     */
    static Api.Answer step(long id, String step, String token, String body) {
        String version = Api.get("/api/v1/records/" + id, EDITOR).header("ETag");
        HttpRequest.Builder request =
                Api.request("/api/v1/records/" + id + "/" + step, token).header("If-Match", version);
        if (body == null) {
            return Api.send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        return Api.send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static void expectStatus(Api.Answer answer, String status) {
        assertEquals(200, answer.status(), answer.body());
        assertEquals(status, answer.json().get("status").asText(), answer.body());
    }
}

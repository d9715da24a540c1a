package org.eventdesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.UUID;

/** Records made through the API with everything review asks for, so workflow tests start where they matter. */
final class ReadyRecords {
    private ReadyRecords() {}

    /** A source of its own (unique text), pushed with the token. */
    static JsonNode source(String token) {
        ObjectNode source = Api.object();
        source.put("title", "Strike on the port");
        source.put("outlet", "Workflow Wire");
        source.put("publishedAt", "2025-12-27T12:00:00+00:00");
        source.put("kind", "WIRE");
        source.put(
                "text",
                "Two people were killed in the port district on Saturday, officials said (" + UUID.randomUUID() + ").");
        Api.Answer created = Api.postJson("/api/v1/sources", token, source);
        if (created.status() != 201) {
            throw new AssertionError(created.body());
        }
        return created.json();
    }

    /** A record ready for review: type, time, a place and a figure, each with the source's words as evidence. */
    static long create(String token, String title) {
        return create(token, title, "Port district");
    }

    /** The same, at a place of a given name (the evidence stays on the words "the port district"). */
    static long create(String token, String title, String placeName) {
        Api.Answer created = Api.postJson("/api/v1/records", token, body(source(token), title, placeName));
        if (created.status() != 201) {
            throw new AssertionError(created.body());
        }
        return created.json().get("id").asLong();
    }

    /** The body of a record ready for review whose evidence quotes the given source (made by {@link #source}). */
    static ObjectNode body(JsonNode source, String title, String placeName) {
        String text = source.get("text").asText();
        long sourceId = source.get("id").asLong();
        ObjectNode record = Api.object();
        record.put("type", "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE");
        record.put("title", title);
        ObjectNode time = record.putObject("time");
        time.put("start", "2025-12-27T11:20:00+02:00");
        time.put("precision", "MINUTE");
        time.put("zone", "Europe/Kyiv");
        ObjectNode place = record.putArray("places").addObject();
        place.put("name", placeName);
        place.put("country", "UA");
        evidence(place, sourceId, text, "the port district");
        ObjectNode figure = record.putArray("figures").addObject();
        figure.put("category", "KILLED");
        figure.put("qualifier", "EXACT");
        figure.put("value", 2);
        evidence(figure, sourceId, text, "Two people were killed");
        return record;
    }

    private static void evidence(ObjectNode fact, long sourceId, String text, String words) {
        ObjectNode span = fact.putArray("evidence").addObject();
        span.put("sourceId", sourceId);
        span.put("start", text.indexOf(words));
        span.put("end", text.indexOf(words) + words.length());
    }

    /** The steps that judge a revision and so name the version they act on. */
    private static final java.util.Set<String> VERSIONED = java.util.Set.of("approve", "return", "publish");

    /**
     * {@code POST /api/v1/records/{id}/<step>} with an optional JSON body; approve, return and publish send the
     * record's current version as {@code If-Match}, as a client that just read it does.
     */
    static Api.Answer step(long id, String step, String token, String body) {
        return step(id, step, token, body, VERSIONED.contains(step) ? "\"" + version(id) + "\"" : null);
    }

    /** The record's current version, read as an editor (who may read any record). */
    static long version(long id) {
        return Api.get("/api/v1/records/" + id, "demo-editor-token")
                .json()
                .get("version")
                .asLong();
    }

    /** A step with the {@code If-Match} header given (none when {@code null}). */
    static Api.Answer step(long id, String step, String token, String body, String ifMatch) {
        HttpRequest.Builder request = Api.request("/api/v1/records/" + id + "/" + step, token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            return Api.send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        return Api.send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static String status(long id) {
        return Api.get("/api/v1/records/" + id, "demo-editor-token")
                .json()
                .get("status")
                .asText();
    }
}

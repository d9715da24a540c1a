package org.eventdesk.e2e;

import static org.eventdesk.e2e.Problems.assertProblem;
import static org.eventdesk.e2e.Problems.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The source API as a partner system uses it, including every kind of bad request the issue names. */
class SourceApiIT {

    private static ObjectNode validSource(String text) {
        ObjectNode body = Api.object();
        body.put("title", "Strike on the power plant");
        body.put("outlet", "Partner Wire");
        body.put("author", "Desk Robot");
        body.put("url", "https://partner.example/wire/" + UUID.randomUUID());
        body.put("publishedAt", "2025-12-27T11:20:00+02:00");
        body.put("kind", "WIRE");
        body.put("language", "en");
        body.put("text", text);
        return body;
    }

    private static String uniqueText() {
        return "Get all your news in one place.\n\nA drone hit the power plant overnight, officials said ("
                + UUID.randomUUID() + ").\n\nRelated Stories\n\nOther headline";
    }

    @Test
    void aPartnerPushesASourceAndAnEditorReadsItBackWithItsRawInput() {
        String text = uniqueText();
        Api.Answer created = Api.postJson("/api/v1/sources", "demo-partner-token", validSource(text));

        assertEquals(201, created.status(), created.body());
        JsonNode source = created.json();
        long id = source.get("id").asLong();
        assertTrue(created.location().endsWith("/api/v1/sources/" + id), created.location());
        assertTrue(source.get("text").asText().startsWith("A drone hit the power plant overnight"));
        assertFalse(source.get("text").asText().contains("Related Stories"), "the API cleans like the UI");
        assertEquals(64, source.get("contentHash").asText().length());
        assertEquals("2025-12-27T11:20:00+02:00", source.get("publishedAt").asText());
        assertEquals("WIRE", source.get("kind").asText());
        assertEquals("partner", source.get("addedBy").asText());
        assertFalse(source.has("raw"), "the raw input comes with GET only");

        Api.Answer read = Api.get("/api/v1/sources/" + id, "demo-editor-token");
        assertEquals(200, read.status());
        assertEquals(text, read.json().get("raw").asText());
        assertEquals(source.get("text"), read.json().get("text"));
        assertEquals(source.get("contentHash"), read.json().get("contentHash"));
    }

    @Test
    void htmlIsCleanedToTheArticle() {
        ObjectNode body = validSource(null);
        body.remove("text");
        String marker = UUID.randomUUID().toString();
        body.put(
                "html",
                "<html><body><nav>Home | World</nav><article><h1>Strike</h1><p>The plant was hit, " + marker
                        + ".</p><div class=\"newsletter-signup\">Sign up</div></article><script>x()</script></body></html>");

        Api.Answer created = Api.postJson("/api/v1/sources", "demo-editor-token", body);

        assertEquals(201, created.status(), created.body());
        assertEquals(
                "Strike\n\nThe plant was hit, " + marker + ".",
                created.json().get("text").asText());
    }

    @Test
    void theSameReportTwiceIsAConflictNamingTheExistingSource() {
        ObjectNode body = validSource(uniqueText());
        long id = Api.postJson("/api/v1/sources", "demo-editor-token", body)
                .json()
                .get("id")
                .asLong();

        body.put("url", "https://partner.example/other/" + UUID.randomUUID());
        Api.Answer again = Api.postJson("/api/v1/sources", "demo-partner-token", body);

        assertProblem(again, 409);
        assertEquals(id, again.json().get("existingSourceId").asLong());
        assertEquals("SAME_TEXT", again.json().get("match").asText());

        ObjectNode sameUrl = validSource(uniqueText());
        sameUrl.put(
                "url",
                Api.get("/api/v1/sources/" + id, "demo-editor-token")
                                .json()
                                .get("url")
                                .asText() + "?utm_source=rss");
        Api.Answer byUrl = Api.postJson("/api/v1/sources", "demo-partner-token", sameUrl);
        assertProblem(byUrl, 409);
        assertEquals(id, byUrl.json().get("existingSourceId").asLong());
        assertEquals("SAME_URL", byUrl.json().get("match").asText());
    }

    @Test
    void noTokenOrAnUnknownTokenIs401() {
        Api.Answer none = Api.postJson("/api/v1/sources", null, validSource(uniqueText()));
        assertProblem(none, 401);

        Api.Answer unknown = Api.postJson("/api/v1/sources", "not-a-real-token", validSource(uniqueText()));
        assertProblem(unknown, 401);

        Api.Answer notBearer = Api.send(Api.request("/api/v1/sources/1", null)
                .header("Authorization", "Basic ZWRpdG9yOnBhc3M=")
                .GET()
                .build());
        assertProblem(notBearer, 401);
    }

    @Test
    void aRoleThatMayNotDoSomethingIs403() {
        assertProblem(Api.postJson("/api/v1/sources", "demo-admin-token", validSource(uniqueText())), 403);
        assertProblem(Api.get("/api/v1/sources/1", "demo-partner-token"), 403);
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(Api.postJson("/api/v1/sources", "demo-editor-token", "{\"title\": "), 400);
        assertProblem(Api.postJson("/api/v1/sources", "demo-editor-token", "[1, 2]"), 400);
        assertProblem(Api.postJson("/api/v1/sources", "demo-editor-token", ""), 400);
    }

    @Test
    void missingAndWrongFieldsAre400NamingEachField() {
        ObjectNode body = Api.object();
        body.put("title", " ");
        body.put("kind", "BLOG_POST");
        body.put("publishedAt", "27/12/2025 11:20");
        body.put("url", "partner.example/no-scheme");
        body.put("outlet", 42);

        Api.Answer answer = Api.postJson("/api/v1/sources", "demo-editor-token", body);

        assertProblem(answer, 400);
        Set<String> fields = fieldsOf(answer);
        assertEquals(Set.of("title", "kind", "publishedAt", "outlet", "text"), fields, answer.body());
        assertTrue(answer.json().get("detail").asText().contains("NEWS_ARTICLE"), "says which kinds exist");
    }

    @Test
    void domainRulesAre400ToOnceTheShapeIsRight() {
        ObjectNode body = validSource(uniqueText());
        body.put("url", "ftp://partner.example/file");
        body.put("language", "English");

        Api.Answer answer = Api.postJson("/api/v1/sources", "demo-editor-token", body);

        assertProblem(answer, 400);
        assertEquals(Set.of("url", "language"), fieldsOf(answer));
    }

    @Test
    void aBodyOverFiveMegabytesIs413WhetherItsLengthIsDeclaredOrNot() {
        String big = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024 + 10) + "\"}";

        assertProblem(Api.postJson("/api/v1/sources", "demo-editor-token", big), 413);

        Api.Answer chunked = Api.send(Api.request("/api/v1/sources", "demo-editor-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());
        assertProblem(chunked, 413);
    }

    @Test
    void aWrongContentTypeIs415() {
        Api.Answer answer = Api.send(Api.request("/api/v1/sources", "demo-editor-token")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(uniqueText()))
                .build());

        assertProblem(answer, 415);
    }

    @Test
    void unknownSourcesAndAddressesAre404AndWrongMethods405() {
        assertProblem(Api.get("/api/v1/sources/999999999", "demo-editor-token"), 404);
        assertProblem(Api.get("/api/v1/sources/not-a-number", "demo-editor-token"), 404);
        assertProblem(Api.get("/api/v1/nothing-here", "demo-editor-token"), 404);
        assertProblem(
                Api.send(Api.request("/api/v1/sources/1", "demo-editor-token")
                        .DELETE()
                        .build()),
                405);
    }
}

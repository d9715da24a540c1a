package org.eventdesk.e2e;

import static org.eventdesk.e2e.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/sources/{id}/draft-records}: the records the seeded sample article reports, each a body that
 * {@code POST /api/v1/records} takes as it is.
 */
class DraftRecordsApiIT {
    /** The demo data's sample article is the desk's first source. */
    private static final String SAMPLE = "/api/v1/sources/1";

    @Test
    void theSamplesDraftsComeWithTheirQuotesAndOneIsCreatedAsItIs() throws Exception {
        JsonNode source = Api.get(SAMPLE, "demo-editor-token").json();
        assertTrue(source.get("title").asText().startsWith("Zelensky prepares"), source.toString());
        String text = source.get("text").asText();

        Api.Answer answer = Api.get(SAMPLE + "/draft-records", "demo-editor-token");

        assertEquals(200, answer.status(), answer.body());
        JsonNode drafts = answer.json();
        assertTrue(drafts.isArray() && drafts.size() >= 4, "several events: " + drafts.size());
        List<String> types = new ArrayList<>();
        drafts.forEach(d -> types.add(d.get("type").asText()));
        assertTrue(types.contains("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE"), types.toString());
        assertTrue(types.contains("MEETING"), types.toString());
        JsonNode strike = null;
        for (JsonNode d : drafts) {
            assertTrue(d.has("title") && !d.has("id") && !d.has("status"), d.toString());
            for (JsonNode figure : d.get("figures")) {
                JsonNode evidence = figure.get("evidence").get(0);
                assertEquals(1, evidence.get("sourceId").asLong());
                assertEquals(
                        text.substring(
                                evidence.get("start").asInt(),
                                evidence.get("end").asInt()),
                        evidence.get("quote").asText(),
                        "each span comes with the source's words");
                if (figure.get("category").asText().equals("KILLED") && strike == null) {
                    strike = d;
                }
            }
        }
        assertTrue(strike != null, "a draft carries the deaths: " + drafts);
        assertEquals("Europe/Kyiv", strike.get("time").get("zone").asText());

        Api.Answer created = Api.postJson("/api/v1/records", "demo-editor-token", strike);

        assertEquals(201, created.status(), created.body());
        JsonNode record = created.json();
        assertEquals("DRAFT", record.get("status").asText());
        assertEquals(strike.get("title").asText(), record.get("title").asText());
        assertEquals(strike.get("figures").size(), record.get("figures").size());
    }

    @Test
    void anUnknownSourceIs404AndOnlyEditorsMayAsk() {
        assertProblem(Api.get("/api/v1/sources/999999999/draft-records", "demo-editor-token"), 404);
        assertProblem(Api.get(SAMPLE + "/draft-records", "demo-partner-token"), 403);
        assertProblem(Api.get(SAMPLE + "/draft-records", null), 401);
    }
}

package org.eventdesk.e2e;

import static org.eventdesk.e2e.Problems.assertProblem;
import static org.eventdesk.e2e.ReadyRecords.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow through the editorial API, with the demo tokens: each step, each refusal and its status. */
class WorkflowApiIT {
    private static final String EDITOR = "demo-editor-token";
    private static final String EDITOR2 = "demo-editor2-token";
    private static final String REVIEWER = "demo-reviewer-token";

    private static void assertStatus(Api.Answer answer, int status, String recordStatus) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(recordStatus, answer.json().get("status").asText(), answer.body());
    }

    @Test
    void editorSubmitsReviewerReturnsEditorResubmitsReviewerApprovesEditorPublishes() {
        long id = ReadyRecords.create(EDITOR, "API workflow");

        assertStatus(step(id, "submit", EDITOR, null), 200, "SUBMITTED");
        assertProblem(step(id, "return", REVIEWER, "{}"), 400, "comment");
        assertStatus(step(id, "return", REVIEWER, "{\"comment\": \"Name the district\"}"), 200, "RETURNED");
        JsonNode returned = Api.get("/api/v1/records/" + id, EDITOR).json();
        Api.Answer saved = Api.putJson(
                "/api/v1/records/" + id,
                EDITOR,
                "\"" + returned.get("version").asLong() + "\"",
                ((com.fasterxml.jackson.databind.node.ObjectNode) returned)
                        .put("title", "API workflow, district named"));
        assertEquals(200, saved.status(), saved.body());
        assertStatus(step(id, "submit", EDITOR, null), 200, "SUBMITTED");
        assertStatus(step(id, "approve", REVIEWER, null), 200, "APPROVED");
        JsonNode approved = Api.get("/api/v1/records/" + id, EDITOR).json();
        assertProblem(
                Api.putJson(
                        "/api/v1/records/" + id,
                        EDITOR,
                        "\"" + approved.get("version").asLong() + "\"",
                        approved),
                409,
                "approved");
        assertStatus(step(id, "publish", EDITOR, null), 200, "PUBLISHED");
        assertEquals(
                1,
                Api.get("/api/v1/records/" + id, EDITOR)
                        .json()
                        .get("workflow")
                        .get("publishedVersion")
                        .asInt());

        JsonNode published = Api.get("/api/v1/records/" + id, EDITOR).json();
        assertProblem(
                Api.putJson(
                        "/api/v1/records/" + id,
                        EDITOR,
                        "\"" + published.get("version").asLong() + "\"",
                        published),
                409,
                "start a correction");

        JsonNode history = Api.get("/api/v1/records/" + id + "/history", EDITOR).json();
        List<String> actions = new ArrayList<>();
        history.get("changes").forEach(c -> actions.add(c.get("action").asText()));
        assertEquals(
                List.of("CREATED", "SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "APPROVED", "PUBLISHED"), actions);
        assertEquals(
                "Name the district",
                history.get("changes").get(2).get("comment").asText());
        assertEquals(
                "title",
                history.get("changes").get(3).get("fields").get(0).get("field").asText());
    }

    /** The steps each caller may take, as the record offers them: what the desk's buttons are drawn from. */
    private static java.util.Map<String, JsonNode> steps(long id, String token) {
        java.util.Map<String, JsonNode> steps = new java.util.LinkedHashMap<>();
        Api.get("/api/v1/records/" + id, token)
                .json()
                .get("workflow")
                .get("availableSteps")
                .forEach(s -> steps.put(s.get("step").asText(), s));
        return steps;
    }

    @Test
    void theRecordSaysWhichStepsEachCallerMayTakeAndWhyOneIsRefused() {
        Api.Answer bare = Api.postJson("/api/v1/records", EDITOR, "{\"title\": \"Steps of a bare record\"}");
        long bareId = bare.json().get("id").asLong();
        java.util.Map<String, JsonNode> unready = steps(bareId, EDITOR);
        assertEquals(List.of("edit", "submit", "spike"), List.copyOf(unready.keySet()));
        assertEquals(false, unready.get("submit").get("allowed").asBoolean());
        assertEquals("a type", unready.get("submit").get("missing").get(0).asText());
        assertEquals("POST submit", unready.get("submit").get("request").asText());

        long own = ReadyRecords.create(REVIEWER, "Steps of a reviewer's own record");
        assertStatus(step(own, "submit", REVIEWER, null), 200, "SUBMITTED");
        java.util.Map<String, JsonNode> author = steps(own, REVIEWER);
        assertEquals(List.of("spike", "approve", "return"), List.copyOf(author.keySet()));
        assertEquals(false, author.get("approve").get("allowed").asBoolean());
        assertEquals(true, author.get("approve").get("reason").asText().startsWith("Four eyes"));
        assertEquals(true, author.get("return").get("allowed").asBoolean());
        assertEquals(List.of("spike"), List.copyOf(steps(own, EDITOR).keySet()), "an editor does not review");

        assertProblem(step(own, "approve", REVIEWER, null), 409, "Four eyes");
    }

    @Test
    void aCorrectionStartedWithoutANoteGetsItsNoteLaterAndIsThenSubmitted() {
        long id = ReadyRecords.create(EDITOR, "Correction noted later");
        step(id, "submit", EDITOR, null);
        step(id, "approve", REVIEWER, null);
        assertStatus(step(id, "publish", EDITOR, null), 200, "PUBLISHED");
        assertStatus(step(id, "corrections", EDITOR, null), 200, "DRAFT");
        assertProblem(step(id, "submit", EDITOR, null), 409, "correction note");
        assertEquals(
                true, steps(id, EDITOR).get("note-correction").get("allowed").asBoolean());

        assertProblem(putNote(id, "{}"), 400, "note");
        assertProblem(putNote(id, "{\"note\": \"" + "x".repeat(5000) + "\"}"), 400, "note");
        Api.Answer noted = putNote(id, "{\"note\": \"The time was 11:20, not 10:20.\"}");
        assertStatus(noted, 200, "DRAFT");
        assertEquals(
                "The time was 11:20, not 10:20.",
                noted.json().get("workflow").get("correctionNote").asText());
        assertStatus(step(id, "submit", EDITOR, null), 200, "SUBMITTED");

        long neverPublished = ReadyRecords.create(EDITOR, "No correction to note");
        assertProblem(putNote(neverPublished, "{\"note\": \"Nothing was published\"}"), 409, "correction note");
    }

    private static Api.Answer putNote(long id, String body) {
        return Api.send(Api.request("/api/v1/records/" + id + "/correction-note", EDITOR)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    @Test
    void theAuthorsOwnApproveIsRefusedWith409AndAnEditorsWith403() {
        long own = ReadyRecords.create(REVIEWER, "Reviewer's own record");
        assertStatus(step(own, "submit", REVIEWER, null), 200, "SUBMITTED");

        assertProblem(step(own, "approve", REVIEWER, null), 409, "Four eyes");
        assertEquals(403, step(own, "approve", EDITOR, null).status());
        assertEquals(401, step(own, "approve", null, null).status());
        assertEquals("SUBMITTED", ReadyRecords.status(own));
    }

    @Test
    void illegalTransitionsAndUnreadyRecordsAre409WithTheReason() {
        long id = ReadyRecords.create(EDITOR, "Illegal steps");
        assertProblem(step(id, "publish", EDITOR, null), 409, "only an approved record is");
        assertProblem(step(id, "approve", REVIEWER, null), 409, "cannot be approved");
        assertProblem(step(id, "retract", REVIEWER, "{\"reason\": \"x\"}"), 409, "only a published record is");

        Api.Answer bare = Api.postJson("/api/v1/records", EDITOR, "{\"title\": \"Bare record\"}");
        long bareId = bare.json().get("id").asLong();
        Api.Answer refused = step(bareId, "submit", EDITOR, null);
        assertProblem(refused, 409, "not ready for review");
        List<String> missing = new ArrayList<>();
        refused.json().get("missing").forEach(m -> missing.add(m.asText()));
        assertEquals(
                List.of("a type", "a time", "at least one place", "at least one source (evidence quoting it)"),
                missing);
    }

    @Test
    void aPublishedRecordIsCorrectedAsVersionTwoOrRetractedWithAPublicReason() {
        long id = ReadyRecords.create(EDITOR, "Corrected later");
        step(id, "submit", EDITOR, null);
        step(id, "approve", REVIEWER, null);
        assertStatus(step(id, "publish", EDITOR, null), 200, "PUBLISHED");

        assertStatus(step(id, "corrections", EDITOR2, "{\"note\": \"The toll was two, not three.\"}"), 200, "DRAFT");
        assertStatus(step(id, "submit", EDITOR2, null), 200, "SUBMITTED");
        assertStatus(step(id, "approve", REVIEWER, null), 200, "APPROVED");
        JsonNode corrected = step(id, "publish", EDITOR, null).json();
        assertEquals(2, corrected.get("workflow").get("publishedVersion").asInt());

        assertProblem(step(id, "retract", REVIEWER, "{\"reason\": \" \"}"), 400, "reason");
        assertEquals(
                403,
                step(id, "retract", EDITOR, "{\"reason\": \"Editors do not retract\"}")
                        .status());
        JsonNode retracted = step(id, "retract", REVIEWER, "{\"reason\": \"The event was misreported.\"}")
                .json();
        assertEquals("RETRACTED", retracted.get("status").asText());
        assertEquals(
                "The event was misreported.",
                retracted.get("workflow").get("retractionReason").asText());
    }

    @Test
    void aPublicationCanBeScheduledAndTakenBackAndADraftSpiked() {
        long id = ReadyRecords.create(EDITOR, "Scheduled via API");
        step(id, "submit", EDITOR, null);
        step(id, "approve", REVIEWER, null);
        assertProblem(step(id, "publish", EDITOR, "{\"at\": \"2020-01-01T00:00:00Z\"}"), 400, "future");
        Api.Answer scheduled = step(id, "publish", EDITOR, "{\"at\": \"2099-01-01T00:00:00+00:00\"}");
        assertStatus(scheduled, 200, "SCHEDULED");
        assertEquals(
                "2099-01-01T00:00:00Z",
                scheduled.json().get("workflow").get("publishAt").asText());
        assertStatus(step(id, "unschedule", EDITOR, null), 200, "APPROVED");

        long draft = ReadyRecords.create(EDITOR, "Spiked via API");
        assertStatus(step(draft, "spike", EDITOR, null), 200, "SPIKED");
        assertProblem(step(draft, "submit", EDITOR, null), 409, "spiked");
    }

    @Test
    void approveReturnAndPublishNameTheVersionReadWithIfMatchLikeAReplacement() {
        long id = ReadyRecords.create(EDITOR, "Versioned steps");
        assertStatus(step(id, "submit", EDITOR, null), 200, "SUBMITTED");
        long read = ReadyRecords.version(id);

        for (String step : new String[] {"approve", "return", "publish"}) {
            assertProblem(stepIf(id, step, REVIEWER, "{\"comment\": \"x\"}", null), 428, "If-Match");
            assertProblem(stepIf(id, step, REVIEWER, "{\"comment\": \"x\"}", "*"), 428, "If-Match");
            Api.Answer garbage = stepIf(id, step, REVIEWER, "{\"comment\": \"x\"}", "3");
            assertProblem(garbage, 400);
            assertEquals(java.util.Set.of("If-Match"), Problems.fieldsOf(garbage));
        }
        // Someone else changes it after the reviewer read it: returned, edited and submitted again.
        assertStatus(step(id, "return", REVIEWER, "{\"comment\": \"Name the district\"}"), 200, "RETURNED");
        JsonNode returned = Api.get("/api/v1/records/" + id, EDITOR).json();
        Api.Answer saved = Api.putJson(
                "/api/v1/records/" + id,
                EDITOR,
                "\"" + returned.get("version").asLong() + "\"",
                ((com.fasterxml.jackson.databind.node.ObjectNode) returned).put("title", "Versioned steps, changed"));
        assertEquals(200, saved.status(), saved.body());
        assertStatus(step(id, "submit", EDITOR, null), 200, "SUBMITTED");

        Api.Answer stale = stepIf(id, "approve", REVIEWER, null, "\"" + read + "\"");
        assertProblem(stale, 412, "changed by editor");
        JsonNode problem = stale.json();
        assertEquals(id, problem.get("recordId").asLong());
        assertEquals(read, problem.get("yourVersion").asLong());
        long current = ReadyRecords.version(id);
        assertEquals(current, problem.get("currentVersion").asLong());
        assertEquals("editor", problem.get("updatedBy").asText());
        assertEquals("\"" + current + "\"", stale.header("ETag"), "the current version, to read it again");
        assertProblem(stepIf(id, "return", REVIEWER, "{\"comment\": \"x\"}", "\"" + read + "\""), 412);
        assertEquals("SUBMITTED", ReadyRecords.status(id), "nothing was approved unseen");

        Api.Answer approved = stepIf(id, "approve", REVIEWER, null, "\"" + current + "\"");
        assertStatus(approved, 200, "APPROVED");
        assertProblem(stepIf(id, "publish", EDITOR, null, "\"" + current + "\""), 412);
        assertStatus(stepIf(id, "publish", EDITOR, null, approved.header("ETag")), 200, "PUBLISHED");
    }

    private static Api.Answer stepIf(long id, String step, String token, String body, String ifMatch) {
        return ReadyRecords.step(id, step, token, body, ifMatch);
    }
}

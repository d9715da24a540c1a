package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** What every API error must look like to a client: an RFC 9457 problem body, and never a stack trace. */
final class Problems {
    static final String PROBLEM = "application/problem+json";

    private Problems() {}

    static void assertProblem(Api.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith(PROBLEM), answer.contentType());
        JsonNode problem = answer.json();
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("detail").asText().isBlank());
        assertFalse(answer.body().contains("Exception"), "no stack traces or exception names: " + answer.body());
    }

    static void assertProblem(Api.Answer answer, int status, String detailContains) {
        assertProblem(answer, status);
        assertTrue(answer.json().get("detail").asText().contains(detailContains), answer.body());
    }

    /** The fields a validation problem names. */
    static Set<String> fieldsOf(Api.Answer answer) {
        Set<String> fields = new HashSet<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}

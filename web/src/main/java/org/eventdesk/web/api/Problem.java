package org.eventdesk.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.JsonP;

/**
 * An error answer in the RFC 9457 shape ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, plus members of its own where they help the caller act (the offending
 * fields, the existing source of a duplicate). Never a stack trace.
 */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_ERRORS = 100;

    private final int status;
    private final String title;
    private final String detail;
    private final JsonObjectBuilder members = JsonP.PROVIDER.createObjectBuilder();
    private String type = "about:blank";

    private Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail);
    }

    /** A short name for the kind of problem; published as {@code /api/problems/<name>}. */
    public Problem type(String name) {
        this.type = "/api/problems/" + name;
        return this;
    }

    public Problem with(String name, long value) {
        members.add(name, value);
        return this;
    }

    public Problem with(String name, String value) {
        members.add(name, value);
        return this;
    }

    public Problem withList(String name, List<String> values) {
        members.add(name, JsonP.PROVIDER.createArrayBuilder(values));
        return this;
    }

    /**
     * The fields at fault, each with its message. At most {@link #MAX_ERRORS} are listed (a body of thousands of bad
     * elements should not answer with a bigger body still); {@code errorsOmitted} counts the rest.
     */
    public Problem withErrors(List<FieldError> errors) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        errors.stream()
                .limit(MAX_ERRORS)
                .forEach(e -> array.add(JsonP.PROVIDER
                        .createObjectBuilder()
                        .add("field", e.field())
                        .add("message", e.message())));
        members.add("errors", array);
        if (errors.size() > MAX_ERRORS) {
            members.add("errorsOmitted", errors.size() - MAX_ERRORS);
        }
        return this;
    }

    public int status() {
        return status;
    }

    public JsonObject toJson() {
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .addAll(members)
                .build();
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(toJson().toString())
                .build();
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(toJson().toString().getBytes(StandardCharsets.UTF_8));
    }
}

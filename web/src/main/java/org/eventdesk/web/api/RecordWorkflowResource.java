package org.eventdesk.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.shared.JsonP;

/**
 * The workflow through the API, step by step, with the caller's token: {@code POST /api/v1/records/{id}/submit},
 * {@code /approve}, {@code /return {comment}}, {@code /publish {at?}}, {@code /spike}, {@code /retract {reason}},
 * {@code /corrections {note?}}. Each answers 200 with the record (its new {@code status} included); 403 when the
 * token's roles do not allow the step; 409 problem+json when a rule forbids it (four eyes, an illegal
 * transition, a record not ready for review, with {@code missing} listing what it needs). The steps that judge a
 * revision ({@code approve}, {@code return}, {@code publish}) need {@code If-Match: "<version>"}, the version the
 * caller read ({@link IfMatch}: 428 without it, 412 when the record changed since).
 * {@code GET /api/v1/records/{id}/history} lists every change.
 *
 * <p>A sub-resource of {@link RecordsResource}, which locates it: JAX-RS picks the root resource class before it
 * looks at methods, so a second root class under {@code v1/records/{id}} would hide {@code GET v1/records/{id}}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class RecordWorkflowResource {
    private final WorkflowService workflow;
    private final RecordCatalog catalog;

    RecordWorkflowResource(WorkflowService workflow, RecordCatalog catalog) {
        this.workflow = workflow;
        this.catalog = catalog;
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id) {
        return answer(workflow.submit(id));
    }

    @POST
    @Path("approve")
    public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch)
            throws PayloadTooLargeException {
        return IfMatch.checked(catalog, id, ifMatch, "approve it", seen -> answer(workflow.approve(id, seen)));
    }

    /** Body {@code {"comment": "what to change"}}. */
    @POST
    @Path("return")
    public Response sendBack(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InputStream body)
            throws PayloadTooLargeException {
        return IfMatch.checked(catalog, id, ifMatch, "return it", seen -> {
            JsonFields json = optionalBody(body);
            if (json == null) {
                throw RequestProblems.refused("comment", "is required: say what to change");
            }
            json.onlyThese("a return", List.of("comment"), Set.of());
            String comment = json.text("comment", true);
            json.throwIfAny();
            return answer(workflow.sendBack(id, comment, seen));
        });
    }

    /** Without a body, or with {@code {}}, publishes now; with {@code {"at": "<ISO time with offset>"}}, schedules. */
    @POST
    @Path("publish")
    public Response publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InputStream body)
            throws PayloadTooLargeException {
        return IfMatch.checked(catalog, id, ifMatch, "publish it", seen -> {
            JsonFields json = optionalBody(body);
            Instant at = null;
            if (json != null) {
                json.onlyThese("a publication", List.of("at"), Set.of());
                at = json.instant("at", false);
                json.throwIfAny();
            }
            return answer(at == null ? workflow.publish(id, seen) : workflow.schedule(id, at, seen));
        });
    }

    /** Takes a scheduled publication back (the record returns to approved). */
    @POST
    @Path("unschedule")
    public Response unschedule(@PathParam("id") long id) {
        return answer(workflow.unschedule(id));
    }

    @POST
    @Path("spike")
    public Response spike(@PathParam("id") long id, InputStream body) throws PayloadTooLargeException {
        JsonFields json = optionalBody(body);
        String reason = json == null ? null : json.text("reason", false);
        if (json != null) {
            json.throwIfAny();
        }
        return answer(workflow.spike(id, reason));
    }

    /** Body {@code {"reason": "the public reason"}}. */
    @POST
    @Path("retract")
    public Response retract(@PathParam("id") long id, InputStream body) throws PayloadTooLargeException {
        JsonFields json = optionalBody(body);
        if (json == null) {
            throw RequestProblems.refused("reason", "is required: the public reason");
        }
        String reason = json.text("reason", true);
        json.throwIfAny();
        return answer(workflow.retract(id, reason));
    }

    /** Opens a correction of a published record; optional body {@code {"note": "public correction note"}}. */
    @POST
    @Path("corrections")
    public Response startCorrection(@PathParam("id") long id, InputStream body) throws PayloadTooLargeException {
        JsonFields json = optionalBody(body);
        String note = json == null ? null : json.text("note", false);
        if (json != null) {
            json.throwIfAny();
        }
        return answer(workflow.startCorrection(id, note));
    }

    /**
     * Writes the public note of a correction under way, body {@code {"note": "what changed"}}: a correction cannot
     * be submitted without one, and it may be written after the correction was started.
     */
    @PUT
    @Path("correction-note")
    public Response noteCorrection(@PathParam("id") long id, InputStream body) throws PayloadTooLargeException {
        JsonFields json = optionalBody(body);
        if (json == null) {
            throw RequestProblems.refused("note", "is required: the public correction note");
        }
        String note = json.text("note", true);
        json.throwIfAny();
        return answer(workflow.noteCorrection(id, note));
    }

    @GET
    @Path("history")
    public String history(@PathParam("id") long id) {
        JsonArrayBuilder entries = JsonP.PROVIDER.createArrayBuilder();
        for (ChangeView change : catalog.history(id)) {
            JsonArrayBuilder fields = JsonP.PROVIDER.createArrayBuilder();
            change.fields().forEach(f -> {
                JsonObjectBuilder field = JsonP.PROVIDER.createObjectBuilder().add("field", f.field());
                nullable(field, "before", f.before());
                nullable(field, "after", f.after());
                fields.add(field);
            });
            JsonObjectBuilder entry = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("id", change.id())
                    .add("at", change.at().toString())
                    .add("by", change.by())
                    .add("action", change.action().name())
                    .add("revision", change.revision())
                    .add("fields", fields);
            nullable(entry, "comment", change.comment());
            entries.add(entry);
        }
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("recordId", id)
                .add("changes", entries)
                .build()
                .toString();
    }

    private static Response answer(RecordView record) {
        return Response.ok(RecordJson.write(record).toString())
                .tag(new jakarta.ws.rs.core.EntityTag(Long.toString(record.version())))
                .build();
    }

    /** A step's body is optional: nothing (or whitespace) means no parameters. */
    private static JsonFields optionalBody(InputStream body) throws PayloadTooLargeException {
        if (body == null) {
            return null;
        }
        PushbackInputStream in = new PushbackInputStream(body, 1);
        try {
            int first;
            do {
                first = in.read();
            } while (first != -1 && Character.isWhitespace(first));
            if (first == -1) {
                return null;
            }
            in.unread(first);
        } catch (PayloadTooLargeException e) {
            throw e;
        } catch (IOException e) {
            return null;
        }
        return JsonFields.read(in);
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

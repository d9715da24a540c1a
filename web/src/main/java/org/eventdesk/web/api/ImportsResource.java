package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.eventdesk.application.imports.ArchiveImportService;
import org.eventdesk.application.imports.ImportView;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.shared.JsonP;

/**
 * {@code /api/v1/imports}: archive imports, for admins. {@code POST ?format=acled|eventdesk&as=draft|published} with
 * the file as the body ({@code text/csv}, or {@code application/json} for a desk's JSON export) answers 202 with the
 * import's address; the import runs in the background.
 * {@code GET /{id}} is its progress and first errors, {@code GET /{id}/report.csv} every rejected row's problems,
 * {@code DELETE /{id}} cancels it.
 */
@RequestScoped
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
    @Inject
    private ArchiveImportService imports;

    @Context
    private SecurityContext security;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    public Response start(
            @QueryParam("format") String format,
            @QueryParam("as") String as,
            @QueryParam("name") String name,
            InputStream body) {
        requireCaller();
        ArchiveImport.Format parsedFormat = format(format);
        boolean published = published(as);
        ImportView started = imports.start(parsedFormat, published, name, body);
        return Response.accepted(toJson(started).toString())
                .location(URI.create("v1/imports/" + started.id()))
                .build();
    }

    @GET
    public String recent() {
        requireCaller();
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        imports.recent(50).forEach(i -> items.add(toJson(i)));
        return JsonP.PROVIDER.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        requireCaller();
        return toJson(imports.status(id)).toString();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public String cancel(@PathParam("id") long id) {
        requireCaller();
        return toJson(imports.cancel(id)).toString();
    }

    /** Every problem of every rejected row, by row: {@code row,field,message}. */
    @GET
    @Path("{id: [0-9]+}/report.csv")
    @Produces("text/csv")
    public Response report(@PathParam("id") long id) {
        requireCaller();
        imports.status(id);
        StreamingOutput csv = output -> ImportReportCsv.write(imports, id, output);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ImportReportCsv.fileName(id) + "\"")
                .build();
    }

    private void requireCaller() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"eventdesk\"");
        }
    }

    private static ArchiveImport.Format format(String format) {
        if (format == null || format.isBlank()) {
            throw RequestProblems.refused("format", "is required: acled or eventdesk");
        }
        try {
            return ArchiveImport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestProblems.refused("format", "'" + format + "' is not a format; one of acled, eventdesk");
        }
    }

    /** Drafts unless the admin says the archive is published history. */
    private static boolean published(String as) {
        if (as == null || as.isBlank() || as.strip().equalsIgnoreCase("draft")) {
            return false;
        }
        if (as.strip().equalsIgnoreCase("published")) {
            return true;
        }
        throw RequestProblems.refused("as", "'" + as + "' is neither draft nor published");
    }

    static JsonObject toJson(ImportView i) {
        JsonArrayBuilder errors = JsonP.PROVIDER.createArrayBuilder();
        i.errors()
                .forEach(e -> errors.add(JsonP.PROVIDER
                        .createObjectBuilder()
                        .add("row", e.row())
                        .add("field", e.field())
                        .add("message", e.message())));
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("id", i.id())
                .add("status", i.status().name())
                .add("format", i.format().name().toLowerCase(Locale.ROOT))
                .add("as", i.asPublished() ? "published" : "draft")
                .add("fileName", i.fileName())
                .add("importedBy", i.importedBy())
                .add("createdAt", i.createdAt().toString())
                .add("rowsRead", i.rowsRead())
                .add("rowsImported", i.rowsImported())
                .add("rowsSkipped", i.rowsSkipped())
                .add("rowsRejected", i.rowsRejected())
                .add("rowsPerSecond", Math.round(i.rowsPerSecond() * 10) / 10.0)
                .add("errors", errors)
                .add("report", "/api/v1/imports/" + i.id() + "/report.csv");
        if (i.totalRows() != null) {
            json.add("totalRows", i.totalRows());
        }
        if (i.secondsLeft() != null) {
            json.add("secondsLeft", i.secondsLeft());
        }
        if (i.startedAt() != null) {
            json.add("startedAt", i.startedAt().toString());
        }
        if (i.finishedAt() != null) {
            json.add("finishedAt", i.finishedAt().toString());
        }
        if (i.failure() != null) {
            json.add("failure", i.failure());
        }
        return json.build();
    }
}

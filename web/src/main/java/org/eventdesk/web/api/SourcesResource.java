package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import org.eventdesk.application.extraction.SuggestionService;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * {@code /api/v1/sources}: partner systems and scripts push reports in; editors read them back.
 * Roles are checked by the services, not here.
 */
@RequestScoped
@Path("v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
    @Inject
    private SourceIngestService ingest;

    @Inject
    private SourceCatalog catalog;

    @Inject
    private SuggestionService assistant;

    /**
     * Body: {@code {title, outlet, author?, url?, publishedAt, retrievedAt?, kind, language?, text | html}}.
     * The input is cleaned here as in the UI; the stored cleaned text is returned as {@code text}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) throws PayloadTooLargeException {
        JsonFields json = JsonFields.read(body);
        String text = json.text("text", false);
        String html = json.text("html", false);
        json.require(text != null || html != null, "text", "send the report as 'text' (plain) or 'html'");
        json.require(text == null || html == null, "html", "send either 'text' or 'html', not both");
        SourceSubmission submission = new SourceSubmission(
                json.oneOf("kind", SourceKind.class, true),
                json.text("title", true),
                json.text("outlet", true),
                json.text("author", false),
                json.text("url", false),
                json.timeWithOffset("publishedAt", true),
                json.instant("retrievedAt", false),
                json.text("language", false),
                html != null ? html : text,
                html != null ? InputFormat.HTML : InputFormat.PLAIN_TEXT,
                null);
        json.throwIfAny();
        SourceDetails stored = ingest.ingest(submission);
        return Response.created(URI.create("v1/sources/" + stored.id()))
                .entity(toJson(stored, false).toString())
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        return toJson(catalog.details(id), true).toString();
    }

    /** {@code /api/v1/sources/{id}/suggestions} and the rest of the extraction assistant. */
    @Path("{id: [0-9]+}")
    public SuggestionsResource assistant() {
        return new SuggestionsResource(assistant);
    }

    static JsonObject toJson(SourceDetails source, boolean withRaw) {
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("id", source.id())
                .add("kind", source.kind().name())
                .add("title", source.title())
                .add("outlet", source.outlet());
        addOptional(json, "author", source.author());
        addOptional(json, "url", source.url());
        json.add("publishedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(source.publishedAt()))
                .add("publishedZone", source.publishedZone())
                .add("retrievedAt", source.retrievedAt().toString());
        addOptional(json, "language", source.language());
        json.add("text", source.text())
                .add("contentHash", source.contentHash())
                .add("addedBy", source.addedBy())
                .add("addedAt", source.addedAt().toString());
        if (withRaw) {
            json.add("raw", source.raw()).add("rawFormat", source.rawFormat().name());
        }
        return json.build();
    }

    private static void addOptional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

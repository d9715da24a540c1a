package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eventdesk.application.publishing.PublicAnswers;
import org.eventdesk.application.publishing.PublicCatalog;

/**
 * {@code /api/v1/events}: what the desk published, for anyone, without a token. The format follows {@code Accept}
 * here; {@code /api/v1/events.csv} and the other suffixes name it in the address ({@link PublicEventsFormatResource}).
 */
@RequestScoped
@Path("v1/events")
@Tag(name = "Public records", description = "Published records, for anyone, without a token")
public class PublicEventsResource {
    @Inject
    private PublicCatalog catalog;

    @Inject
    private PublicAnswers answers;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces({"application/json", "application/ld+json", "text/csv", "application/geo+json"})
    @Operation(
            summary = "The public list, newest event first",
            description = "Filters: q (words of the title or summary), type (a top-level type includes its "
                    + "sub-types), country (ISO 3166-1 alpha-2), place (words of a place name), "
                    + "bbox=minLon,minLat,maxLon,maxLat, from and to (the event's start; a date is a whole UTC day), "
                    + "updatedSince (published, corrected or retracted since), verification, category (has a figure "
                    + "of it); order=event (default) or updated; limit 1-200 (default 50); cursor (from next or "
                    + "previous). Items are the sealed documents of GET /api/v1/events/{id}; a retracted record is "
                    + "listed with status RETRACTED and its reason. By Accept: JSON, JSON-LD, or the whole filtered "
                    + "list as CSV or GeoJSON (see /api/v1/events.{format}).")
    public Response list() {
        PublicResponses responses = new PublicResponses(catalog, answers, uri, headers);
        return responses.list(responses.format(null, PublicResponses.LIST_FORMATS));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Produces({"application/json", "application/ld+json"})
    @Operation(
            summary = "One public record: its latest version, or ?version=n",
            description = "JSON is the sealed document exactly as the publication log hashed it; JSON-LD is "
                    + "schema.org (Event, Place, GeoCoordinates, ClaimReview for claims judged disputed or false). "
                    + "404 for any record never published, 410 with the public reason for a retracted one.")
    public Response record(@PathParam("id") long id) {
        PublicResponses responses = new PublicResponses(catalog, answers, uri, headers);
        return responses.record(id, responses.format(null, PublicResponses.RECORD_FORMATS));
    }

    @GET
    @Path("{id: [0-9]{1,18}}.{format: [A-Za-z0-9]{1,20}}")
    @Produces({"application/json", "application/ld+json"})
    @Operation(summary = "One public record in the format its suffix names: json or jsonld")
    public Response recordAs(@PathParam("id") long id, @PathParam("format") String format) {
        PublicResponses responses = new PublicResponses(catalog, answers, uri, headers);
        return responses.record(id, responses.format(format, PublicResponses.RECORD_FORMATS));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/versions")
    @Produces("application/json")
    @Operation(
            summary = "Every public version of a record",
            description = "Each publication, correction (with its public note) and retraction, oldest first, with "
                    + "its publication-log entry and hash.")
    public Response versions(@PathParam("id") long id) {
        return new PublicResponses(catalog, answers, uri, headers).versions(id);
    }
}

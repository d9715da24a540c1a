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
 * {@code /api/v1/events.csv}, {@code .geojson}, {@code .json}, {@code .jsonld}: the public list in the format the
 * address names, for links, downloads and tools that cannot set {@code Accept}.
 */
@RequestScoped
@Path("v1/events.{format: [A-Za-z0-9]{1,20}}")
@Tag(name = "Public records")
public class PublicEventsFormatResource {
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
            summary = "The public list as json, jsonld, csv or geojson",
            description = "The filters of GET /api/v1/events. CSV and GeoJSON hold the whole filtered list (no limit "
                    + "or cursor), streamed. CSV: format=desk (default; the desk's columns, one row per record, a "
                    + "retracted record with its reason) or format=acled (ACLED's columns and codes, published records "
                    + "only). GeoJSON: a FeatureCollection with a Point per place that has coordinates.")
    public Response list(@PathParam("format") String format) {
        PublicResponses responses = new PublicResponses(catalog, answers, uri, headers);
        return responses.list(responses.format(format, PublicResponses.LIST_FORMATS));
    }
}

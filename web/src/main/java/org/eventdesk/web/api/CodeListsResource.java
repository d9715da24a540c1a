package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eventdesk.application.record.RecordCatalog;

/**
 * The codes a record is written with: {@code GET /api/v1/taxonomy} (event types, each top-level type followed
 * by its sub-types, with {@code parentCode} and {@code family}) and {@code GET /api/v1/figure-categories}. Each
 * entry is {@code {code, label, ..., active}}; inactive codes are listed for old records but refused in new ones.
 */
@RequestScoped
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class CodeListsResource {
    @Inject
    private RecordCatalog catalog;

    @GET
    @Path("taxonomy")
    public String taxonomy() {
        return RecordJson.codes(catalog.eventTypes(), true).toString();
    }

    @GET
    @Path("figure-categories")
    public String figureCategories() {
        return RecordJson.codes(catalog.figureCategories(), false).toString();
    }
}

package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.eventdesk.application.admin.SearchIndexAdministration;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.infrastructure.search.SearchIndexMaintenance;

/**
 * The search index for admins' scripts: {@code POST /api/v1/search-index/rebuild} re-reads every record into the
 * full-text index in the background ({@code 202}; {@code 409} while one runs on this server), {@code GET
 * /api/v1/search-index} says whether one runs and how the last one ended. Admin tokens only.
 */
@RequestScoped
@Path("v1/search-index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {
    @Inject
    private SearchIndexAdministration administration;

    @Context
    private SecurityContext security;

    @GET
    public Response state() {
        requireCaller();
        return Response.ok(json(administration.state()).build().toString()).build();
    }

    @POST
    @Path("rebuild")
    public Response rebuild() {
        requireCaller();
        if (!administration.rebuild()) {
            return Problem.of(409, "A rebuild is running", "The search index is already being rebuilt on this server")
                    .type("rebuild-running")
                    .toResponse();
        }
        return Response.accepted(json(administration.state()).build().toString())
                .header("Location", "/api/v1/search-index")
                .build();
    }

    private static JsonObjectBuilder json(SearchIndexMaintenance.State state) {
        JsonObjectBuilder json = JsonP.PROVIDER.createObjectBuilder().add("running", state.running());
        add(json, "lastStarted", state.lastStarted());
        add(json, "lastFinished", state.lastFinished());
        if (state.lastFailure() == null) {
            json.addNull("lastFailure");
        } else {
            json.add("lastFailure", state.lastFailure());
        }
        return json;
    }

    private static void add(JsonObjectBuilder json, String name, Instant time) {
        if (time == null) {
            json.addNull(name);
        } else {
            json.add(name, time.toString());
        }
    }

    private void requireCaller() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"eventdesk\"");
        }
    }
}

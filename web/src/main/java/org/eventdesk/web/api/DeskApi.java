package org.eventdesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API under {@code /api}: editorial endpoints take a bearer token (see
 * {@code DeskAuthenticationMechanism}); every error is a problem document ({@link ProblemMapper}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Event Desk API",
                        version = "1",
                        description = "Public endpoints (published records, feed, exports, the publication log) need "
                                + "no token; editorial endpoints take 'Authorization: Bearer <token>'. Errors are "
                                + "application/problem+json (RFC 9457)."))
public class DeskApi extends Application {}

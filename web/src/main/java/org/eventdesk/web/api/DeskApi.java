package org.eventdesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}: editorial endpoints take a bearer token (see
 * {@code DeskAuthenticationMechanism}); every error is a problem document ({@link ProblemMapper}).
 */
@ApplicationPath("/api")
public class DeskApi extends Application {}

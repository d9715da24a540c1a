package org.eventdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eventdesk.web.api.Problem;

/**
 * The per-client rate limit on what anyone may read without logging in: the readers' pages and the public API
 * ({@link PublicAllowance}). A client over its allowance is told {@code 429} with {@code Retry-After}.
 *
 * <p>Editorial endpoints are not limited here: their callers are known (a token or a login) and accountable.
 * Behind a reverse proxy, turn on WildFly's {@code proxy-address-forwarding} or every reader shares one allowance.
 */
@WebFilter(urlPatterns = {"/api/*", "/events", "/events/*"})
public class PublicRateLimit extends HttpFilter {
    @Inject
    private PublicAllowance allowance;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!PublicAllowance.isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        PublicAllowance.Decision decision = allowance.decide(request.getRemoteAddr(), path);
        if (decision.allowed()) {
            if (decision.allowance() > 0) {
                response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
            }
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        Problem.of(
                        429,
                        "Too many requests",
                        "This address sent more than " + decision.allowance() + " requests a minute"
                                + (decision.audit() ? " for audits of the log" : "") + "; try again in "
                                + decision.retryAfterSeconds() + " seconds.")
                .type("rate-limited")
                .writeTo(response);
    }
}

package org.eventdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eventdesk.application.security.Authenticator;
import org.eventdesk.application.security.CallerIdentity;
import org.eventdesk.application.security.LoginResult;
import org.eventdesk.application.security.SessionTicket;
import org.eventdesk.web.api.Problem;

/**
 * How callers become known, for the UI and the API alike (Jakarta Security, run by WildFly for every request).
 *
 * <ul>
 *   <li>The API ({@code /api/*}) takes only {@code Authorization: Bearer <token>}: no cookies, so no
 *       cross-site request can act for a logged-in editor. A wrong token is a 401 problem at once.
 *   <li>The login form posts to {@code /login}. On success the old session is thrown away and a new one
 *       (new id, against session fixation) remembers the user; the browser is sent on to the desk.
 *   <li>Every other request is known by its session; the user is read again each time, so disabling an
 *       account, changing its roles or resetting its password takes effect on the next click.
 * </ul>
 *
 * <p>Nothing here decides what a caller may do: views and, above all, the EJB services check roles.
 */
@ApplicationScoped
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String SESSION_USER = "eventdesk.user";

    @Inject
    private Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer(request, response, context);
        }
        if (path.equals("/login") && "POST".equals(request.getMethod())) {
            return logIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SessionTicket ticket) {
            Optional<CallerIdentity> caller = authenticator.sessionIdentity(ticket);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        caller.get().username(), caller.get().roleNames());
            }
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(response, "Send the API token as 'Authorization: Bearer <token>'.");
        }
        return authenticator
                .tokenIdentity(header.substring(7).strip(), request.getRemoteAddr())
                .map(caller -> context.notifyContainerAboutLogin(caller.username(), caller.roleNames()))
                .orElseGet(() -> refuse(response, "The API token is unknown or has been revoked."));
    }

    private AuthenticationStatus logIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        LoginResult result = authenticator.logIn(
                request.getParameter("username"), request.getParameter("password"), request.getRemoteAddr());
        if (!result.succeeded()) {
            String reason =
                    switch (result.outcome()) {
                        case LOCKED -> "locked";
                        case DISABLED -> "disabled";
                        default -> "error";
                    };
            return context.redirect(request.getContextPath() + "/login?" + reason);
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(SESSION_USER, result.ticket().orElseThrow());
        return context.redirect(request.getContextPath() + "/");
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"eventdesk\"");
            Problem.of(401, "Not authenticated", detail)
                    .type("not-authenticated")
                    .writeTo(response);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SEND_CONTINUE: the answer is written; SEND_FAILURE would make the container replace it with its own page.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}

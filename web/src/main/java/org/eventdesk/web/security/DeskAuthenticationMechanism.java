package org.eventdesk.web.security;

import io.undertow.servlet.handlers.ServletRequestContext;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.application.security.Authenticator;
import org.eventdesk.application.security.CallerIdentity;
import org.eventdesk.application.security.LoginResult;
import org.eventdesk.application.security.SessionTicket;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.user.LoginOutcome;
import org.eventdesk.web.api.Problem;

/**
 * How callers become known, for the UI and the API alike (Jakarta Security, run by WildFly for every request).
 *
 * <ul>
 *   <li>The API (whatever the servlet container maps to the API's servlet, {@code /api/*}) takes only {@code
 *       Authorization: Bearer <token>}: no cookies, so no cross-site request can act for a logged-in editor. A
 *       wrong token is a 401 problem at once. "API or not" is decided on the path the container resolved (servlet
 *       path and path info), never on the raw request URI: {@code /api;x=1/v1/...} reaches the API, so it is the API.
 *   <li>The login form posts to {@code /login}. A post from another site is refused (login CSRF, {@link
 *       SameOriginCheck}). On success the old session is thrown away and a new one (new id, against session
 *       fixation) remembers the user; the browser is sent on to the desk. A refusal sends it back to the login
 *       screen with the reason the screen may tell ({@link LoginOutcome#toldAtLogin()}); no login attempt ever
 *       answers with an error page.
 *   <li>Every other request is known by its session; the user is read again each time, so disabling an
 *       account, changing its roles or resetting its password takes effect on the next click.
 * </ul>
 *
 * <p>Nothing here decides what a caller may do: views and, above all, the EJB services check roles.
 */
@ApplicationScoped
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String SESSION_USER = "eventdesk.user";
    private static final Logger LOG = Logger.getLogger(DeskAuthenticationMechanism.class.getName());

    @Inject
    private Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = resolvedPath(request);
        if (path.equals("/api") || path.startsWith("/api/")) {
            return bearer(request, response, context);
        }
        if (path.equals("/login") && "POST".equalsIgnoreCase(request.getMethod())) {
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

    /**
     * The path within the application as the container resolved it to pick the servlet: path parameters
     * ({@code ;x=1}), {@code %}-escapes and dot segments are already undone, so the same path that chose the servlet
     * decides how the caller is known.
     */
    static String resolvedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
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
        Optional<String> crossSite = SameOriginCheck.crossSite(request);
        if (crossSite.isPresent()) {
            // Not a login attempt of the person whose browser sent it, so it neither counts against an account nor
            // goes into the security log (where it would count against the victim's own address).
            LOG.warning(() -> "Cross-site login post refused from " + request.getRemoteAddr() + ": "
                    + LogText.quoted(crossSite.get()));
            return answer(
                    response,
                    Problem.of(
                                    403,
                                    "Cross-site login refused",
                                    "The login form must be sent from the desk's own login page.")
                            .type("cross-site-login"));
        }
        String username;
        String password;
        try {
            username = request.getParameter("username");
            password = request.getParameter("password");
        } catch (RuntimeException unreadable) {
            return answer(
                    response,
                    Problem.of(400, "Unreadable login form", "Send 'username' and 'password' as a form.")
                            .type("invalid-input"));
        }
        LoginResult result;
        try {
            result = authenticator.logIn(username, password, request.getRemoteAddr());
        } catch (RuntimeException e) {
            // The attempt is in the security log all the same (the authenticator logs it before it gives up).
            LOG.log(Level.SEVERE, "A login could not be checked", e);
            return context.redirect(request.getContextPath() + "/login?unavailable");
        }
        if (!result.succeeded()) {
            String reason =
                    switch (result.outcome().toldAtLogin()) {
                        case ADDRESS_LOCKED -> "locked";
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
        response.setHeader("WWW-Authenticate", "Bearer realm=\"eventdesk\"");
        return answer(response, Problem.of(401, "Not authenticated", detail).type("not-authenticated"));
    }

    /** Writes the problem as the whole answer. */
    private static AuthenticationStatus answer(HttpServletResponse response, Problem problem) {
        try {
            problem.writeTo(response);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Ended here: Undertow sends an error page for an unfinished exchange whose authentication did not succeed,
        // and on a response already written that fails and logs a stack trace, once per refused request.
        ServletRequestContext.current().getExchange().endExchange();
        // SEND_CONTINUE: the answer is written; SEND_FAILURE would make the container replace it with its own page.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}

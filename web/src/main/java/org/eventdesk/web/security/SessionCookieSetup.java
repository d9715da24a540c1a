package org.eventdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eventdesk.application.startup.DeskSettings;

/**
 * The session cookie's attributes, set once as the web module starts (web.xml keeps it {@code HttpOnly}).
 *
 * <ul>
 *   <li>{@code SameSite=Lax}: the browser sends the cookie with the desk's own requests and when a person follows a
 *       link to the desk from elsewhere (a record's address in a chat or an email opens logged in), but never with a
 *       post, a frame or a script request from another site. {@code Strict} would add nothing the desk needs (its
 *       changes are all posts, and Vaadin's own requests carry a token besides) and would show the login screen to
 *       every colleague who follows such a link.
 *   <li>{@code Secure}: on every request that arrived over HTTPS ({@code WEB-INF/undertow-handlers.conf}, which
 *       also covers a proxy that forwards the scheme with {@code proxy-address-forwarding}); and on every request,
 *       plain HTTP included, when {@code eventdesk.cookie.secure} / {@code EVENTDESK_COOKIE_SECURE} is {@code true}
 *       (a proxy that ends TLS without saying so).
 * </ul>
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SessionCookieSetup.class.getName());

    @Inject
    private DeskSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        if (settings.cookieAlwaysSecure()) {
            cookie.setSecure(true);
            LOG.info("The session cookie is marked Secure on every request (eventdesk.cookie.secure)");
        }
    }
}

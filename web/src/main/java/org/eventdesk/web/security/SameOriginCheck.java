package org.eventdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a form post comes from the desk's own pages, for the login form (login CSRF: a page elsewhere that posts
 * the attacker's user name and password to {@code /login} would log the victim's browser into the attacker's
 * account, and what the victim then types lands there).
 *
 * <p>Browsers say where a post comes from: {@code Sec-Fetch-Site} (recent ones), and {@code Origin} on every
 * cross-origin POST ({@code null} when the origin is hidden or opaque, which is refused too). Without {@code Origin}
 * the {@code Referer} is compared. The host and port must be the ones the browser addressed ({@code Host}); behind a
 * reverse proxy that rewrites it, turn on WildFly's {@code proxy-address-forwarding} so that the forwarded host is
 * used. A post that names no origin at all is not a browser's cross-site form (every current browser names one) but
 * a script's, and is let through: a script can send any header it likes, so refusing it would protect nothing.
 */
final class SameOriginCheck {
    private SameOriginCheck() {}

    /** Why the request is refused as cross-site, or empty when it comes from the desk's own origin. */
    static Optional<String> crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Optional.of("Sec-Fetch-Site: " + fetchSite);
        }
        String host = request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameHost(origin, host) ? Optional.empty() : Optional.of("Origin: " + origin);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return sameHost(referer, host) ? Optional.empty() : Optional.of("Referer: " + referer);
        }
        return Optional.empty();
    }

    /** Whether a URL (an origin or a referer) names the host and port of the {@code Host} header. */
    static boolean sameHost(String url, String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return false; // "null", or not a URL at all
        }
        int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
        String header = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        String portText;
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            if (end < 0) {
                return false;
            }
            name = header.substring(0, end + 1);
            portText = header.length() > end + 2 && header.charAt(end + 1) == ':' ? header.substring(end + 2) : null;
        } else {
            int colon = header.lastIndexOf(':');
            name = colon < 0 ? header : header.substring(0, colon);
            portText = colon < 0 ? null : header.substring(colon + 1);
        }
        int hostPort;
        try {
            hostPort = portText == null ? defaultPort(uri.getScheme()) : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            return false;
        }
        return uri.getHost().toLowerCase(Locale.ROOT).equals(name) && port == hostPort;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}

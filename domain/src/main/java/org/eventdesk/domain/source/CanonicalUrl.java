package org.eventdesk.domain.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The form of a URL used to recognise the same article behind different links: lower-case scheme and host,
 * no {@code www.}, no default port, no fragment, no trailing slash, and no tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, ...). {@code http} and {@code https} count as the same.
 */
public final class CanonicalUrl {
    private CanonicalUrl() {}

    /** Empty when the text is not an absolute http(s) URL. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null
                ? ""
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.isEmpty() && !isTracking(p))
                        .sorted()
                        .collect(Collectors.joining("&"));
        return Optional.of("https://" + host + portPart + path + (query.isEmpty() ? "" : "?" + query));
    }

    public static boolean isValid(String url) {
        return of(url).isPresent();
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_")
                || name.equals("fbclid")
                || name.equals("gclid")
                || name.equals("mc_cid")
                || name.equals("mc_eid")
                || name.equals("ocid")
                || name.equals("cmpid")
                || name.equals("ref")
                || name.equals("smid");
    }
}

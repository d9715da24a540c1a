package org.eventdesk.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Hands the API the path that the servlet container resolved, the same one that decided that the request is an API
 * request and how its caller is known ({@code DeskAuthenticationMechanism}). Otherwise the two could read one
 * request two ways: {@code /api;x=1/v1/records} reaches the API's servlet (the container drops the path parameter),
 * but the JAX-RS runtime matched the raw URI and found nothing. The API uses no matrix parameters, so nothing is
 * lost: {@code /api;x=1/v1/records} is simply {@code /api/v1/records}, with the same token check and answers.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ResolvedApiPath extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String resolved = request.getContextPath()
                + request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String encoded = encodedPath(resolved);
        if (encoded == null || encoded.equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRequestURI() {
                        return encoded;
                    }

                    @Override
                    public StringBuffer getRequestURL() {
                        StringBuffer url = super.getRequestURL();
                        String raw = super.getRequestURI();
                        int at = url.lastIndexOf(raw);
                        return at < 0 ? url : url.replace(at, at + raw.length(), encoded);
                    }
                },
                response);
    }

    /** The decoded path encoded again as a URI path, or null if it cannot be. */
    private static String encodedPath(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

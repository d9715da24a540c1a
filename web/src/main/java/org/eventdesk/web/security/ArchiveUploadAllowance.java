package org.eventdesk.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import org.eventdesk.web.api.BodySizeLimit;

/**
 * Lets an archive in and nothing else that large. The server's listeners admit request bodies up to
 * {@link BodySizeLimit#MAX_IMPORT_BYTES} ({@code max-post-size} in {@code configure-server.cli}): Undertow refuses a
 * larger declared body before any handler runs, so the door must be that wide. Here, before anything reads a body,
 * every address but the two an archive comes through (the API's {@code POST /api/v1/imports} and the Import page's
 * upload, Vaadin's upload addresses) is held back to {@link #OTHER_MAX_BYTES}, WildFly's default. Who may import is
 * checked by the import service, as always; this only sizes the door.
 *
 * <p>Vaadin's upload addresses serve every upload of the desk; the other one (a source's file) reads at most its
 * own limit ({@code NewSourceView}).
 */
public class ArchiveUploadAllowance implements ServletExtension {
    /** WildFly's own default for a request body, kept for every address that takes no archive. */
    public static final long OTHER_MAX_BYTES = 10L * 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(Handler::new);
    }

    /** @param requestPath the request's path (the desk is the server's root application) */
    static boolean mayCarryArchive(String requestPath) {
        return requestPath.startsWith("/api/v1/imports") || requestPath.startsWith("/VAADIN/dynamic/resource/");
    }

    private static final class Handler implements HttpHandler {
        private final HttpHandler next;

        Handler(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (!mayCarryArchive(exchange.getRequestPath())) {
                exchange.setMaxEntitySize(OTHER_MAX_BYTES);
            }
            next.handleRequest(exchange);
        }
    }
}

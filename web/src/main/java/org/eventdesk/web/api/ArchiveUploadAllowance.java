package org.eventdesk.web.api;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Lets an archive in: the server refuses request bodies over WildFly's default of 10 MB (the listener's
 * {@code max-post-size}, left as it is), except on the two ways an archive is uploaded, the API's
 * {@code POST /api/v1/imports} and the Import page's upload (Vaadin's upload addresses), which may send up to
 * {@link BodySizeLimit#MAX_IMPORT_BYTES}. Raising the listener's limit instead would let every address of the desk
 * take a gigabyte. Who may import is checked by the import service, as always; this only sizes the door.
 *
 * <p>Vaadin's upload addresses serve every upload of the desk; the other one (a source's file) reads at most its
 * own limit ({@code NewSourceView}).
 */
public class ArchiveUploadAllowance implements ServletExtension {
    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(Handler::new);
    }

    /** @param relativePath the request's path within the desk's web application */
    static boolean mayCarryArchive(String relativePath) {
        return relativePath.startsWith("/api/v1/imports") || relativePath.startsWith("/VAADIN/dynamic/resource/");
    }

    private static final class Handler implements HttpHandler {
        private final HttpHandler next;

        Handler(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (mayCarryArchive(exchange.getRelativePath())) {
                exchange.setMaxEntitySize(BodySizeLimit.MAX_IMPORT_BYTES);
            }
            next.handleRequest(exchange);
        }
    }
}

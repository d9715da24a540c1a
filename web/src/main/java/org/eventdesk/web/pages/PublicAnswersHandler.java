package org.eventdesk.web.pages;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.application.publishing.PublicAnswers;
import org.eventdesk.web.api.PublicCaching;
import org.eventdesk.web.security.PublicAllowance;

/**
 * Sends a kept public answer (a page of the list, a record, a reader's page) straight from memory, before the
 * servlet machinery (authentication, CDI contexts, filters, JAX-RS) is entered: what a reader gets from a kept answer
 * costs what a static file costs. Everything else goes on down the chain unchanged, and the answer the chain makes
 * is kept ({@link PublicAnswers}) for the next reader of the same address.
 *
 * <p>Only when all of it holds: a GET without credentials (a request with a token is the API's business), an
 * address of the public read side, an answer kept at the log's current head (read less than a second ago, so no
 * database is touched here), and the client within its public allowance ({@link PublicAllowance}: a client over it
 * goes down the chain, which answers 429). Runs on Undertow's I/O thread: nothing here blocks.
 */
final class PublicAnswersHandler implements HttpHandler {
    private final HttpHandler next;

    PublicAnswersHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<PublicAnswers.Answer> kept = kept(exchange);
        if (kept.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        PublicAnswers.Answer answer = kept.get();
        exchange.setStatusCode(answer.status());
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            exchange.getResponseHeaders().put(new HttpString(header.getKey()), header.getValue());
        }
        String etag = answer.headers().get("ETag");
        String lastModified = answer.headers().get("Last-Modified");
        // Preconditions apply only to what would be a 2xx (RFC 9110, 13.2.1).
        if (answer.status() == 200
                && etag != null
                && lastModified != null
                && PublicCaching.fromHeaders(etag, lastModified)
                        .notModified(
                                exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH),
                                exchange.getRequestHeaders().getFirst(Headers.IF_MODIFIED_SINCE))) {
            exchange.setStatusCode(304);
            exchange.getResponseHeaders().remove(Headers.CONTENT_TYPE);
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, answer.body().length);
        exchange.getResponseSender().send(ByteBuffer.wrap(answer.body()));
    }

    private static Optional<PublicAnswers.Answer> kept(HttpServerExchange exchange) {
        if (!Methods.GET.equals(exchange.getRequestMethod())
                || exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)) {
            return Optional.empty();
        }
        String path = exchange.getRequestURI();
        if (!PublicAnswers.isPublicRead(path)) {
            return Optional.empty();
        }
        Optional<PublicAnswers> answers = PublicAnswers.running();
        Optional<PublicAllowance> allowance = PublicAllowance.running();
        if (answers.isEmpty() || allowance.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublicAnswers.Answer> kept = answers.get()
                .kept(PublicAnswers.key(
                        path,
                        exchange.getQueryString(),
                        exchange.getRequestHeaders().getFirst(Headers.ACCEPT),
                        exchange.getRequestHeaders().getFirst(Headers.HOST)));
        if (kept.isEmpty()
                || !allowance
                        .get()
                        .take(exchange.getSourceAddress().getAddress().getHostAddress(), path)) {
            return Optional.empty();
        }
        return kept;
    }
}

package org.eventdesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the desk's API, as a partner system or a script would call it. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {}

    record Answer(int status, String contentType, String location, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** A response header's first value, or {@code null}. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    static HttpRequest.Builder request(String path, String token) {
        return request(Desk.BASE_URL, path, token);
    }

    /** A request to another desk than the test server (one more server on the same database). */
    static HttpRequest.Builder request(String baseUrl, String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting, for requests that must be in flight at the same time. */
    static java.util.concurrent.CompletableFuture<Answer> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Location").orElse(null),
                        response.body(),
                        response.headers()));
    }

    static Answer get(String baseUrl, String path, String token) {
        return send(request(baseUrl, path, token).GET().build());
    }

    static Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    static Answer postJson(String path, String token, String body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Answer postJson(String path, String token, JsonNode body) {
        return postJson(path, token, body.toString());
    }

    /** PUT with a JSON body and, unless {@code null}, an {@code If-Match} header sent exactly as given. */
    static Answer putJson(String path, String token, String ifMatch, JsonNode body) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}

package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads the desk as the public does: no token, no cookie jar. Every answer is checked for what no public answer
 * may ever do, whatever the test is about: fail with a 5xx, or open a session (a {@code Set-Cookie}).
 */
final class PublicHttp {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PublicHttp() {}

    /** An answer with its body as bytes: text formats are decoded as UTF-8, which every format here must be. */
    record Answer(String path, int status, HttpHeaders headers, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON from " + path + ": " + text(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        List<String> headers(String name) {
            return headers.allValues(name);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The media type without its parameters, lower case. */
        String mediaType() {
            return contentType().split(";")[0].strip().toLowerCase();
        }

        Answer expect(int expected) {
            assertEquals(expected, status, path + " answered " + status + ": " + text());
            return this;
        }
    }

    /** GET a path with request headers given as name, value, name, value… */
    static Answer get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(Desk.url(path))).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(path, response.statusCode(), response.headers(), response.body());
            assertTrue(answer.status() < 500, path + " answered " + answer.status() + ": " + answer.text());
            assertFalse(
                    response.headers().firstValue("Set-Cookie").isPresent(),
                    path + " set a cookie: " + response.headers().allValues("Set-Cookie"));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a path that must answer 200. */
    static JsonNode json(String path) {
        return get(path).expect(200).json();
    }

    /** Every query-string value is sent percent-encoded, as a browser's form would. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.eventdesk.web.api.DeskApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is generated from the code; this checks that it is complete and true: every JAX-RS
 * operation of the web module (read off its annotations) is in it, and every operation it documents answers (is
 * routed: neither 404 "nothing at this address" nor 405, and never a 5xx).
 */
class OpenApiIT {
    private static JsonNode document;
    private static long publishedId;
    private static long sourceId;

    @BeforeAll
    static void read() {
        Api.Answer answer = Api.send(Api.request("/openapi", null)
                .header("Accept", "application/json")
                .GET()
                .build());
        assertEquals(200, answer.status(), answer.body());
        document = answer.json();
        publishedId = ReadyRecords.create("demo-editor-token", "Documented record");
        for (String[] step : new String[][] {
            {"submit", "demo-editor-token"}, {"approve", "demo-reviewer-token"}, {"publish", "demo-editor-token"}
        }) {
            assertEquals(
                    200, ReadyRecords.step(publishedId, step[0], step[1], null).status(), step[0]);
        }
        sourceId = ReadyRecords.source("demo-editor-token").get("id").asLong();
    }

    @Test
    void everyJaxRsOperationIsDocumented() throws Exception {
        Set<String> inCode = operationsInCode();
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertTrue(inCode.size() > 25, "the resources were found: " + inCode);
        assertEquals(inCode, documented, "JAX-RS operations and the OpenAPI document");
        assertEquals("Event Desk API", document.get("info").get("title").asText());
    }

    @Test
    void everyDocumentedOperationAnswers() {
        List<String> failures = new ArrayList<>();
        int called = 0;
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String template = paths.next();
            String path = template.replace("/api/v1/events/{id}", "/api/v1/events/" + publishedId)
                    .replace("/api/v1/records/{id}", "/api/v1/records/" + publishedId)
                    .replace("/api/v1/sources/{id}", "/api/v1/sources/" + sourceId)
                    .replace("/api/v1/imports/{id}", "/api/v1/imports/1")
                    .replace("{format}", "json")
                    .replace("{seq}", "1")
                    .replace("{fact}", "time");
            for (Iterator<String> methods = document.get("paths").get(template).fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                HttpRequest.Builder request = Api.request(path, null);
                HttpRequest built =
                        switch (method) {
                            case "GET" -> request.GET().build();
                            case "DELETE" -> request.DELETE().build();
                            default ->
                                request.header("Content-Type", "application/json")
                                        .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                                        .build();
                        };
                Api.Answer answer = Api.send(built);
                called++;
                boolean unrouted = answer.status() == 405
                        || answer.status() == 404 && answer.body().contains("There is nothing at this address");
                if (unrouted || answer.status() >= 500) {
                    failures.add(method + " " + path + " -> " + answer.status() + " " + answer.body());
                }
            }
        }
        assertTrue(called > 25, "operations called: " + called);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void publicOperationsAnswerWithoutAToken() {
        for (String path : List.of(
                "/api/v1/events",
                "/api/v1/events/" + publishedId,
                "/api/v1/events/" + publishedId + "/versions",
                "/api/v1/feed.atom",
                "/api/v1/publication-log",
                "/api/v1/publication-log/verify")) {
            Api.Answer answer = Api.get(path, null);
            assertEquals(200, answer.status(), path + ": " + answer.body());
            assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), path + " sets no cookie");
        }
    }

    /** "GET /api/v1/records/{id}" for every resource method, sub-resources followed, templates without regexes. */
    private static Set<String> operationsInCode() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        String prefix = "/"
                + DeskApi.class
                        .getAnnotation(jakarta.ws.rs.ApplicationPath.class)
                        .value()
                        .replace("/", "");
        String jar = Paths.get(DeskApi.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        try (JarFile classes = new JarFile(jar)) {
            for (var entries = classes.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("org/eventdesk/web/api/") && name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
                    if (type.isAnnotationPresent(Path.class)) {
                        collect(
                                type,
                                prefix + "/"
                                        + template(
                                                type.getAnnotation(Path.class).value()),
                                operations);
                    }
                }
            }
        }
        return operations;
    }

    private static void collect(Class<?> type, String base, Set<String> operations) {
        for (Method method : type.getDeclaredMethods()) {
            String path = method.isAnnotationPresent(Path.class)
                    ? base + "/" + template(method.getAnnotation(Path.class).value())
                    : base;
            String verb = method.isAnnotationPresent(GET.class)
                    ? "GET"
                    : method.isAnnotationPresent(POST.class)
                            ? "POST"
                            : method.isAnnotationPresent(PUT.class)
                                    ? "PUT"
                                    : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (verb != null) {
                operations.add(verb + " " + path.replaceAll("/+$", ""));
            } else if (method.isAnnotationPresent(Path.class)) {
                collect(method.getReturnType(), path, operations); // a sub-resource locator
            }
        }
    }

    /**
     * "{id: [0-9]{1,18}}" becomes "{id}", as OpenAPI writes templates (a regex may hold braces of its own, so
     * they are counted); slashes at the ends go.
     */
    private static String template(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inRegex = false;
                    out.append(c);
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                inRegex = true;
                continue;
            }
            if (!inRegex && !(depth == 1 && c == ' ')) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("^/+|/+$", "");
    }
}

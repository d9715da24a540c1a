package org.eventdesk.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventdesk.application.publishing.LogEntryView;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.application.publishing.PublicDocument;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.web.api.PublicCaching;
import org.eventdesk.web.api.PublicListRequest;

/**
 * Serves the reader's pages. Plain servlet and precompiled templates on purpose: a page is one or two indexed
 * reads and a method call, creates no session (nothing here asks for one) and needs no script in the browser.
 * Answers carry the same validators as the API ({@link PublicCaching}) and a 304 when the reader's copy is current.
 */
@WebServlet(urlPatterns = {"/events", "/events/*"})
public class PublicPagesServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(PublicPagesServlet.class.getName());
    private static final Pattern RECORD = Pattern.compile("/([0-9]{1,18})/?");
    private static final String HTML = "text/html; charset=UTF-8";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(
            null, ContentType.Html, PublicPagesServlet.class.getClassLoader(), "org.eventdesk.web.pages.templates");

    @Inject
    private PublicCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String path = request.getPathInfo();
            if (path == null || path.equals("/")) {
                list(request, response);
                return;
            }
            Matcher record = RECORD.matcher(path);
            if (record.matches()) {
                record(Long.parseLong(record.group(1)), request, response);
            } else {
                message(response, 404, "Not found", "There is no page at this address.");
            }
        } catch (InvalidInputException invalid) {
            message(
                    response,
                    400,
                    "Check the address",
                    String.join(
                                    "; ",
                                    invalid.errors().stream()
                                            .map(e -> e.field() + " " + e.message())
                                            .toList()) + ".");
        } catch (RuntimeException fault) {
            LOG.log(Level.SEVERE, "Public page failed: " + request.getRequestURI(), fault);
            message(response, 500, "Something went wrong", "The page could not be made; please try again later.");
        }
    }

    private void record(long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Integer> version = version(request);
        Optional<PublicDocument> latest = catalog.latest(id);
        Optional<PublicDocument> shown =
                latest.isEmpty() ? Optional.empty() : version.isEmpty() ? latest : catalog.version(id, version.get());
        if (shown.isEmpty()) {
            message(response, 404, "Not found", "No published record has this address.");
            return;
        }
        PublicDocument document = shown.get();
        // The page shows the version and the record's list of versions: both must be current for a 304.
        PublicCaching validators = new PublicCaching(
                "\"" + document.entryHash().substring(0, 24) + "-"
                        + latest.get().entryHash().substring(0, 24) + "-html\"",
                latest.get().changedAt());
        // A retracted record's page is a 410, and preconditions apply only to what would be a 2xx (RFC 9110,
        // 13.2.1): a cache revalidating it is told 410 again, never 304.
        if (document.isRetracted()) {
            setValidators(response, validators);
        } else if (notModified(request, response, validators)) {
            return;
        }
        PublicRecord record = PublicRecordJson.parse(document.json());
        List<EventPage.Version> versions = versions(id, document);
        EventPage page = new EventPage(
                record, latest.get().version(), versions, document.entrySeq(), document.entryHash(), base(request));
        if (record.isRetracted()) {
            render(response, 410, "retracted.jte", Map.of("page", page));
        } else {
            render(response, 200, "event.jte", Map.of("page", page));
        }
    }

    /** Every version with its correction's changes in words, read from the documents that sealed them. */
    private List<EventPage.Version> versions(long id, PublicDocument shown) {
        List<EventPage.Version> versions = new ArrayList<>();
        for (LogEntryView entry : catalog.versions(id)) {
            List<String> changes = List.of();
            if ("CORRECTED".equals(entry.kind())) {
                changes = (entry.seq() == shown.entrySeq() ? Optional.of(shown) : catalog.version(id, entry.version()))
                        .map(d -> PublicRecordJson.parse(d.json()))
                        .filter(r -> r.correction() != null)
                        .map(r -> r.correction().changes())
                        .orElse(List.of());
            }
            versions.add(new EventPage.Version(
                    entry.version(), entry.kind(), EventPage.stamp(entry.at()), entry.note(), changes, entry.seq()));
        }
        return versions;
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        parameters.remove("limit");
        PublicListRequest list = PublicListRequest.read(parameters, Set.of(), catalog);
        PublicCaching validators = PublicCaching.of(catalog.head(), "html");
        if (notModified(request, response, validators)) {
            return;
        }
        PublicCatalog.ListPage page = catalog.list(list.query(), list.cursor(), PublicListRequest.DEFAULT_LIMIT);
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!name.equals("cursor") && !values.isEmpty() && !values.get(0).isBlank()) {
                filters.put(name, values.get(0).strip());
            }
        });
        String query = String.join(
                "&",
                filters.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .toList());
        Map<String, String> types = new LinkedHashMap<>();
        catalog.types().forEach(t -> types.put(t.code(), (t.parentCode() == null ? "" : "— ") + t.label()));
        Map<String, String> categories = new LinkedHashMap<>();
        catalog.categories().forEach(c -> categories.put(c.code(), c.label()));
        EventListPage model = new EventListPage(
                page.items().stream()
                        .map(item -> PublicRecordJson.parse(item.document()))
                        .toList(),
                filters,
                types,
                categories,
                page.next().map(c -> pageLink(query, list.token(c))).orElse(null),
                page.previous().map(c -> pageLink(query, list.token(c))).orElse(null),
                query);
        render(response, 200, "events.jte", Map.of("page", model));
    }

    private static String pageLink(String query, String cursor) {
        return "/events?" + (query.isEmpty() ? "" : query + "&") + "cursor=" + cursor;
    }

    private static Optional<Integer> version(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("version")) {
                throw new InvalidInputException(name, "is not a parameter of a record's page; it takes version");
            }
        }
        String value = request.getParameter("version");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int version = Integer.parseInt(value.strip());
            if (version >= 1) {
                return Optional.of(version);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("version", "must be a version number: 1, 2, …");
    }

    private static boolean notModified(
            HttpServletRequest request, HttpServletResponse response, PublicCaching validators) {
        setValidators(response, validators);
        if (validators.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
            response.setStatus(304);
            return true;
        }
        return false;
    }

    private static void setValidators(HttpServletResponse response, PublicCaching validators) {
        response.setHeader("ETag", validators.etag());
        response.setHeader("Last-Modified", validators.lastModifiedHeader());
        response.setHeader("Cache-Control", PublicCaching.CACHE_CONTROL);
    }

    private void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model, output);
        response.setStatus(status);
        response.setContentType(HTML);
        response.setContentLength(output.getContentLength());
        output.writeTo(response.getOutputStream());
    }

    private void message(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        render(response, status, "message.jte", Map.of("title", title, "message", message));
    }

    private static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}

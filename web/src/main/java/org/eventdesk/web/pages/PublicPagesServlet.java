package org.eventdesk.web.pages;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.eventdesk.application.publishing.LogHead;
import org.eventdesk.application.publishing.PublicAnswers;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.application.publishing.PublicDocument;
import org.eventdesk.application.startup.DeskSettings;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.web.api.GeoJsonExport;
import org.eventdesk.web.api.PublicCaching;
import org.eventdesk.web.api.PublicListRequest;
import org.eventdesk.web.api.RequestProblems;

/**
 * Serves the reader's pages. Plain servlet and precompiled templates on purpose: a page is one or two indexed
 * reads and a method call, creates no session (nothing here asks for one) and needs no script in the browser. A
 * finished page is kept while the publication log stays where it was ({@link PublicAnswers}); answers carry the
 * same validators as the API ({@link PublicCaching}) and are a 304 when the reader's copy is current.
 */
@WebServlet(urlPatterns = {"/events", "/events/*"})
public class PublicPagesServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(PublicPagesServlet.class.getName());
    private static final Pattern RECORD = Pattern.compile("/([0-9]{1,18})/?");
    private static final String HTML = "text/html; charset=UTF-8";

    private final TemplateEngine templates = RecordRendering.TEMPLATES;

    @Inject
    private PublicCatalog catalog;

    @Inject
    private PublicAnswers answers;

    @Inject
    private DeskSettings settings;

    /** The map view of the list holds the newest this many records of it (five pages of the catalog's largest). */
    static final int MAP_RECORDS = 1_000;

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
                send(message(404, "Not found", "There is no page at this address."), request, response);
            }
        } catch (InvalidInputException invalid) {
            String what = String.join(
                    "; ",
                    invalid.errors().stream()
                            .map(e -> e.field() + " " + e.message())
                            .toList());
            send(message(400, "Check the address", what + "."), request, response);
        } catch (RuntimeException fault) {
            LOG.log(Level.SEVERE, "Public page failed: " + request.getRequestURI(), fault);
            send(
                    message(500, "Something went wrong", "The page could not be made; please try again later."),
                    request,
                    response);
        }
    }

    private void record(long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Integer> version = version(request);
        LogHead head = answers.head();
        PublicAnswers.Answer page =
                answers.answer(key(request), head, () -> recordPage(id, version, head, base(request)));
        send(page, request, response);
    }

    private PublicAnswers.Answer recordPage(long id, Optional<Integer> version, LogHead head, String base) {
        Optional<PublicDocument> latest = catalog.latest(id);
        Optional<PublicDocument> shown =
                latest.isEmpty() ? Optional.empty() : version.isEmpty() ? latest : catalog.version(id, version.get());
        if (shown.isEmpty()) {
            return render(
                    head,
                    404,
                    "message.jte",
                    Map.of("title", "Not found", "message", "No published record has this address."),
                    null);
        }
        PublicDocument document = shown.get();
        // The page shows the version and the record's list of versions: both must be current for a 304.
        PublicCaching validators = new PublicCaching(
                "\"" + document.entryHash().substring(0, 24) + "-"
                        + latest.get().entryHash().substring(0, 24) + "-html\"",
                latest.get().changedAt());
        PublicRecord record = PublicRecordJson.parse(document.json());
        boolean located = record.places().stream().anyMatch(PublicRecord.Place::hasCoordinates);
        EventPage page = new EventPage(
                record,
                latest.get().version(),
                versions(id, document),
                document.entrySeq(),
                document.entryHash(),
                base);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        if (located && !record.isRetracted()) {
            model.put("map", map("record-map", "Map of the record's places", List.of(record), ""));
        }
        return render(
                head,
                record.isRetracted() ? 410 : 200,
                record.isRetracted() ? "retracted.jte" : "event.jte",
                model,
                validators);
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
        PublicListRequest list = PublicListRequest.read(parameters, Set.of("view"), catalog);
        String view = parameters.getOrDefault("view", List.of("list")).get(0);
        if (!view.equals("list") && !view.equals("map")) {
            throw RequestProblems.refused("view", "must be 'list' or 'map'");
        }
        LogHead head = answers.head();
        PublicAnswers.Answer page =
                answers.answer(key(request), head, () -> listPage(parameters, list, head, view.equals("map")));
        send(page, request, response);
    }

    private PublicAnswers.Answer listPage(
            Map<String, List<String>> parameters, PublicListRequest list, LogHead head, boolean onMap) {
        PublicCatalog.ListPage page = catalog.list(list.query(), list.cursor(), list.limit());
        ReaderMap map = null;
        if (onMap) {
            // The newest records of the filtered list, page by page from the same index walk as the list.
            List<PublicRecord> shown = new ArrayList<>();
            Optional<PublicQuery.Cursor> after = list.cursor();
            boolean more;
            do {
                PublicCatalog.ListPage batch = catalog.list(list.query(), after, PublicCatalog.MAX_PAGE);
                batch.items().forEach(item -> shown.add(PublicRecordJson.parse(item.document())));
                after = batch.next();
                more = after.isPresent();
            } while (more && shown.size() < MAP_RECORDS);
            String note = String.format(
                    "%,d record%s on the map%s.",
                    shown.size(),
                    shown.size() == 1 ? "" : "s",
                    more ? ", the newest of this list: narrow the filters to see older ones" : "");
            map = map("list-map", "Map of the records in this list", shown, note);
        }
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
        Map<String, Object> templateModel = new LinkedHashMap<>();
        templateModel.put("page", model);
        if (map != null) {
            templateModel.put("map", map);
        }
        return render(head, 200, "events.jte", templateModel, PublicCaching.of(head, "html"));
    }

    /** The key a finished page is kept under: the request as the handler in front of the servlets sees it. */
    private static String key(HttpServletRequest request) {
        return PublicAnswers.key(
                request.getRequestURI(),
                request.getQueryString(),
                request.getHeader("Accept"),
                request.getHeader("Host"));
    }

    private static String pageLink(String query, String cursor) {
        return "/events?" + (query.isEmpty() ? "" : query + "&") + "cursor=" + cursor;
    }

    private static Optional<Integer> version(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("version")) {
                throw RequestProblems.refused(name, "is not a parameter of a record's page; it takes version");
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
        throw RequestProblems.refused("version", "must be a version number: 1, 2, …");
    }

    /** A page as this request gets it: a 304 when the reader's copy is current, the page otherwise. */
    private static void send(PublicAnswers.Answer page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String etag = page.headers().get("ETag");
        String lastModified = page.headers().get("Last-Modified");
        // Preconditions apply only to what would be a 2xx (RFC 9110, 13.2.1): a retracted record's 410 stays a 410.
        boolean current = page.status() == 200
                && etag != null
                && lastModified != null
                && PublicCaching.fromHeaders(etag, lastModified)
                        .notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"));
        page.headers().forEach(response::setHeader);
        if (current) {
            response.setStatus(304);
            return;
        }
        response.setStatus(page.status());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private PublicAnswers.Answer render(
            LogHead head, int status, String template, Map<String, Object> model, PublicCaching validators) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model, output);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(output.getContentLength());
        try {
            output.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = bytes.toByteArray();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", HTML);
        if (validators == null) {
            headers.put("Cache-Control", "no-store");
        } else {
            headers.put("ETag", validators.etag());
            headers.put("Last-Modified", validators.lastModifiedHeader());
            headers.put("Cache-Control", PublicCaching.CACHE_CONTROL);
        }
        return new PublicAnswers.Answer(head, status, body, headers);
    }

    private ReaderMap map(String id, String label, List<PublicRecord> records, String note) {
        return new ReaderMap(
                id, label, GeoJsonExport.of(records), settings.mapTiles().orElse(""), settings.mapAttribution(), note);
    }

    private PublicAnswers.Answer message(int status, String title, String message) {
        return render(null, status, "message.jte", Map.of("title", title, "message", message), null);
    }

    private static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

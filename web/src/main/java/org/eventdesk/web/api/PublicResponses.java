package org.eventdesk.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.application.publishing.LogEntryView;
import org.eventdesk.application.publishing.LogHead;
import org.eventdesk.application.publishing.PublicAnswers;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.application.publishing.PublicDocument;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.SchemaOrg;
import org.eventdesk.domain.shared.JsonP;

/**
 * The answers of the public records endpoints, whichever address asked ({@link PublicEventsResource} chooses the
 * format by {@code Accept}, {@link PublicEventsFormatResource} by file suffix). Every answer is a sealed public
 * version (never a working copy); a record that was never published is absent exactly like an id that does not
 * exist, and a retracted one answers {@code 410 Gone} with its public reason. Every answer carries validators
 * ({@link PublicCaching}) and is a {@code 304} when the client's copy is current.
 *
 * <p>Finished answers are kept while the log's head stays where it was ({@link PublicAnswers}); the streamed
 * exports are made anew each time.
 */
final class PublicResponses {
    static final Set<PublicFormat> LIST_FORMATS = Set.of(PublicFormat.values());
    static final Set<PublicFormat> RECORD_FORMATS = Set.of(PublicFormat.JSON, PublicFormat.JSON_LD);
    /** The name the desk's JSON-LD gives itself as the reviewer of claims. */
    static final String PUBLISHER = "Event Desk";

    private final PublicCatalog catalog;
    private final PublicAnswers answers;
    private final UriInfo uri;
    private final HttpHeaders headers;

    PublicResponses(PublicCatalog catalog, PublicAnswers answers, UriInfo uri, HttpHeaders headers) {
        this.catalog = catalog;
        this.answers = answers;
        this.uri = uri;
        this.headers = headers;
    }

    /** The format a file suffix names ("csv"), or the one {@code Accept} prefers when there is no suffix. */
    PublicFormat format(String suffix, Set<PublicFormat> offered) {
        Optional<PublicFormat> chosen =
                PublicFormat.choose(suffix == null ? null : "." + suffix, headers.getAcceptableMediaTypes(), offered);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (suffix != null) {
            throw RequestProblems.refused(
                    "format",
                    "'" + QueryValues.shorten(suffix) + "' is not a format here; use one of "
                            + String.join(
                                    ", ",
                                    offered.stream()
                                            .map(f -> f.suffix.substring(1))
                                            .sorted()
                                            .toList()));
        }
        throw new NotAcceptable(offered);
    }

    /** The public list in a format: a page of JSON or JSON-LD, or the whole filtered list as CSV or GeoJSON. */
    Response list(PublicFormat format) {
        boolean export = format == PublicFormat.CSV || format == PublicFormat.GEOJSON;
        Map<String, List<String>> parameters = uri.getQueryParameters();
        if (export && (parameters.containsKey("limit") || parameters.containsKey("cursor"))) {
            throw RequestProblems.refused(
                    parameters.containsKey("limit") ? "limit" : "cursor",
                    "exports are whole: they hold every record the filters select, streamed; narrow them with filters");
        }
        PublicListRequest request =
                PublicListRequest.read(parameters, format == PublicFormat.CSV ? Set.of("format") : Set.of(), catalog);
        CsvExport.Columns columns = format == PublicFormat.CSV ? columns(parameters) : null;
        LogHead head = answers.head();
        PublicCaching validators =
                PublicCaching.of(head, format.tag + (columns == CsvExport.Columns.ACLED ? "-acled" : ""));
        if (!export) {
            return send(answers.answer(requestKey(), head, () -> page(request, format, validators, head)));
        }
        if (notModified(validators.etag(), validators.lastModifiedHeader())) {
            return notModifiedAnswer(headers(validators));
        }
        Response.ResponseBuilder answer = format == PublicFormat.CSV
                ? Response.ok(CsvExport.of(catalog, request.query(), columns))
                        .type(PublicFormat.CSV.mediaType + "; charset=UTF-8; header=present")
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"events" + (columns == CsvExport.Columns.ACLED ? "-acled" : "")
                                        + ".csv\"")
                : Response.ok(GeoJsonExport.of(catalog, request.query())).type(PublicFormat.GEOJSON.mediaType);
        headers(validators).forEach(answer::header);
        return answer.build();
    }

    private PublicAnswers.Answer page(
            PublicListRequest request, PublicFormat format, PublicCaching validators, LogHead head) {
        PublicCatalog.ListPage page = catalog.list(request.query(), request.cursor(), request.limit());
        Optional<String> next = page.next().map(request::token);
        Optional<String> previous = page.previous().map(request::token);
        String body;
        if (format == PublicFormat.JSON_LD) {
            body = SchemaOrg.list(
                            page.items().stream()
                                    .map(item -> PublicRecordJson.parse(item.document()))
                                    .toList(),
                            base())
                    .toString();
        } else {
            // The items are the sealed documents themselves, byte for byte: nothing is re-encoded on the way out.
            List<PublicCopies.Listed> items = page.items();
            StringBuilder json = new StringBuilder(64 + items.size() * 4096).append("{\"items\":[");
            for (int i = 0; i < items.size(); i++) {
                json.append(i == 0 ? "" : ",").append(items.get(i).document());
            }
            json.append("],\"next\":")
                    .append(next.map(t -> "\"" + t + "\"").orElse("null"))
                    .append(",\"previous\":")
                    .append(previous.map(t -> "\"" + t + "\"").orElse("null"))
                    .append('}');
            body = json.toString();
        }
        Map<String, String> answer = headers(validators);
        answer.put(HttpHeaders.CONTENT_TYPE, format == PublicFormat.JSON ? PublicFormat.JSON_UTF8 : format.mediaType);
        List<String> links = new ArrayList<>();
        next.ifPresent(token -> links.add(link(token, "next")));
        previous.ifPresent(token -> links.add(link(token, "prev")));
        if (!links.isEmpty()) {
            answer.put("Link", String.join(", ", links));
        }
        return new PublicAnswers.Answer(head, 200, body.getBytes(StandardCharsets.UTF_8), answer);
    }

    /** One record in a format; {@code ?version=n} for an earlier version. */
    Response record(long id, PublicFormat format) {
        Optional<Integer> version = version();
        LogHead head = answers.head();
        return send(answers.answer(requestKey(), head, () -> recordAnswer(id, version, format, head)));
    }

    private PublicAnswers.Answer recordAnswer(long id, Optional<Integer> version, PublicFormat format, LogHead head) {
        Optional<PublicDocument> found = version.isEmpty() ? catalog.latest(id) : catalog.version(id, version.get());
        if (found.isEmpty()) {
            return problem(head, notPublished(id, version), null);
        }
        PublicDocument document = found.get();
        if (document.isRetracted()) {
            return problem(head, gone(document), PublicCaching.of(document, "gone"));
        }
        String body = format == PublicFormat.JSON_LD
                ? SchemaOrg.graph(PublicRecordJson.parse(document.json()), base(), PUBLISHER)
                        .toString()
                : document.json();
        Map<String, String> answer = headers(PublicCaching.of(document, format.tag));
        answer.put(HttpHeaders.CONTENT_TYPE, format == PublicFormat.JSON ? PublicFormat.JSON_UTF8 : format.mediaType);
        return new PublicAnswers.Answer(head, 200, body.getBytes(StandardCharsets.UTF_8), answer);
    }

    /** Every public version of a record, retraction included. */
    Response versions(long id) {
        onlyParameters(Set.of());
        LogHead head = answers.head();
        return send(answers.answer(requestKey(), head, () -> versionsAnswer(id, head)));
    }

    private PublicAnswers.Answer versionsAnswer(long id, LogHead head) {
        Optional<PublicDocument> found = catalog.latest(id);
        if (found.isEmpty()) {
            return problem(head, notPublished(id, Optional.empty()), null);
        }
        PublicDocument latest = found.get();
        JsonArrayBuilder versions = JsonP.PROVIDER.createArrayBuilder();
        for (LogEntryView entry : catalog.versions(id)) {
            JsonObjectBuilder version = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("version", entry.version())
                    .add("kind", entry.kind())
                    .add("at", PublicRecordJson.utc(entry.at()));
            if (entry.note() == null) {
                version.addNull("note");
            } else {
                version.add("note", entry.note());
            }
            version.add("entry", entry.seq()).add("hash", entry.hash());
            if (!"RETRACTED".equals(entry.kind()) && !latest.isRetracted()) {
                version.add("url", "/api/v1/events/" + id + "?version=" + entry.version());
            }
            versions.add(version);
        }
        String body = JsonP.PROVIDER
                .createObjectBuilder()
                .add("recordId", id)
                .add("status", latest.status().name())
                .add("versions", versions)
                .build()
                .toString();
        Map<String, String> answer = headers(PublicCaching.of(latest, "versions"));
        answer.put(HttpHeaders.CONTENT_TYPE, PublicFormat.JSON_UTF8);
        return new PublicAnswers.Answer(head, 200, body.getBytes(StandardCharsets.UTF_8), answer);
    }

    // ---- sending ------------------------------------------------------------------------------------------

    /** A kept answer as this request gets it: a 304 when the client's copy is current, the answer otherwise. */
    private Response send(PublicAnswers.Answer answer) {
        // Preconditions apply only to what would be a 2xx (RFC 9110, 13.2.1): a 410 is a 410 again, never a 304.
        if (answer.status() == 200
                && notModified(
                        answer.headers().get(HttpHeaders.ETAG), answer.headers().get(HttpHeaders.LAST_MODIFIED))) {
            return notModifiedAnswer(answer.headers());
        }
        Response.ResponseBuilder full = Response.status(answer.status())
                .entity(answer.body())
                .header(HttpHeaders.CONTENT_LENGTH, answer.body().length);
        answer.headers().forEach(full::header);
        return full.build();
    }

    /** Whether the request's {@code If-None-Match} (else {@code If-Modified-Since}) says its copy is current. */
    private boolean notModified(String etag, String lastModified) {
        if (etag == null || lastModified == null) {
            return false;
        }
        return PublicCaching.fromHeaders(etag, lastModified)
                .notModified(
                        headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
    }

    private static Response notModifiedAnswer(Map<String, String> answerHeaders) {
        Response.ResponseBuilder notModified = Response.notModified();
        answerHeaders.forEach((name, value) -> {
            if (!name.equals(HttpHeaders.CONTENT_TYPE) && !name.equals("Link")) {
                notModified.header(name, value);
            }
        });
        return notModified.build();
    }

    /** A refusal kept like an answer: a record never published is asked for as often as one that was. */
    private static PublicAnswers.Answer problem(LogHead head, Problem problem, PublicCaching validators) {
        Map<String, String> answer = validators == null ? new LinkedHashMap<>() : headers(validators);
        answer.put(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (validators == null) {
            answer.put(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return new PublicAnswers.Answer(
                head, problem.status(), problem.toJson().toString().getBytes(StandardCharsets.UTF_8), answer);
    }

    static Map<String, String> headers(PublicCaching validators) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(HttpHeaders.ETAG, validators.etag());
        answer.put(HttpHeaders.LAST_MODIFIED, validators.lastModifiedHeader());
        answer.put(HttpHeaders.CACHE_CONTROL, PublicCaching.CACHE_CONTROL);
        answer.put(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return answer;
    }

    static Response cached(Response.ResponseBuilder answer, PublicCaching validators) {
        headers(validators).forEach(answer::header);
        return answer.build();
    }

    // ---- reading the request ------------------------------------------------------------------------------

    private static CsvExport.Columns columns(Map<String, List<String>> parameters) {
        String value = PublicListRequest.value(parameters, "format");
        if (value == null || value.equalsIgnoreCase("desk")) {
            return CsvExport.Columns.DESK;
        }
        if (value.equalsIgnoreCase("acled")) {
            return CsvExport.Columns.ACLED;
        }
        throw RequestProblems.refused(
                "format", "'" + QueryValues.shorten(value) + "' is not a CSV format; use desk (the default) or acled");
    }

    private Optional<Integer> version() {
        onlyParameters(Set.of("version"));
        String value = PublicListRequest.value(uri.getQueryParameters(), "version");
        if (value == null) {
            return Optional.empty();
        }
        try {
            int version = Integer.parseInt(value);
            if (version >= 1) {
                return Optional.of(version);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RequestProblems.refused("version", "must be a version number: 1, 2, …");
    }

    private void onlyParameters(Set<String> allowed) {
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                throw RequestProblems.refused(
                        QueryValues.shorten(name),
                        allowed.isEmpty()
                                ? "is not a parameter here; this takes none"
                                : "is not a parameter here; this takes " + String.join(", ", allowed));
            }
            if (parameter.getValue().size() > 1) {
                throw RequestProblems.refused(name, "is given more than once; give it once");
            }
        }
    }

    private static Problem gone(PublicDocument document) {
        PublicRecord notice = PublicRecordJson.parse(document.json());
        String at = PublicRecordJson.utc(notice.retraction().at());
        return Problem.of(
                        410,
                        "Retracted",
                        "Record " + document.recordId() + " (“" + notice.title() + "”) was retracted on " + at + ": "
                                + notice.retraction().reason())
                .type("retracted")
                .with("recordId", document.recordId())
                .with("recordTitle", notice.title())
                .with("reason", notice.retraction().reason())
                .with("retractedAt", at);
    }

    /** The same answer for a draft, a spiked record and an id nobody used: existence never leaks. */
    private static Problem notPublished(long id, Optional<Integer> version) {
        return Problem.of(
                        404,
                        "Not found",
                        version.map(v -> "Published version " + v + " of record " + id + " does not exist")
                                .orElse("Published record " + id + " does not exist"))
                .type("not-found");
    }

    private String link(String token, String rel) {
        return "<"
                + uri.getRequestUriBuilder().replaceQueryParam("cursor", token).build() + ">; rel=\"" + rel + "\"";
    }

    /** The key a finished answer is kept under: the request as the handler in front of the servlets sees it. */
    private String requestKey() {
        return PublicAnswers.key(
                uri.getRequestUri().getRawPath(),
                uri.getRequestUri().getRawQuery(),
                headers.getHeaderString(HttpHeaders.ACCEPT),
                headers.getHeaderString(HttpHeaders.HOST));
    }

    /** The desk's own address, for the absolute identifiers of JSON-LD. */
    String base() {
        String root = uri.getBaseUri().resolve("/").toString();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** 406 when the client accepts none of the formats offered. */
    static final class NotAcceptable extends RuntimeException {
        final transient Set<PublicFormat> offered;

        NotAcceptable(Set<PublicFormat> offered) {
            super("none of the formats offered is acceptable");
            this.offered = offered;
        }
    }
}

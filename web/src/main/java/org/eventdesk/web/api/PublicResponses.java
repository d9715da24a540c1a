package org.eventdesk.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.application.publishing.LogEntryView;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.application.publishing.PublicDocument;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.SchemaOrg;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;

/**
 * The answers of the public records endpoints, whichever address asked ({@link PublicEventsResource} chooses the
 * format by {@code Accept}, {@link PublicEventsFormatResource} by file suffix). Every answer is a sealed public
 * version (never a working copy); a record that was never published is absent exactly like an id that does not
 * exist, and a retracted one answers {@code 410 Gone} with its public reason. Every answer carries validators
 * ({@link PublicCaching}) and is a {@code 304} when the client's copy is current.
 */
final class PublicResponses {
    static final Set<PublicFormat> LIST_FORMATS = Set.of(PublicFormat.values());
    static final Set<PublicFormat> RECORD_FORMATS = Set.of(PublicFormat.JSON, PublicFormat.JSON_LD);
    /** The name the desk's JSON-LD gives itself as the reviewer of claims. */
    static final String PUBLISHER = "Event Desk";

    private final PublicCatalog catalog;
    private final UriInfo uri;
    private final HttpHeaders headers;

    PublicResponses(PublicCatalog catalog, UriInfo uri, HttpHeaders headers) {
        this.catalog = catalog;
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
            throw new InvalidInputException(
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
            throw new InvalidInputException(
                    parameters.containsKey("limit") ? "limit" : "cursor",
                    "exports are whole: they hold every record the filters select, streamed; narrow them with filters");
        }
        PublicListRequest request =
                PublicListRequest.read(parameters, format == PublicFormat.CSV ? Set.of("format") : Set.of(), catalog);
        CsvExport.Columns columns = format == PublicFormat.CSV ? columns(parameters) : null;
        PublicCaching validators =
                PublicCaching.of(catalog.head(), format.tag + (columns == CsvExport.Columns.ACLED ? "-acled" : ""));
        Optional<Response> notModified = notModified(validators);
        if (notModified.isPresent()) {
            return notModified.get();
        }
        return switch (format) {
            case CSV ->
                cached(
                        Response.ok(CsvExport.of(catalog, request.query(), columns))
                                .type(PublicFormat.CSV.mediaType + "; charset=UTF-8; header=present")
                                .header(
                                        "Content-Disposition",
                                        "attachment; filename=\"events"
                                                + (columns == CsvExport.Columns.ACLED ? "-acled" : "") + ".csv\""),
                        validators);
            case GEOJSON ->
                cached(
                        Response.ok(GeoJsonExport.of(catalog, request.query())).type(PublicFormat.GEOJSON.mediaType),
                        validators);
            default -> page(request, format, validators);
        };
    }

    private Response page(PublicListRequest request, PublicFormat format, PublicCaching validators) {
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
        Response.ResponseBuilder answer =
                Response.ok(body).type(format == PublicFormat.JSON ? PublicFormat.JSON_UTF8 : format.mediaType);
        next.ifPresent(token -> answer.header("Link", link(token, "next")));
        previous.ifPresent(token -> answer.header("Link", link(token, "prev")));
        return cached(answer, validators);
    }

    /** One record in a format; {@code ?version=n} for an earlier version. */
    Response record(long id, PublicFormat format) {
        Optional<Integer> version = version();
        PublicDocument document = (version.isEmpty() ? catalog.latest(id) : catalog.version(id, version.get()))
                .orElseThrow(() -> notPublished(id, version));
        if (document.isRetracted()) {
            return gone(document);
        }
        PublicCaching validators = PublicCaching.of(document, format.tag);
        Optional<Response> notModified = notModified(validators);
        if (notModified.isPresent()) {
            return notModified.get();
        }
        String body = format == PublicFormat.JSON_LD
                ? SchemaOrg.graph(PublicRecordJson.parse(document.json()), base(), PUBLISHER)
                        .toString()
                : document.json();
        return cached(
                Response.ok(body).type(format == PublicFormat.JSON ? PublicFormat.JSON_UTF8 : format.mediaType),
                validators);
    }

    /** Every public version of a record, retraction included. */
    Response versions(long id) {
        onlyParameters(Set.of());
        PublicDocument latest = catalog.latest(id).orElseThrow(() -> notPublished(id, Optional.empty()));
        PublicCaching validators = PublicCaching.of(latest, "versions");
        Optional<Response> notModified = notModified(validators);
        if (notModified.isPresent()) {
            return notModified.get();
        }
        JsonArrayBuilder versions = Json.createArrayBuilder();
        for (LogEntryView entry : catalog.versions(id)) {
            JsonObjectBuilder version = Json.createObjectBuilder()
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
        String body = Json.createObjectBuilder()
                .add("recordId", id)
                .add("status", latest.status().name())
                .add("versions", versions)
                .build()
                .toString();
        return cached(Response.ok(body).type(PublicFormat.JSON_UTF8), validators);
    }

    private static CsvExport.Columns columns(Map<String, List<String>> parameters) {
        String value = PublicListRequest.value(parameters, "format");
        if (value == null || value.equalsIgnoreCase("desk")) {
            return CsvExport.Columns.DESK;
        }
        if (value.equalsIgnoreCase("acled")) {
            return CsvExport.Columns.ACLED;
        }
        throw new InvalidInputException(
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
        throw new InvalidInputException("version", "must be a version number: 1, 2, …");
    }

    private void onlyParameters(Set<String> allowed) {
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(
                        QueryValues.shorten(name),
                        allowed.isEmpty()
                                ? "is not a parameter here; this takes none"
                                : "is not a parameter here; this takes " + String.join(", ", allowed));
            }
            if (parameter.getValue().size() > 1) {
                throw new InvalidInputException(name, "is given more than once; give it once");
            }
        }
    }

    private Optional<Response> notModified(PublicCaching validators) {
        if (validators.notModified(
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))) {
            return Optional.of(cached(Response.notModified(), validators));
        }
        return Optional.empty();
    }

    static Response cached(Response.ResponseBuilder answer, PublicCaching validators) {
        return answer.header(HttpHeaders.ETAG, validators.etag())
                .header(HttpHeaders.LAST_MODIFIED, validators.lastModifiedHeader())
                .header(HttpHeaders.CACHE_CONTROL, PublicCaching.CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private Response gone(PublicDocument document) {
        PublicRecord notice = PublicRecordJson.parse(document.json());
        String at = PublicRecordJson.utc(notice.retraction().at());
        return cached(
                Response.fromResponse(Problem.of(
                                410,
                                "Retracted",
                                "Record " + document.recordId() + " (“" + notice.title()
                                        + "”) was retracted on " + at + ": "
                                        + notice.retraction().reason())
                        .type("retracted")
                        .with("recordId", document.recordId())
                        .with("recordTitle", notice.title())
                        .with("reason", notice.retraction().reason())
                        .with("retractedAt", at)
                        .toResponse()),
                PublicCaching.of(document, "gone"));
    }

    /** The same answer for a draft, a spiked record and an id nobody used: existence never leaks. */
    private static RuntimeException notPublished(long id, Optional<Integer> version) {
        return version.<RuntimeException>map(v -> new NotFoundException("Published version " + v + " of record", id))
                .orElseGet(() -> new NotFoundException("Published record", id));
    }

    private String link(String token, String rel) {
        return "<"
                + uri.getRequestUriBuilder().replaceQueryParam("cursor", token).build() + ">; rel=\"" + rel + "\"";
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

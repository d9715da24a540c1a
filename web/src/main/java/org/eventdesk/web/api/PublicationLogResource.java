package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eventdesk.application.publishing.LogEntryView;
import org.eventdesk.application.publishing.PublicAnswers;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.PublicationAudit;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.Validation;

/**
 * {@code /api/v1/publication-log}: the tamper-evident log of everything that went out, entry by entry, and its
 * audit, for anyone. Each entry's hash covers the entry before it (see {@code LogEntry}); {@code /verify}
 * recomputes them all and checks that what readers are served is what was sealed.
 */
@RequestScoped
@Path("v1/publication-log")
@Tag(name = "Publication log", description = "The tamper-evident log of publications and its audit")
public class PublicationLogResource {
    @Inject
    private PublicCatalog catalog;

    @Inject
    private PublicAnswers answers;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(
            summary = "The log's entries, oldest first",
            description = "Each: seq, recordId, version, kind, title, note, at, hash, previousHash. limit 1-200 "
                    + "(default 50); cursor from next.")
    public Response entries() {
        Validation check = new Validation();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("limit") && !name.equals("cursor")) {
                check.add(RequestProblems.field(
                        QueryValues.shorten(name), "is not a parameter here; this takes limit, cursor"));
            } else if (values.size() > 1) {
                check.add(RequestProblems.field(name, "is given more than once; give it once"));
            }
        });
        int limit = QueryValues.limit(
                uri.getQueryParameters().getFirst("limit"),
                PublicListRequest.DEFAULT_LIMIT,
                PublicCatalog.MAX_PAGE,
                check);
        long after = after(uri.getQueryParameters().getFirst("cursor"), check);
        check.throwIfAny();
        PublicCaching validators = PublicCaching.of(answers.head(), "log");
        if (validators.notModified(
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))) {
            return PublicResponses.cached(Response.notModified(), validators);
        }
        List<LogEntryView> entries = catalog.logEntries(after, limit + 1);
        boolean more = entries.size() > limit;
        List<LogEntryView> page = more ? entries.subList(0, limit) : entries;
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        page.forEach(e -> items.add(json(e)));
        JsonObjectBuilder body = JsonP.PROVIDER.createObjectBuilder().add("entries", items);
        Optional<String> next =
                more ? Optional.of(cursor(page.get(page.size() - 1).seq())) : Optional.empty();
        if (next.isPresent()) {
            body.add("next", next.get());
        } else {
            body.addNull("next");
        }
        Response.ResponseBuilder answer = Response.ok(body.build().toString()).type(PublicFormat.JSON_UTF8);
        next.ifPresent(token -> answer.header(
                "Link",
                "<"
                        + uri.getRequestUriBuilder()
                                .replaceQueryParam("cursor", token)
                                .build() + ">; rel=\"next\""));
        return PublicResponses.cached(answer, validators);
    }

    @GET
    @Path("{seq: [0-9]{1,18}}")
    @Operation(summary = "One entry of the log")
    public Response entry(@PathParam("seq") long seq) {
        Validation check = new Validation();
        for (String name : uri.getQueryParameters().keySet()) {
            check.add(RequestProblems.field(QueryValues.shorten(name), "is not a parameter here; this takes none"));
        }
        check.throwIfAny();
        LogEntryView entry = catalog.logEntry(seq)
                .orElseThrow(() -> new org.eventdesk.domain.shared.NotFoundException("text.thing.logEntry", seq));
        // An entry never changes once sealed: its hash is its validator, the time it was sealed its date.
        PublicCaching validators = new PublicCaching("\"" + entry.hash() + "\"", entry.at());
        Response.ResponseBuilder answer = validators.notModified(
                        headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))
                ? Response.notModified()
                : Response.ok(json(entry).toString()).type(PublicFormat.JSON_UTF8);
        return answer.header(HttpHeaders.ETAG, validators.etag())
                .header(HttpHeaders.LAST_MODIFIED, validators.lastModifiedHeader())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400, immutable")
                .build();
    }

    @GET
    @Path("verify")
    @Operation(
            summary = "Audit the log now",
            description = "Recomputes every entry's hash from its fields (RFC 8785 canonical JSON), checks the "
                    + "chain and the head, and that what the public API serves of each record is exactly its sealed "
                    + "version. {valid, entries, head, firstBadEntry, problemCount, problems[]}.")
    public Response verify() {
        PublicationAudit.Report report = catalog.verify();
        JsonArrayBuilder problems = JsonP.PROVIDER.createArrayBuilder();
        for (PublicationAudit.Problem p : report.problems()) {
            JsonObjectBuilder problem = JsonP.PROVIDER.createObjectBuilder();
            if (p.seq() == null) {
                problem.addNull("entry");
            } else {
                problem.add("entry", p.seq());
            }
            if (p.recordId() == null) {
                problem.addNull("recordId");
            } else {
                problem.add("recordId", p.recordId());
            }
            problems.add(problem.add("problem", p.what()));
        }
        JsonObjectBuilder body = JsonP.PROVIDER
                .createObjectBuilder()
                .add("valid", report.valid())
                .add("entries", report.entries())
                .add("head", report.head());
        if (report.firstBadEntry() == null) {
            body.addNull("firstBadEntry");
        } else {
            body.add("firstBadEntry", report.firstBadEntry());
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body.add("problemCount", report.problemCount())
                        .add("problems", problems)
                        .build()
                        .toString())
                .type(PublicFormat.JSON_UTF8)
                .cacheControl(noStore)
                .build();
    }

    private static JsonObject json(LogEntryView e) {
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("seq", e.seq())
                .add("recordId", e.recordId())
                .add("version", e.version())
                .add("kind", e.kind())
                .add("title", e.title());
        if (e.note() == null) {
            json.addNull("note");
        } else {
            json.add("note", e.note());
        }
        return json.add("at", PublicRecordJson.utc(e.at()))
                .add("hash", e.hash())
                .add("previousHash", e.previousHash())
                .build();
    }

    private static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("l1|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long after(String token, Validation check) {
        if (token == null || token.isBlank()) {
            return 0;
        }
        try {
            if (token.length() <= 100) {
                String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
                if (plain.startsWith("l1|")) {
                    long seq = Long.parseLong(plain.substring(3));
                    if (seq > 0) {
                        return seq;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        check.add(RequestProblems.field("cursor", "is not a cursor this log gave out"));
        return 0;
    }
}

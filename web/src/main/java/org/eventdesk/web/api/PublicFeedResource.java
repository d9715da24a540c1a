package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eventdesk.application.publishing.LogHead;
import org.eventdesk.application.publishing.PublicAnswers;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.domain.publishing.PublicCopies;

/**
 * {@code /api/v1/feed.atom}: publications, corrections and retractions as they were sealed, newest first, with the
 * public list's filters. Paged by the log's entry numbers: {@code cursor} is where the previous page ended.
 */
@RequestScoped
@Path("v1/feed.atom")
@Tag(name = "Public records")
public class PublicFeedResource {
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
            summary = "Atom feed of publications, corrections and retractions",
            description = "The public list's filters apply (to the records the entries are about); limit 1-200, "
                    + "default 50; cursor continues with older entries (rel=next).")
    public Response feed() {
        Map<String, List<String>> parameters = new HashMap<>(uri.getQueryParameters());
        List<String> cursor = parameters.remove("cursor");
        PublicListRequest request = PublicListRequest.read(parameters, Set.of(), catalog);
        Optional<Long> before = cursor == null ? Optional.empty() : Optional.of(decode(cursor));
        LogHead head = answers.head();
        PublicCaching validators = PublicCaching.of(head, "atom");
        if (validators.notModified(
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))) {
            return PublicResponses.cached(Response.notModified(), validators);
        }
        List<PublicCopies.FeedEntry> entries = catalog.feed(request.query(), before, request.limit() + 1);
        boolean more = entries.size() > request.limit();
        List<PublicCopies.FeedEntry> page = more ? entries.subList(0, request.limit()) : entries;
        String base = uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
        String self = uri.getRequestUri().toString();
        String next = more
                ? uri.getRequestUriBuilder()
                        .replaceQueryParam(
                                "cursor", encode(page.get(page.size() - 1).seq()))
                        .build()
                        .toString()
                : null;
        Instant updated = page.isEmpty()
                ? head.lastAt().orElse(Instant.EPOCH)
                : page.get(0).at();
        byte[] body = AtomFeed.write(page, base, self, next, updated, PublicResponses.PUBLISHER);
        return PublicResponses.cached(
                Response.ok(new String(body, StandardCharsets.UTF_8)).type(AtomFeed.MEDIA_TYPE + "; charset=UTF-8"),
                validators);
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("f1|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(List<String> values) {
        String refusal = "is not a cursor this feed gave out";
        if (values.size() != 1 || values.get(0).length() > 100) {
            throw RequestProblems.refused("cursor", refusal);
        }
        try {
            String plain =
                    new String(Base64.getUrlDecoder().decode(values.get(0).strip()), StandardCharsets.UTF_8);
            if (plain.startsWith("f1|")) {
                long seq = Long.parseLong(plain.substring(3));
                if (seq > 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw RequestProblems.refused("cursor", refusal);
    }
}

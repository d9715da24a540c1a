package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * {@code /api/v1/records}: editors (and their scripts) create, read, replace and list event records. Every
 * answer about one record carries its version as a strong {@code ETag}; a replacement must name the version it
 * was made from in {@code If-Match}, so two editors never silently overwrite each other. Roles are checked by
 * the services; this class only turns HTTP into their calls and back.
 */
@RequestScoped
@Path("v1/records")
@Produces(MediaType.APPLICATION_JSON)
public class RecordsResource {
    static final int DEFAULT_LIMIT = 50;

    @Inject
    private RecordService service;

    @Inject
    private RecordCatalog catalog;

    @Inject
    private WorkflowService workflow;

    @Inject
    private org.eventdesk.application.record.FactReviewService factReview;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    /** Body: a record (see {@link RecordJson}); answers 201 with the stored record and its location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) throws PayloadTooLargeException {
        requireCaller();
        RecordInput input = readRecord(body);
        RecordView created = service.create(input);
        return Response.created(URI.create("v1/records/" + created.id()))
                .tag(tag(created))
                .entity(RecordJson.write(created).toString())
                .build();
    }

    /** The record with its version as ETag; {@code If-None-Match} with the current version answers 304. */
    @GET
    @Path("{id: [0-9]+}")
    public Response get(@PathParam("id") long id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        RecordView record = catalog.view(id);
        if (ifNoneMatch != null && matchesAny(ifNoneMatch, record.version())) {
            return Response.notModified(tag(record)).build();
        }
        return Response.ok(RecordJson.write(record).toString()).tag(tag(record)).build();
    }

    /** {@code /api/v1/records/{id}/facts}: the reviewer's ticks and comments on single facts. */
    @Path("{id: [0-9]+}/facts")
    public FactReviewResource facts() {
        return new FactReviewResource(factReview);
    }

    /** {@code /api/v1/records/{id}/submit}, {@code .../history} and the other workflow steps. */
    @Path("{id: [0-9]+}")
    public RecordWorkflowResource workflow() {
        return new RecordWorkflowResource(workflow, catalog);
    }

    /**
     * Replaces the record's content with the body. {@code If-Match: "<version>"} is required (428 without it,
     * 400 when it is not one quoted version) and must name the current version (412 otherwise, saying who
     * changed the record since).
     */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InputStream body)
            throws PayloadTooLargeException {
        return IfMatch.checked(catalog, id, ifMatch, "change it", seen -> {
            RecordView saved = service.update(id, readRecord(body), seen);
            return Response.ok(RecordJson.write(saved).toString())
                    .tag(tag(saved))
                    .build();
        });
    }

    /**
     * The records list, newest first, {@code limit} at a time (default 50, at most 200), continued with the
     * opaque {@code cursor} of the previous page ({@code next} in the body, {@code Link: <...>; rel="next"}).
     *
     * <p>{@code from} and {@code to} bound the event's start: a date ({@code 2025-12-27}) is that whole UTC day,
     * a time needs its offset ({@code 2025-12-27T09:00:00+02:00}). {@code from} is inclusive; {@code to} is
     * inclusive as a date (up to the end of that day) and exclusive as a time. Records without a time are left
     * out once either is given.
     *
     * <p>{@code q} searches the full-text index (titles, summaries, claims, place and actor names, cited passages;
     * English stemming: "drone" finds "drones"; "a phrase", -excluded, either | or, prefix*). The list stays in the
     * requested order; {@code order=relevance} ranks it by best match instead (the best 10,000 matches).
     *
     * <p>{@code area} ({@code west,south,east,north} in degrees, as the desk's map writes it) keeps to the records with
     * a place inside that rectangle.
     */
    @GET
    public Response list(
            @QueryParam("q") String text,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("place") String place,
            @QueryParam("country") String country,
            @QueryParam("actor") String actor,
            @QueryParam("verification") String verification,
            @QueryParam("category") String category,
            @QueryParam("area") String area,
            @QueryParam("order") String order,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        requireCaller();
        Validation check = new Validation();
        String typeCode = QueryValues.blankToNull(type);
        if (typeCode != null
                && catalog.eventTypes().stream().map(TaxonomyEntry::code).noneMatch(typeCode::equals)) {
            check.add(RequestProblems.field(
                    "type", "'" + typeCode + "' is not in the taxonomy (GET /api/v1/taxonomy lists the codes)"));
        }
        String categoryCode = QueryValues.blankToNull(category);
        if (categoryCode != null
                && catalog.figureCategories().stream().map(TaxonomyEntry::code).noneMatch(categoryCode::equals)) {
            check.add(RequestProblems.field(
                    "category",
                    "'" + categoryCode + "' is not a figure category (GET /api/v1/figure-categories lists the codes)"));
        }
        String countryCode = QueryValues.blankToNull(country);
        if (countryCode != null && !countryCode.matches("[A-Za-z]{2}")) {
            check.add(RequestProblems.field("country", "must be an ISO 3166-1 alpha-2 code such as UA or US"));
        }
        Instant fromTime = QueryValues.bound(from, "from", false, check);
        Instant before = QueryValues.bound(to, "to", true, check);
        if (fromTime != null && before != null && !before.isAfter(fromTime)) {
            check.add(RequestProblems.field("to", "must lie after 'from'"));
        }
        RecordQuery.Order sort = RecordQuery.Order.LAST_CHANGE;
        String orderName = QueryValues.blankToNull(order);
        if ("event".equalsIgnoreCase(orderName)) {
            sort = RecordQuery.Order.EVENT_TIME;
        } else if ("relevance".equalsIgnoreCase(orderName)) {
            sort = RecordQuery.Order.RELEVANCE;
        } else if (orderName != null && !"changed".equalsIgnoreCase(orderName)) {
            check.add(RequestProblems.field(
                    "order",
                    "must be 'event' (latest event first), 'changed' (latest change first, the default) or"
                            + " 'relevance' (best match for q first)"));
        }
        int size = QueryValues.limit(limit, DEFAULT_LIMIT, RecordCatalog.MAX_PAGE, check);
        for (String[] words : new String[][] {{"q", text}, {"place", place}, {"actor", actor}}) {
            Wording problem = Validation.textProblem(words[1], RecordQuery.MAX_WORDS);
            if (problem != null) {
                check.add(new FieldError(words[0], problem));
            }
        }
        GeoBox box = null;
        if (QueryValues.blankToNull(area) != null) {
            try {
                box = GeoBox.parse(area);
            } catch (InvalidInputException e) {
                e.errors().forEach(check::add);
            }
        }
        RecordQuery query = new RecordQuery(
                QueryValues.blankToNull(text),
                typeCode,
                QueryValues.code(status, "status", RecordStatus.class, check),
                fromTime,
                before,
                QueryValues.blankToNull(place),
                countryCode,
                QueryValues.blankToNull(actor),
                QueryValues.code(verification, "verification", Verification.class, check),
                categoryCode,
                sort,
                box);
        Optional<RecordListing.Cursor> after = Optional.empty();
        if (QueryValues.blankToNull(cursor) != null) {
            try {
                after = Optional.of(ListCursor.decode(cursor.strip(), sort));
            } catch (IllegalArgumentException e) {
                check.add(RequestProblems.field("cursor", e.getMessage()));
            }
        }
        check.throwIfAny();

        RecordCatalog.RecordPage page = catalog.page(query, after, size);
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        page.items().forEach(item -> items.add(RecordJson.listing(item)));
        Optional<String> next = page.next().map(c -> ListCursor.encode(query.order(), c));
        JsonObjectBuilder json = JsonP.PROVIDER.createObjectBuilder().add("items", items);
        if (next.isPresent()) {
            json.add("next", next.get());
        } else {
            json.addNull("next");
        }
        Response.ResponseBuilder answer = Response.ok(json.build().toString());
        next.ifPresent(token -> answer.header(
                "Link",
                "<"
                        + uri.getRequestUriBuilder()
                                .replaceQueryParam("cursor", token)
                                .build() + ">; rel=\"next\""));
        return answer.build();
    }

    private static RecordInput readRecord(InputStream body) throws PayloadTooLargeException {
        JsonFields json = JsonFields.read(body);
        RecordInput input = RecordJson.read(json);
        json.throwIfAny();
        return input;
    }

    /** Anonymous callers hear 401 before anything about their body; the services decide about roles. */
    private void requireCaller() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"eventdesk\"");
        }
    }

    private static EntityTag tag(RecordView record) {
        return new EntityTag(Long.toString(record.version()));
    }

    /** If-None-Match compares weakly: {@code W/"3"} matches version 3 too. */
    private static boolean matchesAny(String ifNoneMatch, long version) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").equals("\"" + version + "\"")) {
                return true;
            }
        }
        return false;
    }
}

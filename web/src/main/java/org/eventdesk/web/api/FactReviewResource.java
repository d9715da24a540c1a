package org.eventdesk.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventdesk.application.record.FactReview;
import org.eventdesk.application.record.FactReviewService;
import org.eventdesk.domain.publishing.ReviewFacts;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.shared.NotFoundException;

/**
 * The reviewer's work on single facts: {@code GET /api/v1/records/{id}/facts} reads every fact of the record in
 * readers' words with its change since the published version, its quotes inside their sentences, its tick and its
 * comments; {@code PUT …/facts/{fact}/check} ticks a fact, {@code DELETE …/facts/{fact}/check} takes the tick
 * back, {@code POST …/facts/{fact}/comments {text}} comments on it. Each answers with the whole fact review.
 * {@code {fact}} is a reference from {@code facts[].ref}; an unknown one is a 404, a caller who may not check this
 * record a 409 (four eyes, not in review) or 403 (not a reviewer).
 *
 * <p>Ticks and comments are not in the record's own JSON: its {@code ETag} is its version, which a tick does not
 * change (a tick must not make the editor's next save stale), so a cached record would hide them.
 */
@Produces(MediaType.APPLICATION_JSON)
public class FactReviewResource {
    private final FactReviewService facts;

    FactReviewResource(FactReviewService facts) {
        this.facts = facts;
    }

    @GET
    public String review(@PathParam("id") long id) {
        return json(facts.review(id)).toString();
    }

    @PUT
    @Path("{fact}/check")
    public String check(@PathParam("id") long id, @PathParam("fact") String fact) {
        return json(facts.check(id, reference(fact))).toString();
    }

    @DELETE
    @Path("{fact}/check")
    public String uncheck(@PathParam("id") long id, @PathParam("fact") String fact) {
        return json(facts.uncheck(id, reference(fact))).toString();
    }

    /** Body {@code {"text": "what is wrong or doubtful"}}; answers 201 with the fact review. */
    @POST
    @Path("{fact}/comments")
    public Response comment(@PathParam("id") long id, @PathParam("fact") String fact, InputStream body)
            throws PayloadTooLargeException {
        reference(fact);
        if (body == null) {
            throw RequestProblems.refused("text", "is required: say what is wrong or doubtful about the fact");
        }
        JsonFields json = JsonFields.read(body);
        json.onlyThese("a comment", List.of("text"), Set.of());
        String text = json.text("text", true);
        json.throwIfAny();
        return Response.status(201)
                .entity(json(facts.comment(id, fact, text)).toString())
                .build();
    }

    /** A string that is no reference names no fact of any record: 404 before the record is looked at. */
    private static String reference(String fact) {
        if (!ReviewFacts.isReference(fact)) {
            throw new NotFoundException("text.thing.fact", LogText.quoted(fact));
        }
        return fact;
    }

    static JsonObject json(FactReview review) {
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        for (FactReview.Fact f : review.facts()) {
            JsonArrayBuilder quotes = JsonP.PROVIDER.createArrayBuilder();
            f.quotes()
                    .forEach(q -> quotes.add(JsonP.PROVIDER
                            .createObjectBuilder()
                            .add("sourceId", q.sourceId())
                            .add("outlet", q.outlet())
                            .add("before", q.before())
                            .add("quote", q.quoted())
                            .add("after", q.after())));
            JsonObjectBuilder item = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("ref", f.ref())
                    .add("kind", f.kind().name().toLowerCase(Locale.ROOT))
                    .add("label", f.kind().label())
                    .add("words", f.words())
                    .add("change", f.change().name().toLowerCase(Locale.ROOT))
                    .add("quotes", quotes)
                    .add("comments", comments(f.comments()));
            if (f.before() != null) {
                item.add("before", f.before());
            }
            if (f.check() != null) {
                item.add("check", check(f.check()));
            }
            if (f.lapsedCheck() != null) {
                item.add("lapsedCheck", check(f.lapsedCheck()));
            }
            items.add(item);
        }
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("recordId", review.recordId())
                .add("version", review.version())
                .add("publishedVersion", review.publishedVersion())
                .add("checked", review.checked())
                .add("total", review.total())
                .add("mayCheck", review.refusal() == null)
                .add("facts", items)
                .add("formerComments", comments(review.formerComments()));
        if (review.refusal() != null) {
            json.add("refusal", review.refusal().english());
        }
        return json.build();
    }

    private static JsonObjectBuilder check(FactReview.Check check) {
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("by", check.by())
                .add("at", check.at().toString());
    }

    private static JsonArrayBuilder comments(List<FactReview.Comment> comments) {
        JsonArrayBuilder list = JsonP.PROVIDER.createArrayBuilder();
        comments.forEach(c -> list.add(JsonP.PROVIDER
                .createObjectBuilder()
                .add("id", c.id())
                .add("ref", c.factRef())
                .add("factWords", c.factWords())
                .add("revision", c.revision())
                .add("by", c.by())
                .add("at", c.at().toString())
                .add("text", c.text())));
        return list;
    }
}

package org.eventdesk.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eventdesk.application.extraction.DraftRecord;
import org.eventdesk.application.extraction.SuggestionService;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.Suggestions;
import org.eventdesk.extraction.TextSpan;

/**
 * The extraction assistant through the API: {@code GET /api/v1/sources/{id}/suggestions} lists what it finds in
 * the source (offsets into the cleaned text, qualifier names as for records; a place or actor once, with every
 * mention in {@code mentions} and its first in {@code start}/{@code end}; times and places with their {@code
 * zone}), {@code POST .../suggestions/rejections {kind, start, end}} hides one for the source (one mention of a
 * place or actor: the others stay), {@code GET .../similar-records} lists records the source may
 * already report, {@code GET .../draft-records} the records it reports, drafted for an editor to create.
 *
 * <p>A sub-resource of {@link SourcesResource}, which locates it: a second root class under
 * {@code v1/sources/{id}} would hide {@code GET v1/sources/{id}}, as JAX-RS picks the root class first.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionsResource {
    private final SuggestionService assistant;

    SuggestionsResource(SuggestionService assistant) {
        this.assistant = assistant;
    }

    @GET
    @Path("suggestions")
    public String suggestions(@PathParam("id") long id) {
        Suggestions s = assistant.suggestions(id);
        JsonArrayBuilder figures = JsonP.PROVIDER.createArrayBuilder();
        s.figures().forEach(f -> {
            JsonObjectBuilder figure = JsonP.PROVIDER.createObjectBuilder();
            RecordJson.text(figure, "category", f.category());
            figure.add("qualifier", f.amount().qualifier().name());
            RecordJson.number(figure, "value", f.amount().value());
            RecordJson.number(figure, "low", f.amount().low());
            RecordJson.number(figure, "high", f.amount().high());
            RecordJson.number(figure, "numerator", f.amount().numerator());
            RecordJson.number(figure, "denominator", f.amount().denominator());
            if (f.parentIndex() == null) {
                figure.addNull("parentIndex");
            } else {
                figure.add("parentIndex", f.parentIndex());
            }
            figures.add(figure.add("start", f.start()).add("end", f.end()).add("text", f.text()));
        });
        JsonArrayBuilder times = JsonP.PROVIDER.createArrayBuilder();
        s.times().forEach(t -> {
            JsonObjectBuilder time = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("start", t.start())
                    .add("end", t.end())
                    .add("text", t.text());
            RecordJson.text(time, "local", t.local());
            RecordJson.text(time, "utc", t.utc() == null ? null : t.utc().toString());
            time.add("precision", t.precision().name());
            RecordJson.text(time, "zone", zoneId(t.zone()));
            times.add(time);
        });
        JsonArrayBuilder places = JsonP.PROVIDER.createArrayBuilder();
        s.places()
                .forEach(p -> places.add(place(p).add("gazetteerName", p.gazetteerName())
                        .add("mentions", mentions(p.mentions()))
                        .add("start", p.start())
                        .add("end", p.end())
                        .add(
                                "alternatives",
                                JsonP.PROVIDER.createArrayBuilder(p.alternatives().stream()
                                        .map(a -> place(a).build())
                                        .toList()))));
        JsonArrayBuilder actors = JsonP.PROVIDER.createArrayBuilder();
        s.actors()
                .forEach(a -> actors.add(JsonP.PROVIDER
                        .createObjectBuilder()
                        .add("name", a.name())
                        .add("kind", a.kind().name())
                        .add("mentions", mentions(a.mentions()))
                        .add("start", a.start())
                        .add("end", a.end())));
        JsonArrayBuilder quotes = JsonP.PROVIDER.createArrayBuilder();
        s.quotes().forEach(q -> {
            JsonObjectBuilder quote = JsonP.PROVIDER.createObjectBuilder().add("text", q.text());
            RecordJson.text(quote, "speaker", q.speaker());
            RecordJson.text(quote, "medium", q.medium());
            quotes.add(quote.add("start", q.start()).add("end", q.end()));
        });
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("sourceId", id)
                .add("figures", figures)
                .add("times", times)
                .add("places", places)
                .add("actors", actors)
                .add("quotes", quotes)
                .build()
                .toString();
    }

    /** Body {@code {"kind": "figure", "start": 120, "end": 131}}; answers 204. */
    @POST
    @Path("suggestions/rejections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id, InputStream body) throws PayloadTooLargeException {
        JsonFields json = JsonFields.read(body);
        String kind = json.text("kind", true);
        Integer start = json.integer("start");
        Integer end = json.integer("end");
        json.require(start != null, "start", "is required");
        json.require(end != null, "end", "is required");
        json.throwIfAny();
        assistant.reject(id, kind, start, end);
        return Response.noContent().build();
    }

    /**
     * The records the source reports, drafted by the assistant and not saved: a JSON list of record bodies in
     * exactly the shape {@code POST /api/v1/records} takes (see {@link RecordJson#input}), each evidence span with
     * its {@code quote}. Post one back, pruned or as it is, to create it.
     */
    @GET
    @Path("draft-records")
    public String draftRecords(@PathParam("id") long id) {
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        for (DraftRecord draft : assistant.draftRecords(id)) {
            items.add(RecordJson.input(draft.record(), draft::quote));
        }
        return items.build().toString();
    }

    @GET
    @Path("similar-records")
    public String similar(@PathParam("id") long id) {
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        for (RecordListing r : assistant.similarRecords(id)) {
            items.add(RecordJson.listing(r));
        }
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("sourceId", id)
                .add("items", items)
                .build()
                .toString();
    }

    private static JsonObjectBuilder place(PlaceSuggestion p) {
        JsonObjectBuilder place = JsonP.PROVIDER.createObjectBuilder().add("name", p.name());
        RecordJson.text(place, "country", p.country());
        if (p.lat() == null) {
            place.addNull("lat").addNull("lon");
        } else {
            place.add("lat", p.lat()).add("lon", p.lon());
        }
        RecordJson.text(
                place, "precision", p.precision() == null ? null : p.precision().name());
        RecordJson.text(place, "zone", zoneId(p.zone()));
        return place;
    }

    /** Every place the article names a place or actor: {@code [{"start": 120, "end": 124}, ...]}. */
    private static JsonArrayBuilder mentions(List<TextSpan> spans) {
        JsonArrayBuilder out = JsonP.PROVIDER.createArrayBuilder();
        spans.forEach(m -> out.add(
                JsonP.PROVIDER.createObjectBuilder().add("start", m.start()).add("end", m.end())));
        return out;
    }

    /** "Europe/Kyiv", or an offset ("+10:00") when the text gave only that; UTC as "UTC". */
    private static String zoneId(ZoneId zone) {
        if (zone == null) {
            return null;
        }
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}

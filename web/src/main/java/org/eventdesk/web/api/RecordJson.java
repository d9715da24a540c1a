package org.eventdesk.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.Wording;

/**
 * A record in the API's JSON, both ways. What is read is exactly {@link RecordInput}, named as it is written
 * out, so a record read with GET can be changed and sent back with PUT as it is: the members the API only
 * writes (id, labels, quotes, computed verification) are ignored on the way in. A member the API does not know
 * at all is refused, so a misspelt field is never silently left out.
 *
 * <p>Times are ISO-8601 with an offset: the event's own times in the zone the report gave, the desk's times
 * (created, updated, as-of) in UTC. Numbers are JSON numbers.
 */
final class RecordJson {
    private static final List<String> RECORD = List.of(
            "type",
            "title",
            "summary",
            "summaryEvidence",
            "time",
            "places",
            "actors",
            "figures",
            "claims",
            "links",
            "tags",
            "occurrence",
            "verification");
    private static final Set<String> RECORD_OUT = Set.of(
            "id",
            "version",
            "status",
            "typeLabel",
            "linkedFrom",
            "judgement",
            "sources",
            "createdBy",
            "createdAt",
            "updatedBy",
            "updatedAt",
            "workflow");
    private static final List<String> EVIDENCE = List.of("sourceId", "start", "end");
    private static final Set<String> EVIDENCE_OUT = Set.of("quote", "outlet");
    private static final List<String> TIME = List.of("start", "end", "precision", "zone", "evidence");
    private static final List<String> PLACE = List.of(
            "name", "alias", "country", "admin1", "admin2", "lat", "lon", "precision", "verification", "evidence");
    private static final List<String> ACTOR = List.of("name", "kind", "role", "verification", "evidence");
    private static final List<String> FIGURE = List.of(
            "category",
            "qualifier",
            "value",
            "low",
            "high",
            "numerator",
            "denominator",
            "parent",
            "asOf",
            "attribution",
            "verification",
            "evidence");
    private static final Set<String> FIGURE_OUT = Set.of("categoryLabel", "described", "judgement");
    private static final List<String> CLAIM =
            List.of("speaker", "text", "form", "medium", "time", "verification", "evidence");
    private static final List<String> LINK = List.of("relation", "recordId");
    private static final Set<String> LINK_OUT = Set.of("title", "wording");
    private static final Set<String> FACT_OUT = Set.of("judgement");

    private RecordJson() {}

    // ---- reading ------------------------------------------------------------------------------------------

    /**
     * The body as a record's input; every shape error (wrong JSON type, unknown code, malformed time) is
     * collected in {@code json} and named by its path. The caller ends the reading with
     * {@link JsonFields#throwIfAny()}; the model's rules come after that, in the service.
     */
    static RecordInput read(JsonFields json) {
        json.onlyThese("a record", RECORD, RECORD_OUT);
        return new RecordInput(
                json.text("type", false),
                json.text("title", false),
                json.text("summary", false),
                evidence(json, "summaryEvidence"),
                time(json.object("time")),
                each(json.objects("places", EventRecord.MAX_PLACES), RecordJson::place),
                each(json.objects("actors", EventRecord.MAX_ACTORS), RecordJson::actor),
                each(json.objects("figures", EventRecord.MAX_FIGURES), RecordJson::figure),
                each(json.objects("claims", EventRecord.MAX_CLAIMS), RecordJson::claim),
                each(json.objects("links", EventRecord.MAX_LINKS), RecordJson::link),
                json.texts("tags", EventRecord.MAX_TAGS),
                json.oneOf("occurrence", Occurrence.class, false),
                json.oneOf("verification", Verification.class, false));
    }

    private static <T> List<T> each(List<JsonFields> elements, Function<JsonFields, T> reader) {
        return elements.stream().map(e -> e == null ? null : reader.apply(e)).toList();
    }

    private static List<RecordInput.EvidenceRef> evidence(JsonFields json, String name) {
        return each(json.objects(name, EventRecord.MAX_EVIDENCE), e -> {
            e.onlyThese("evidence", EVIDENCE, EVIDENCE_OUT);
            return new RecordInput.EvidenceRef(e.id("sourceId"), e.integer("start"), e.integer("end"));
        });
    }

    private static RecordInput.TimeInput time(JsonFields json) {
        if (json == null) {
            return null;
        }
        json.onlyThese("a time", TIME, Set.of());
        return new RecordInput.TimeInput(
                json.offsetTime("start", false),
                json.offsetTime("end", false),
                json.oneOf("precision", TimePrecision.class, false),
                json.text("zone", false),
                evidence(json, "evidence"));
    }

    private static RecordInput.PlaceInput place(JsonFields json) {
        json.onlyThese("a place", PLACE, FACT_OUT);
        return new RecordInput.PlaceInput(
                json.text("name", false),
                json.text("alias", false),
                json.text("country", false),
                json.text("admin1", false),
                json.text("admin2", false),
                json.floating("lat"),
                json.floating("lon"),
                json.oneOf("precision", GeoPrecision.class, false),
                json.oneOf("verification", Verification.class, false),
                evidence(json, "evidence"));
    }

    private static RecordInput.ActorInput actor(JsonFields json) {
        json.onlyThese("an actor", ACTOR, FACT_OUT);
        return new RecordInput.ActorInput(
                json.text("name", false),
                json.oneOf("kind", ActorKind.class, false),
                json.oneOf("role", ActorRole.class, false),
                json.oneOf("verification", Verification.class, false),
                evidence(json, "evidence"));
    }

    private static RecordInput.FigureInput figure(JsonFields json) {
        json.onlyThese("a figure", FIGURE, FIGURE_OUT);
        return new RecordInput.FigureInput(
                json.text("category", false),
                new Amount(
                        json.oneOf("qualifier", Qualifier.class, false),
                        json.figureNumber("value"),
                        json.figureNumber("low"),
                        json.figureNumber("high"),
                        json.figureNumber("numerator"),
                        json.figureNumber("denominator")),
                json.integer("parent"),
                json.offsetTime("asOf", false),
                json.text("attribution", false),
                json.oneOf("verification", Verification.class, false),
                evidence(json, "evidence"));
    }

    private static RecordInput.ClaimInput claim(JsonFields json) {
        json.onlyThese("a claim", CLAIM, FACT_OUT);
        return new RecordInput.ClaimInput(
                json.text("speaker", false),
                json.text("text", false),
                json.oneOf("form", ClaimForm.class, false),
                json.text("medium", false),
                json.offsetTime("time", false),
                json.oneOf("verification", Verification.class, false),
                evidence(json, "evidence"));
    }

    private static RecordInput.LinkInput link(JsonFields json) {
        json.onlyThese("a link", LINK, LINK_OUT);
        return new RecordInput.LinkInput(json.oneOf("relation", LinkRelation.class, false), json.id("recordId"));
    }

    // ---- writing ------------------------------------------------------------------------------------------

    static JsonObject write(RecordView r) {
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("id", r.id())
                .add("version", r.version())
                .add("status", r.status().name());
        text(json, "type", r.type());
        text(json, "typeLabel", r.typeLabel());
        json.add("title", r.title());
        text(json, "summary", r.summary());
        json.add("summaryEvidence", evidence(r.summaryEvidence()));
        RecordView.TimeView time = r.time();
        JsonObjectBuilder timeJson = JsonP.PROVIDER.createObjectBuilder();
        text(timeJson, "start", offset(time.start()));
        text(timeJson, "end", offset(time.end()));
        text(timeJson, "precision", name(time.precision()));
        text(timeJson, "zone", time.zone());
        timeJson.add("evidence", evidence(time.evidence()));
        json.add("time", timeJson);
        json.add("places", array(r.places(), p -> {
            JsonObjectBuilder place = JsonP.PROVIDER.createObjectBuilder().add("name", p.name());
            text(place, "alias", p.alias());
            text(place, "country", p.country());
            text(place, "admin1", p.admin1());
            text(place, "admin2", p.admin2());
            number(place, "lat", p.lat());
            number(place, "lon", p.lon());
            text(place, "precision", name(p.precision()));
            return verified(place, p.verification(), p.judgement(), p.evidence());
        }));
        json.add("actors", array(r.actors(), a -> {
            JsonObjectBuilder actor = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("name", a.name())
                    .add("kind", a.kind().name())
                    .add("role", a.role().name());
            return verified(actor, a.verification(), a.judgement(), a.evidence());
        }));
        json.add("figures", array(r.figures(), f -> {
            JsonObjectBuilder figure = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("category", f.category())
                    .add("categoryLabel", f.categoryLabel())
                    .add("qualifier", f.amount().qualifier().name());
            number(figure, "value", f.amount().value());
            number(figure, "low", f.amount().low());
            number(figure, "high", f.amount().high());
            number(figure, "numerator", f.amount().numerator());
            number(figure, "denominator", f.amount().denominator());
            if (f.parent() == null) {
                figure.addNull("parent");
            } else {
                figure.add("parent", f.parent());
            }
            text(figure, "asOf", utc(f.asOf()));
            text(figure, "attribution", f.attribution());
            figure.add("described", f.described());
            return verified(figure, f.verification(), f.judgement(), f.evidence());
        }));
        json.add("claims", array(r.claims(), c -> {
            JsonObjectBuilder claim = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("speaker", c.speaker())
                    .add("text", c.text());
            text(claim, "form", name(c.form()));
            text(claim, "medium", c.medium());
            text(claim, "time", utc(c.time()));
            return verified(claim, c.verification(), c.judgement(), c.evidence());
        }));
        json.add("links", links(r.links()));
        json.add("linkedFrom", links(r.linkedFrom()));
        JsonArrayBuilder tags = JsonP.PROVIDER.createArrayBuilder();
        r.tags().forEach(tags::add);
        json.add("tags", tags);
        text(json, "occurrence", name(r.occurrence()));
        json.add("verification", r.verification().name());
        text(json, "judgement", name(r.judgement()));
        json.add("sources", array(r.sources(), s -> {
            JsonObjectBuilder source = JsonP.PROVIDER.createObjectBuilder().add("id", s.id());
            text(source, "title", s.title());
            text(source, "outlet", s.outlet());
            return source;
        }));
        RecordView.WorkflowView w = r.workflow();
        JsonObjectBuilder workflow = JsonP.PROVIDER
                .createObjectBuilder()
                .add("revision", w.revision())
                .add("publishedVersion", w.publishedVersion())
                .add(
                        "revisionEditors",
                        JsonP.PROVIDER.createArrayBuilder(
                                w.revisionEditors().stream().sorted().toList()))
                .add("readiness", JsonP.PROVIDER.createArrayBuilder(english(w.readiness())))
                .add("availableSteps", array(w.steps(), RecordJson::step));
        text(workflow, "submittedBy", w.submittedBy());
        text(workflow, "approvedBy", w.approvedBy());
        text(workflow, "publishAt", w.publishAt() == null ? null : utc(w.publishAt()));
        text(workflow, "scheduledBy", w.scheduledBy());
        text(workflow, "correctionNote", w.correctionNote());
        text(workflow, "retractionReason", w.retractionReason());
        text(workflow, "lastPublishedAt", w.lastPublishedAt() == null ? null : utc(w.lastPublishedAt()));
        return json.add("createdBy", r.createdBy())
                .add("createdAt", utc(r.createdAt()))
                .add("updatedBy", r.updatedBy())
                .add("updatedAt", utc(r.updatedAt()))
                .add("workflow", workflow)
                .build();
    }

    /**
     * A record's input as the body {@link #read} takes back: exactly the members a client sends to create it (no
     * id, status or labels), every member present ({@code null} when absent). Each evidence span carries its
     * {@code quote} as well, which {@link #read} ignores on the way in, so the body can be posted as it is.
     *
     * @param quote the source's words of a span
     */
    static JsonObject input(RecordInput r, Function<RecordInput.EvidenceRef, String> quote) {
        JsonObjectBuilder json = JsonP.PROVIDER.createObjectBuilder();
        text(json, "type", r.type());
        text(json, "title", r.title());
        text(json, "summary", r.summary());
        json.add("summaryEvidence", refs(r.summaryEvidence(), quote));
        if (r.time() == null) {
            json.addNull("time");
        } else {
            JsonObjectBuilder time = JsonP.PROVIDER.createObjectBuilder();
            text(time, "start", offset(r.time().start()));
            text(time, "end", offset(r.time().end()));
            text(time, "precision", name(r.time().precision()));
            text(time, "zone", r.time().zone());
            json.add("time", time.add("evidence", refs(r.time().evidence(), quote)));
        }
        json.add("places", array(r.places(), p -> {
            JsonObjectBuilder place = JsonP.PROVIDER.createObjectBuilder();
            text(place, "name", p.name());
            text(place, "alias", p.alias());
            text(place, "country", p.country());
            text(place, "admin1", p.admin1());
            text(place, "admin2", p.admin2());
            number(place, "lat", p.lat());
            number(place, "lon", p.lon());
            text(place, "precision", name(p.precision()));
            text(place, "verification", name(p.verification()));
            return place.add("evidence", refs(p.evidence(), quote));
        }));
        json.add("actors", array(r.actors(), a -> {
            JsonObjectBuilder actor = JsonP.PROVIDER.createObjectBuilder();
            text(actor, "name", a.name());
            text(actor, "kind", name(a.kind()));
            text(actor, "role", name(a.role()));
            text(actor, "verification", name(a.verification()));
            return actor.add("evidence", refs(a.evidence(), quote));
        }));
        json.add("figures", array(r.figures(), f -> {
            JsonObjectBuilder figure = JsonP.PROVIDER.createObjectBuilder();
            text(figure, "category", f.category());
            text(figure, "qualifier", name(f.amount().qualifier()));
            number(figure, "value", f.amount().value());
            number(figure, "low", f.amount().low());
            number(figure, "high", f.amount().high());
            number(figure, "numerator", f.amount().numerator());
            number(figure, "denominator", f.amount().denominator());
            if (f.parent() == null) {
                figure.addNull("parent");
            } else {
                figure.add("parent", f.parent());
            }
            text(figure, "asOf", offset(f.asOf()));
            text(figure, "attribution", f.attribution());
            text(figure, "verification", name(f.verification()));
            return figure.add("evidence", refs(f.evidence(), quote));
        }));
        json.add("claims", array(r.claims(), c -> {
            JsonObjectBuilder claim = JsonP.PROVIDER.createObjectBuilder();
            text(claim, "speaker", c.speaker());
            text(claim, "text", c.text());
            text(claim, "form", name(c.form()));
            text(claim, "medium", c.medium());
            text(claim, "time", offset(c.time()));
            text(claim, "verification", name(c.verification()));
            return claim.add("evidence", refs(c.evidence(), quote));
        }));
        json.add("links", array(r.links(), l -> {
            JsonObjectBuilder link = JsonP.PROVIDER.createObjectBuilder();
            text(link, "relation", name(l.relation()));
            if (l.recordId() == null) {
                link.addNull("recordId");
            } else {
                link.add("recordId", l.recordId());
            }
            return link;
        }));
        JsonArrayBuilder tags = JsonP.PROVIDER.createArrayBuilder();
        r.tags().forEach(tags::add);
        json.add("tags", tags);
        text(json, "occurrence", name(r.occurrence()));
        text(json, "verification", name(r.verification()));
        return json.build();
    }

    private static JsonArray refs(
            List<RecordInput.EvidenceRef> evidence, Function<RecordInput.EvidenceRef, String> quote) {
        return array(evidence, e -> {
            JsonObjectBuilder ref = JsonP.PROVIDER.createObjectBuilder();
            if (e.sourceId() == null) {
                ref.addNull("sourceId");
            } else {
                ref.add("sourceId", e.sourceId());
            }
            if (e.start() == null) {
                ref.addNull("start");
            } else {
                ref.add("start", e.start());
            }
            if (e.end() == null) {
                ref.addNull("end");
            } else {
                ref.add("end", e.end());
            }
            text(ref, "quote", quote.apply(e));
            return ref;
        });
    }

    /** The API says what a record still needs in English, whichever language the desk's screens speak. */
    private static List<String> english(List<Wording> wordings) {
        return wordings.stream().map(Wording::english).toList();
    }

    /**
     * A step the record offers the caller, with the request that takes it, relative to the record's address.
     */
    private static JsonObjectBuilder step(WorkflowStep.Option step) {
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("step", step.step().slug())
                .add("label", step.step().label())
                .add("allowed", step.allowed());
        text(json, "reason", step.refusal() == null ? null : step.refusal().english());
        if (!step.missing().isEmpty()) {
            json.add("missing", JsonP.PROVIDER.createArrayBuilder(english(step.missing())));
        }
        text(json, "request", request(step.step()));
        return json;
    }

    private static String request(WorkflowStep step) {
        return switch (step) {
            case EDIT -> "PUT";
            case NOTE_CORRECTION -> "PUT correction-note";
            case SUBMIT -> "POST submit";
            case APPROVE -> "POST approve";
            case RETURN -> "POST return";
            case PUBLISH -> "POST publish";
            case SCHEDULE -> "POST publish {at}";
            case UNSCHEDULE -> "POST unschedule";
            case SPIKE -> "POST spike";
            case START_CORRECTION -> "POST corrections";
            case RETRACT -> "POST retract";
        };
    }

    static JsonObject listing(RecordListing r) {
        JsonObjectBuilder json =
                JsonP.PROVIDER.createObjectBuilder().add("id", r.id()).add("title", r.title());
        text(json, "type", r.type());
        json.add("status", r.status().name());
        text(
                json,
                "start",
                r.start() == null || r.zone() == null
                        ? null
                        : offset(r.start().atZone(ZoneId.of(r.zone())).toOffsetDateTime()));
        text(json, "precision", name(r.precision()));
        text(json, "zone", r.zone());
        json.add("verification", r.verification().name());
        JsonArrayBuilder places = JsonP.PROVIDER.createArrayBuilder();
        r.places().forEach(places::add);
        return json.add("places", places)
                .add("updatedBy", r.updatedBy())
                .add("updatedAt", utc(r.updatedAt()))
                .build();
    }

    static JsonArray codes(List<TaxonomyEntry> codes, boolean withParents) {
        return array(codes, c -> {
            JsonObjectBuilder code =
                    JsonP.PROVIDER.createObjectBuilder().add("code", c.code()).add("label", c.label());
            if (withParents) {
                text(code, "parentCode", c.parentCode());
                text(code, "family", c.family());
            }
            return code.add("active", c.active());
        });
    }

    private static JsonObjectBuilder verified(
            JsonObjectBuilder fact,
            Verification verification,
            Verification judgement,
            List<RecordView.EvidenceView> evidence) {
        fact.add("verification", verification.name());
        text(fact, "judgement", name(judgement));
        return fact.add("evidence", evidence(evidence));
    }

    private static JsonArray evidence(List<RecordView.EvidenceView> evidence) {
        return array(evidence, e -> JsonP.PROVIDER
                .createObjectBuilder()
                .add("sourceId", e.sourceId())
                .add("start", e.start())
                .add("end", e.end())
                .add("quote", e.quote())
                .add("outlet", e.outlet()));
    }

    private static JsonArray links(List<RecordView.LinkView> links) {
        return array(links, l -> {
            JsonObjectBuilder link = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("relation", l.relation().name())
                    .add("recordId", l.recordId());
            text(link, "title", l.title());
            return link.add("wording", l.wording());
        });
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonObjectBuilder> writer) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        items.forEach(item -> array.add(writer.apply(item)));
        return array.build();
    }

    /** A member that may be absent: written as {@code null} rather than left out, so every member is always there. */
    static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    static void number(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder json, String name, Double value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String offset(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    static String utc(Instant instant) {
        return instant == null ? null : offset(instant.atOffset(ZoneOffset.UTC));
    }
}

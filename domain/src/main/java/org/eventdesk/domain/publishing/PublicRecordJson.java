package org.eventdesk.domain.publishing;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.source.SourceKind;

/**
 * The public document as JSON: the schema readers and partners get from {@code GET /api/v1/events/{id}}, in
 * the canonical form (RFC 8785) in which it is sealed. Every member is always present ({@code null} or an empty
 * list when there is nothing), times carry their offset (the event's own zone) or are UTC ("Z").
 */
public final class PublicRecordJson {
    private PublicRecordJson() {}

    /** The document as sealed and served: canonical JSON text. */
    public static String canonical(PublicRecord record) {
        return CanonicalJson.of(write(record));
    }

    public static PublicRecord parse(String json) {
        try (var reader = JsonP.PROVIDER.createReader(new StringReader(json))) {
            return read(reader.readObject());
        }
    }

    public static JsonObject write(PublicRecord r) {
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("id", r.id())
                .add("version", r.version())
                .add("status", r.status().name())
                .add("url", r.path())
                .add("title", r.title());
        if (r.type() == null) {
            json.addNull("type");
        } else {
            JsonObjectBuilder type = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("code", r.type().code())
                    .add("label", r.type().label());
            text(type, "parentCode", r.type().parentCode());
            text(type, "parentLabel", r.type().parentLabel());
            json.add("type", type);
        }
        text(json, "summary", r.summary());
        json.add("summaryEvidence", quotes(r.summaryEvidence()));
        if (r.time() == null) {
            json.addNull("time");
        } else {
            JsonObjectBuilder time = JsonP.PROVIDER.createObjectBuilder();
            text(time, "start", offset(r.time().start()));
            text(time, "end", offset(r.time().end()));
            text(time, "precision", name(r.time().precision()));
            text(time, "zone", r.time().zone());
            json.add("time", time.add("evidence", quotes(r.time().evidence())));
        }
        json.add("places", array(r.places(), p -> {
            JsonObjectBuilder place = JsonP.PROVIDER.createObjectBuilder().add("name", p.name());
            text(place, "country", p.country());
            text(place, "admin1", p.admin1());
            text(place, "admin2", p.admin2());
            number(place, "lat", p.lat());
            number(place, "lon", p.lon());
            text(place, "precision", name(p.precision()));
            return fact(place, p.verification(), p.evidence());
        }));
        json.add(
                "actors",
                array(
                        r.actors(),
                        a -> fact(
                                JsonP.PROVIDER
                                        .createObjectBuilder()
                                        .add("name", a.name())
                                        .add("kind", a.kind().name())
                                        .add("role", a.role().name()),
                                a.verification(),
                                a.evidence())));
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
            figure.add("described", f.described());
            if (f.partOf() == null) {
                figure.addNull("partOf");
            } else {
                figure.add("partOf", f.partOf());
            }
            text(figure, "asOf", utc(f.asOf()));
            text(figure, "attribution", f.attribution());
            return fact(figure, f.verification(), f.evidence());
        }));
        json.add("claims", array(r.claims(), c -> {
            JsonObjectBuilder claim = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("speaker", c.speaker())
                    .add("text", c.text());
            text(claim, "form", name(c.form()));
            text(claim, "medium", c.medium());
            text(claim, "time", utc(c.time()));
            return fact(claim, c.verification(), c.evidence());
        }));
        json.add("links", array(r.links(), l -> JsonP.PROVIDER
                .createObjectBuilder()
                .add("relation", l.relation().name())
                .add("recordId", l.recordId())
                .add("title", l.title())
                .add("wording", l.wording())));
        json.add("tags", JsonP.PROVIDER.createArrayBuilder(r.tags()));
        text(json, "occurrence", name(r.occurrence()));
        json.add("verification", r.verification().name());
        json.add("sources", array(r.sources(), s -> {
            JsonObjectBuilder source = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("id", s.id())
                    .add("kind", s.kind().name())
                    .add("outlet", s.outlet())
                    .add("title", s.title());
            text(source, "url", s.url());
            text(source, "publishedAt", offset(s.publishedAt()));
            text(source, "language", s.language());
            return source;
        }));
        json.add("firstPublishedAt", utc(r.firstPublishedAt()));
        json.add("publishedAt", utc(r.publishedAt()));
        if (r.correction() == null) {
            json.addNull("correction");
        } else {
            json.add(
                    "correction",
                    JsonP.PROVIDER
                            .createObjectBuilder()
                            .add("note", r.correction().note())
                            .add(
                                    "changes",
                                    JsonP.PROVIDER.createArrayBuilder(
                                            r.correction().changes())));
        }
        if (r.retraction() == null) {
            json.addNull("retraction");
        } else {
            json.add(
                    "retraction",
                    JsonP.PROVIDER
                            .createObjectBuilder()
                            .add("reason", r.retraction().reason())
                            .add("at", utc(r.retraction().at())));
        }
        return json.build();
    }

    public static PublicRecord read(JsonObject json) {
        JsonObject type = object(json, "type");
        JsonObject time = object(json, "time");
        JsonObject correction = object(json, "correction");
        JsonObject retraction = object(json, "retraction");
        return new PublicRecord(
                json.getJsonNumber("id").longValueExact(),
                json.getInt("version"),
                PublicRecord.Status.valueOf(json.getString("status")),
                json.getString("title"),
                type == null
                        ? null
                        : new PublicRecord.Type(
                                type.getString("code"),
                                type.getString("label"),
                                text(type, "parentCode"),
                                text(type, "parentLabel")),
                text(json, "summary"),
                quotes(json.getJsonArray("summaryEvidence")),
                time == null
                        ? null
                        : new PublicRecord.Time(
                                offsetTime(text(time, "start")),
                                offsetTime(text(time, "end")),
                                code(time, "precision", TimePrecision.class),
                                text(time, "zone"),
                                quotes(time.getJsonArray("evidence"))),
                list(
                        json,
                        "places",
                        p -> new PublicRecord.Place(
                                p.getString("name"),
                                text(p, "country"),
                                text(p, "admin1"),
                                text(p, "admin2"),
                                floating(p, "lat"),
                                floating(p, "lon"),
                                code(p, "precision", GeoPrecision.class),
                                code(p, "verification", Verification.class),
                                quotes(p.getJsonArray("evidence")))),
                list(
                        json,
                        "actors",
                        a -> new PublicRecord.Actor(
                                a.getString("name"),
                                ActorKind.valueOf(a.getString("kind")),
                                ActorRole.valueOf(a.getString("role")),
                                code(a, "verification", Verification.class),
                                quotes(a.getJsonArray("evidence")))),
                list(
                        json,
                        "figures",
                        f -> new PublicRecord.Figure(
                                f.getString("category"),
                                f.getString("categoryLabel"),
                                new Amount(
                                        Qualifier.valueOf(f.getString("qualifier")),
                                        decimal(f, "value"),
                                        decimal(f, "low"),
                                        decimal(f, "high"),
                                        decimal(f, "numerator"),
                                        decimal(f, "denominator")),
                                f.getString("described"),
                                f.isNull("partOf") ? null : f.getInt("partOf"),
                                instant(text(f, "asOf")),
                                text(f, "attribution"),
                                code(f, "verification", Verification.class),
                                quotes(f.getJsonArray("evidence")))),
                list(
                        json,
                        "claims",
                        c -> new PublicRecord.Claim(
                                c.getString("speaker"),
                                c.getString("text"),
                                code(c, "form", ClaimForm.class),
                                text(c, "medium"),
                                instant(text(c, "time")),
                                code(c, "verification", Verification.class),
                                quotes(c.getJsonArray("evidence")))),
                list(
                        json,
                        "links",
                        l -> new PublicRecord.Link(
                                LinkRelation.valueOf(l.getString("relation")),
                                l.getJsonNumber("recordId").longValueExact(),
                                l.getString("title"),
                                l.getString("wording"))),
                json.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                code(json, "occurrence", Occurrence.class),
                code(json, "verification", Verification.class),
                list(
                        json,
                        "sources",
                        s -> new PublicRecord.Source(
                                s.getJsonNumber("id").longValueExact(),
                                SourceKind.valueOf(s.getString("kind")),
                                s.getString("outlet"),
                                s.getString("title"),
                                text(s, "url"),
                                offsetTime(text(s, "publishedAt")),
                                text(s, "language"))),
                instant(json.getString("firstPublishedAt")),
                instant(json.getString("publishedAt")),
                correction == null
                        ? null
                        : new PublicRecord.Correction(
                                correction.getString("note"),
                                correction.getJsonArray("changes").getValuesAs(JsonString.class).stream()
                                        .map(JsonString::getString)
                                        .toList()),
                retraction == null
                        ? null
                        : new PublicRecord.Retraction(
                                retraction.getString("reason"), instant(retraction.getString("at"))));
    }

    // ---- writing helpers -----------------------------------------------------------------------------------

    private static JsonObjectBuilder fact(
            JsonObjectBuilder fact, Verification verification, List<PublicRecord.Quote> evidence) {
        return fact.add("verification", verification.name()).add("evidence", quotes(evidence));
    }

    private static JsonArray quotes(List<PublicRecord.Quote> quotes) {
        return array(quotes, q -> JsonP.PROVIDER
                .createObjectBuilder()
                .add("sourceId", q.sourceId())
                .add("quote", q.text()));
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonObjectBuilder> writer) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        items.forEach(item -> array.add(writer.apply(item)));
        return array.build();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder json, String name, BigDecimal value) {
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

    /** A time in the zone it was reported in, with its offset. */
    public static String offset(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** An instant in UTC, "Z". */
    public static String utc(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    // ---- reading helpers -----------------------------------------------------------------------------------

    private static JsonObject object(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.asJsonObject();
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static <E extends Enum<E>> E code(JsonObject json, String name, Class<E> type) {
        String value = text(json, name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static Double floating(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static <T> List<T> list(JsonObject json, String name, Function<JsonObject, T> reader) {
        return json.getJsonArray(name).getValuesAs(JsonObject.class).stream()
                .map(reader)
                .toList();
    }

    private static List<PublicRecord.Quote> quotes(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(q -> new PublicRecord.Quote(q.getJsonNumber("sourceId").longValueExact(), q.getString("quote")))
                .toList();
    }

    private static OffsetDateTime offsetTime(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }

    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }
}

package org.eventdesk.domain.interchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.TimeWords;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.source.SourceKind;

/**
 * The desk's own CSV: one row per public record, flat enough for a spreadsheet, complete enough to read the
 * record without the API. Lists inside a cell are joined with "; ". A retracted record keeps its identity columns,
 * its status and its retraction reason; its facts are empty.
 *
 * <dl>
 *   <dt>id, version, status, url
 *   <dd>the record, its public version, PUBLISHED or RETRACTED, its page (relative to the desk's address)
 *   <dt>type, type_label, parent_type_label, title, summary
 *   <dt>start, end, precision, zone, when
 *   <dd>ISO times with the event's own offset; {@code when} in words at the report's precision
 *   <dt>places, countries, latitude, longitude, geo_precision
 *   <dd>all place names; their countries; the first place's coordinates and precision
 *   <dt>actors
 *   <dd>"name (role, kind)"
 *   <dt>killed, injured
 *   <dd>the most conservative count ({@link ConservativeCount}), empty when none is reported
 *   <dt>figures
 *   <dd>every figure as "Category: value as reported (attribution)"
 *   <dt>claims
 *   <dd>"speaker: words"
 *   <dt>verification, tags, sources
 *   <dd>sources as "outlet: title"
 *   <dt>first_published_at, published_at, correction_note, retraction_reason
 * </dl>
 */
public final class DeskCsvFormat {
    public static final List<String> COLUMNS = List.of(
            "id",
            "version",
            "status",
            "url",
            "type",
            "type_label",
            "parent_type_label",
            "title",
            "summary",
            "start",
            "end",
            "precision",
            "zone",
            "when",
            "places",
            "countries",
            "latitude",
            "longitude",
            "geo_precision",
            "actors",
            "killed",
            "injured",
            "figures",
            "claims",
            "verification",
            "tags",
            "sources",
            "first_published_at",
            "published_at",
            "correction_note",
            "retraction_reason");

    private DeskCsvFormat() {}

    public static List<String> row(PublicRecord r) {
        PublicRecord.Place first = r.places().isEmpty() ? null : r.places().get(0);
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(r.id()));
        row.add(Integer.toString(r.version()));
        row.add(r.status().name());
        row.add(r.path());
        row.add(r.type() == null ? "" : r.type().code());
        row.add(r.type() == null ? "" : r.type().label());
        row.add(
                r.type() == null || r.type().parentLabel() == null
                        ? ""
                        : r.type().parentLabel());
        row.add(r.title());
        row.add(empty(r.summary()));
        row.add(r.time() == null ? "" : PublicRecordJson.offset(r.time().start()));
        row.add(r.time() == null ? "" : empty(PublicRecordJson.offset(r.time().end())));
        row.add(
                r.time() == null || r.time().precision() == null
                        ? ""
                        : r.time().precision().name());
        row.add(r.time() == null ? "" : empty(r.time().zone()));
        row.add(r.time() == null ? "" : TimeWords.of(r.time()));
        row.add(join(r.places().stream().map(PublicRecord.Place::name).toList()));
        row.add(join(r.places().stream()
                .map(PublicRecord.Place::country)
                .filter(Objects::nonNull)
                .distinct()
                .toList()));
        row.add(first == null || first.lat() == null ? "" : first.lat().toString());
        row.add(first == null || first.lon() == null ? "" : first.lon().toString());
        row.add(
                first == null || first.precision() == null
                        ? ""
                        : first.precision().name());
        row.add(join(r.actors().stream()
                .map(a -> a.name() + " (" + a.role().label().toLowerCase() + ", "
                        + a.kind().label().toLowerCase() + ")")
                .toList()));
        row.add(ConservativeCount.of(r.figures(), "KILLED").map(String::valueOf).orElse(""));
        row.add(ConservativeCount.of(r.figures(), "INJURED")
                .map(String::valueOf)
                .orElse(""));
        row.add(join(r.figures().stream()
                .map(f -> f.categoryLabel() + ": " + f.described()
                        + (f.attribution() == null ? "" : " (" + f.attribution() + ")"))
                .toList()));
        row.add(join(r.claims().stream().map(c -> c.speaker() + ": " + c.text()).toList()));
        row.add(r.verification().name());
        row.add(join(r.tags()));
        row.add(join(
                r.sources().stream().map(s -> s.outlet() + ": " + s.title()).toList()));
        row.add(PublicRecordJson.utc(r.firstPublishedAt()));
        row.add(PublicRecordJson.utc(r.publishedAt()));
        row.add(r.correction() == null ? "" : r.correction().note());
        row.add(r.retraction() == null ? "" : r.retraction().reason());
        return row;
    }

    // ---- reading a row back (the import of a desk's export) --------------------------------------------

    /** The columns the import needs: the record's identity, what it is, when, and who reported it. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("id", "status", "type", "title", "start", "sources", "first_published_at");

    private static final Pattern ACTOR = Pattern.compile("(.+) \\(([^(),]+), ([^(),]+)\\)");
    private static final Pattern FIGURE = Pattern.compile("(.+?): (.+?)(?: \\((.*)\\))?");
    private static final Pattern RANGE = Pattern.compile("(\\S+)–(\\S+)");
    private static final Pattern FRACTION = Pattern.compile("(\\S+)/(\\S+)");

    /** A row read back: the record it describes, or everything wrong with it, each problem named by its column. */
    public record Reading(DeskArchiveEntry entry, List<FieldError> problems) {}

    public static List<String> missingColumns(java.util.Collection<String> header) {
        return REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
    }

    /**
     * Reads one row of the desk's CSV back into the record it shows. The CSV is written for spreadsheets, so some
     * of the record does not survive it: facts come back quoting the record's account (its summary, else its
     * title) in every listed source, as the CSV keeps no quotes; figures keep category, amount and attribution but
     * not what they are part of; only the first place has coordinates; a place has a country only when the row
     * names one country; claims have no form. The JSON export keeps all of it.
     *
     * @param figureCategory the code of the desk's figure category with a label, as the CSV names categories
     */
    public static Reading read(Map<String, String> row, Function<String, Optional<String>> figureCategory) {
        List<FieldError> problems = new ArrayList<>();
        Long id = parsed(row, "id", Long::valueOf, true, problems);
        Integer version = parsed(row, "version", Integer::valueOf, false, problems);
        PublicRecord.Status status = parsed(row, "status", PublicRecord.Status::valueOf, true, problems);
        if (status == PublicRecord.Status.RETRACTED) {
            problems.add(FieldError.of("status", "interchange.desk.retracted"));
        }
        String type = cell(row, "type");
        if (type == null) {
            problems.add(FieldError.of("type", "text.required"));
        }
        String title = cell(row, "title");
        String summary = cell(row, "summary");
        OffsetDateTime start = parsed(row, "start", OffsetDateTime::parse, true, problems);
        OffsetDateTime end = parsed(row, "end", OffsetDateTime::parse, false, problems);
        TimePrecision precision = parsed(row, "precision", TimePrecision::valueOf, false, problems);
        Instant firstPublished = parsed(row, "first_published_at", Instant::parse, true, problems);
        Verification verification = parsed(row, "verification", Verification::valueOf, false, problems);
        Double lat = parsed(row, "latitude", Double::valueOf, false, problems);
        Double lon = parsed(row, "longitude", Double::valueOf, false, problems);
        GeoPrecision geo = parsed(row, "geo_precision", GeoPrecision::valueOf, false, problems);

        List<PublicRecord.Source> sources = new ArrayList<>();
        for (String source : items(cell(row, "sources"), item -> item.contains(": "))) {
            int colon = source.indexOf(": ");
            String outlet = colon < 0 ? source : source.substring(0, colon);
            String sourceTitle = colon < 0 ? source : source.substring(colon + 2);
            sources.add(new PublicRecord.Source(
                    sources.size() + 1L, SourceKind.OTHER, outlet, sourceTitle, null, null, null));
        }
        if (sources.isEmpty()) {
            problems.add(FieldError.of("sources", "interchange.acled.source.none"));
        }
        // The CSV keeps no quotes: every fact quotes the record's account in every source.
        String account = summary != null ? summary : title == null ? "" : title;
        List<PublicRecord.Quote> quoted = sources.stream()
                .map(s -> new PublicRecord.Quote(s.id(), account))
                .toList();

        List<String> names = split(cell(row, "places"));
        List<String> countries = split(cell(row, "countries"));
        List<PublicRecord.Place> places = new ArrayList<>();
        for (String name : names) {
            boolean first = places.isEmpty();
            places.add(new PublicRecord.Place(
                    name,
                    countries.size() == 1 ? countries.get(0) : null,
                    null,
                    null,
                    first ? lat : null,
                    first ? lon : null,
                    first ? geo : null,
                    null,
                    quoted));
        }

        List<PublicRecord.Actor> actors = new ArrayList<>();
        for (String actor :
                items(cell(row, "actors"), item -> ACTOR.matcher(item).matches())) {
            Matcher m = ACTOR.matcher(actor);
            Optional<ActorRole> role = m.matches() ? byLabel(ActorRole.values(), ActorRole::label, m.group(2)) : null;
            Optional<ActorKind> kind = m.matches() ? byLabel(ActorKind.values(), ActorKind::label, m.group(3)) : null;
            if (role == null || role.isEmpty() || kind.isEmpty()) {
                problems.add(FieldError.of("actors", "interchange.desk.actor.unreadable", actor));
            } else {
                actors.add(new PublicRecord.Actor(m.group(1), kind.get(), role.get(), null, quoted));
            }
        }

        List<PublicRecord.Figure> figures = new ArrayList<>();
        for (String figure :
                items(cell(row, "figures"), item -> FIGURE.matcher(item).matches())) {
            Matcher m = FIGURE.matcher(figure);
            Optional<String> category = m.matches() ? figureCategory.apply(m.group(1)) : Optional.empty();
            Amount amount = m.matches() ? amount(m.group(2)) : null;
            if (!m.matches() || amount == null) {
                problems.add(FieldError.of("figures", "interchange.desk.figure.unreadable", figure));
            } else if (category.isEmpty()) {
                problems.add(FieldError.of("figures", "interchange.desk.figure.category", m.group(1)));
            } else {
                figures.add(new PublicRecord.Figure(
                        category.get(), m.group(1), amount, m.group(2), null, null, m.group(3), null, quoted));
            }
        }

        List<PublicRecord.Claim> claims = new ArrayList<>();
        for (String claim : items(cell(row, "claims"), item -> item.contains(": "))) {
            int colon = claim.indexOf(": ");
            if (colon < 0) {
                problems.add(FieldError.of("claims", "interchange.desk.claim.unreadable", claim));
            } else {
                claims.add(new PublicRecord.Claim(
                        claim.substring(0, colon), claim.substring(colon + 2), null, null, null, null, quoted));
            }
        }

        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        PublicRecord record = new PublicRecord(
                id,
                version == null ? 1 : version,
                status,
                title,
                new PublicRecord.Type(type, cell(row, "type_label"), null, null),
                summary,
                summary == null ? List.of() : quoted,
                new PublicRecord.Time(start, end, precision, cell(row, "zone"), quoted),
                places,
                actors,
                figures,
                claims,
                List.of(),
                split(cell(row, "tags")),
                Occurrence.HAPPENED,
                verification,
                sources,
                firstPublished,
                firstPublished,
                null,
                null);
        return new Reading(new DeskArchiveEntry(record, DeskArchiveEntry.Form.CSV), List.of());
    }

    /** An amount as {@link Amount#describe} writes it: "46", "at least 46", "10–20", "1/3". */
    static Amount amount(String described) {
        try {
            Matcher range = RANGE.matcher(described);
            if (range.matches()) {
                return Amount.range(new BigDecimal(range.group(1)), new BigDecimal(range.group(2)));
            }
            Matcher fraction = FRACTION.matcher(described);
            if (fraction.matches()) {
                return Amount.fraction(new BigDecimal(fraction.group(1)), new BigDecimal(fraction.group(2)));
            }
            for (Qualifier qualifier : Qualifier.values()) {
                if (described.startsWith(qualifier.words() + " ")) {
                    return Amount.of(
                            qualifier,
                            new BigDecimal(described.substring(qualifier.words().length() + 1)));
                }
            }
            return Amount.of(Qualifier.EXACT, new BigDecimal(described));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * The CSV column a record rule's field path came from. Evidence is made from the sources column (the CSV keeps
     * no quotes), so a problem with a fact's evidence names that column.
     */
    static String column(String path) {
        if (path.contains("vidence")) {
            return "sources";
        }
        String head = path.split("[\\[.]", 2)[0];
        return switch (head) {
            case "time" ->
                path.startsWith("time.end")
                        ? "end"
                        : path.startsWith("time.precision")
                                ? "precision"
                                : path.startsWith("time.zone") ? "zone" : "start";
            case "places" ->
                path.endsWith(".lat")
                        ? "latitude"
                        : path.endsWith(".lon")
                                ? "longitude"
                                : path.endsWith(".precision")
                                        ? "geo_precision"
                                        : path.endsWith(".country") ? "countries" : "places";
            case "type", "title", "summary", "actors", "figures", "claims", "tags", "verification" -> head;
            default -> path;
        };
    }

    private static <T> Optional<T> byLabel(T[] values, Function<T, String> label, String text) {
        return Arrays.stream(values)
                .filter(v -> label.apply(v).equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    private static <T> T parsed(
            Map<String, String> row,
            String column,
            Function<String, T> parse,
            boolean required,
            List<FieldError> problems) {
        String text = cell(row, column);
        if (text == null) {
            if (required) {
                problems.add(FieldError.of(column, "text.required"));
            }
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException unreadable) {
            problems.add(FieldError.of(column, "interchange.desk.cell.unreadable", text));
            return null;
        }
    }

    private static String cell(Map<String, String> row, String column) {
        return SpreadsheetCells.read(row, column);
    }

    private static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("; "))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * A list cell's items. The export joins them with "; " and does not escape it, so a title or a claim holding
     * "; " was cut in two: a piece that does not read as an item ("outlet: title", "speaker: words", an actor, a
     * figure) is joined back onto the item before it.
     */
    private static List<String> items(String cell, java.util.function.Predicate<String> readsAsAnItem) {
        List<String> items = new ArrayList<>();
        for (String piece : split(cell)) {
            if (!items.isEmpty() && !readsAsAnItem.test(piece)) {
                items.set(items.size() - 1, items.get(items.size() - 1) + "; " + piece);
            } else {
                items.add(piece);
            }
        }
        return items;
    }

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining("; "));
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }
}

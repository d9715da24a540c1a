package org.eventdesk.domain.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.TimeWords;

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

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining("; "));
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }
}

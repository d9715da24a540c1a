package org.eventdesk.web.pages;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.SchemaOrg;
import org.eventdesk.domain.publishing.TimeWords;
import org.eventdesk.domain.record.Verification;

/**
 * What the record page shows: one public version of a record, each fact in words beside the quotes it came from,
 * and the record's public history (versions, corrections and what they changed, the log entry that sealed it).
 *
 * @param latestVersion the newest public version (the page may show an earlier one)
 * @param versions every version, oldest first
 * @param entrySeq the log entry that sealed the version shown
 * @param base the desk's address, for absolute identifiers in the JSON-LD
 */
public record EventPage(
        PublicRecord record, int latestVersion, List<Version> versions, long entrySeq, String entryHash, String base) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /**
     * One public version: {@code changes} says in words what a correction changed.
     *
     * @param kind PUBLISHED, CORRECTED or RETRACTED
     */
    public record Version(int version, String kind, String at, String note, List<String> changes, long entry) {}

    /** A quote as readers see it: the words, and where they were published. */
    public record QuoteLine(String text, String outlet, String title, String date, String url) {}

    public boolean isLatest() {
        return record.version() == latestVersion;
    }

    public String when() {
        return TimeWords.of(record.time());
    }

    /** "Explosions/Remote violence › Air/drone strike". */
    public String typeLine() {
        if (record.type() == null) {
            return "";
        }
        return record.type().parentLabel() == null
                ? record.type().label()
                : record.type().parentLabel() + " › " + record.type().label();
    }

    public List<QuoteLine> quotes(List<PublicRecord.Quote> quotes) {
        return quotes.stream()
                .map(q -> record.source(q.sourceId())
                        .map(s -> new QuoteLine(
                                q.text(),
                                s.outlet(),
                                s.title(),
                                s.publishedAt() == null ? "" : DATE.format(s.publishedAt()),
                                s.url()))
                        .orElse(new QuoteLine(q.text(), "", "", "", null)))
                .toList();
    }

    public static String verification(Verification verification) {
        return verification == null ? "" : verification.label();
    }

    /** A CSS class for a verification, so disputed and false facts stand out. */
    public static String verificationClass(Verification verification) {
        return verification == null
                ? ""
                : "v-" + verification.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String stamp(java.time.Instant instant) {
        return instant == null ? "" : STAMP.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    public static String utc(java.time.Instant instant) {
        return PublicRecordJson.utc(instant);
    }

    public String figureLine(PublicRecord.Figure f) {
        String line = f.categoryLabel() + ": " + f.described();
        if (f.partOf() != null
                && f.partOf() >= 0
                && f.partOf() < record.figures().size()) {
            line += " (of the "
                    + record.figures().get(f.partOf()).categoryLabel().toLowerCase(Locale.ROOT) + ")";
        }
        return line;
    }

    /** The record's schema.org graph, safe inside a {@code <script>} element (no "</" can close it early). */
    public String jsonLd() {
        return SchemaOrg.graph(record, base, "Event Desk").toString().replace("<", "\\u003c");
    }

    public String apiPath() {
        return "/api/v1/events/" + record.id();
    }
}

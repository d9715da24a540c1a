package org.eventdesk.domain.interchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * A record of a desk's own export (its JSON documents, or its CSV rows read back by {@link DeskCsvFormat#read}),
 * to be stored again as a record of this desk.
 *
 * <p>An export carries every fact with the words it was quoted from, but not the full text of its sources. Each
 * source therefore comes in as the quotes this record takes from it, under a line naming the record and the report
 * (outlet, title, address), and every fact points at its own words there, so the record reads as it did. A source
 * the desk already holds under the same address stands for the report when its text holds every quote (a desk's
 * export imported back into the same desk); otherwise the new source keeps the address in its text only, as
 * addresses are unique. Links to other records are left out: their ids are the exporting desk's.
 *
 * @param exported the record as the export gives it
 * @param form whether it came from the CSV (a rule's problem names the column) or the JSON (the document's field)
 */
public record DeskArchiveEntry(PublicRecord exported, Form form) implements ArchiveEntry {
    /** The archive name in external ids and histories. */
    public static final String ARCHIVE = "EVENTDESK";

    public enum Form {
        CSV,
        JSON
    }

    /**
     * The exporting desk's id and the record's first publication: ids alone are only unique on one desk, and the
     * same record in a later export keeps both, so importing it again adds nothing.
     */
    @Override
    public String key() {
        return ARCHIVE + ":" + exported.id() + "/" + PublicRecordJson.utc(exported.firstPublishedAt());
    }

    @Override
    public String origin() {
        return "Event Desk record " + exported.id() + ", version " + exported.version() + ", first published "
                + PublicRecordJson.utc(exported.firstPublishedAt());
    }

    @Override
    public List<SourceSubmission> sources() {
        List<SourceSubmission> sources = new ArrayList<>();
        for (int i = 0; i < exported.sources().size(); i++) {
            sources.add(submission(i, true));
        }
        return sources;
    }

    @Override
    public SourceSubmission sourceWithoutAddress(int index) {
        return submission(index, false);
    }

    /** Every distinct quote of the source, in the order the record first quotes them. */
    @Override
    public List<String> quotesFrom(int index) {
        long sourceId = exported.sources().get(index).id();
        Set<String> quotes = new LinkedHashSet<>();
        allQuotes().stream()
                .filter(q -> q.sourceId() == sourceId)
                .map(q -> q.text().strip())
                .filter(q -> !q.isEmpty())
                .forEach(quotes::add);
        return List.copyOf(quotes);
    }

    private SourceSubmission submission(int index, boolean withAddress) {
        PublicRecord.Source source = exported.sources().get(index);
        String text = heading(source) + "\n\n" + String.join("\n\n", quotesFrom(index));
        ZonedDateTime publishedAt = source.publishedAt() != null
                ? source.publishedAt().toZonedDateTime()
                : exported.time() != null && exported.time().start() != null
                        ? exported.time().start().toZonedDateTime()
                        : exported.firstPublishedAt().atZone(ZoneOffset.UTC);
        return new SourceSubmission(
                source.kind(),
                ArchiveRow.truncate(source.title(), Source.MAX_TITLE),
                ArchiveRow.truncate(source.outlet(), Source.MAX_OUTLET),
                null,
                withAddress ? source.url() : null,
                publishedAt,
                null,
                source.language(),
                text,
                InputFormat.PLAIN_TEXT,
                text);
    }

    private String heading(PublicRecord.Source source) {
        // The record's key and the export's id of the source make the text, and so its content hash, the entry's own.
        return "Quoted in record " + exported.id() + " (version " + exported.version() + ", first published "
                + PublicRecordJson.utc(exported.firstPublishedAt()) + ") of an Event Desk export, from its source "
                + source.id() + ", \"" + source.title() + "\" (" + source.outlet()
                + (source.url() == null ? "" : ", " + source.url()) + "):";
    }

    private List<PublicRecord.Quote> allQuotes() {
        List<PublicRecord.Quote> quotes = new ArrayList<>(exported.summaryEvidence());
        if (exported.time() != null) {
            quotes.addAll(exported.time().evidence());
        }
        exported.places().forEach(p -> quotes.addAll(p.evidence()));
        exported.actors().forEach(a -> quotes.addAll(a.evidence()));
        exported.figures().forEach(f -> quotes.addAll(f.evidence()));
        exported.claims().forEach(c -> quotes.addAll(c.evidence()));
        return quotes;
    }

    @Override
    public RecordInput input(List<Source> stored) {
        Evidence evidence = new Evidence(stored);
        PublicRecord r = exported;
        return new RecordInput(
                r.type() == null ? null : r.type().code(),
                r.title(),
                r.summary(),
                evidence.of(r.summaryEvidence()),
                r.time() == null
                        ? null
                        : new RecordInput.TimeInput(
                                r.time().start(),
                                r.time().end(),
                                r.time().precision(),
                                r.time().zone(),
                                evidence.of(r.time().evidence())),
                r.places().stream()
                        .map(p -> new RecordInput.PlaceInput(
                                p.name(),
                                p.country(),
                                p.admin1(),
                                p.admin2(),
                                p.lat(),
                                p.lon(),
                                p.precision(),
                                p.verification(),
                                evidence.of(p.evidence())))
                        .toList(),
                r.actors().stream()
                        .map(a -> new RecordInput.ActorInput(
                                a.name(), a.kind(), a.role(), a.verification(), evidence.of(a.evidence())))
                        .toList(),
                r.figures().stream()
                        .map(f -> new RecordInput.FigureInput(
                                f.category(),
                                f.amount(),
                                f.partOf(),
                                utc(f.asOf()),
                                f.attribution(),
                                f.verification(),
                                evidence.of(f.evidence())))
                        .toList(),
                r.claims().stream()
                        .map(c -> new RecordInput.ClaimInput(
                                c.speaker(),
                                c.text(),
                                c.form(),
                                c.medium(),
                                utc(c.time()),
                                c.verification(),
                                evidence.of(c.evidence())))
                        .toList(),
                List.of(),
                r.tags(),
                r.occurrence(),
                r.verification());
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The export's quotes as spans of the stored sources: each quote found in the text of its source. */
    private final class Evidence {
        private final List<Source> stored;

        Evidence(List<Source> stored) {
            this.stored = stored;
        }

        List<RecordInput.EvidenceRef> of(List<PublicRecord.Quote> quotes) {
            return quotes.stream()
                    .limit(EventRecord.MAX_EVIDENCE)
                    .map(this::span)
                    .toList();
        }

        /** A quote whose source the export does not list points nowhere, and the record's rules say so. */
        private RecordInput.EvidenceRef span(PublicRecord.Quote quote) {
            String words = quote.text().strip();
            for (int i = 0; i < exported.sources().size(); i++) {
                if (exported.sources().get(i).id() == quote.sourceId()) {
                    Source source = stored.get(i);
                    int start = at(source.getCleanedText(), words);
                    return start < 0
                            ? new RecordInput.EvidenceRef(source.getId(), null, null)
                            : new RecordInput.EvidenceRef(source.getId(), start, start + words.length());
                }
            }
            return new RecordInput.EvidenceRef(null, null, null);
        }
    }

    /**
     * Where the words stand in a source's text: as a paragraph of their own in a source the import made (the same
     * words may occur in its heading, "Kyiv" in "Kyiv Independent", or inside a longer quote), else wherever they
     * first occur in a source the desk held already.
     */
    static int at(String text, String words) {
        String paragraph = "\n\n" + words;
        for (int from = text.indexOf(paragraph); from >= 0; from = text.indexOf(paragraph, from + 1)) {
            int end = from + paragraph.length();
            if (end == text.length() || text.startsWith("\n\n", end)) {
                return from + 2;
            }
        }
        return text.indexOf(words);
    }

    @Override
    public String column(String fieldPath) {
        // The rules call a figure's whole "parent"; the document calls it "partOf".
        return form == Form.JSON ? fieldPath.replace(".parent", ".partOf") : DeskCsvFormat.column(fieldPath);
    }
}

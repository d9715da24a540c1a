package org.eventdesk.application.extraction;

import java.util.List;
import java.util.Map;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInput.EvidenceRef;

/**
 * One record an article reports, proposed by the assistant and not saved: {@code record} is exactly what
 * {@code RecordService.create} takes, every fact's evidence a span of the source; {@code quotes} holds the words
 * of each of those spans, so the editor sees each fact beside its passage before choosing to create it.
 *
 * @param record the draft, ready to be pruned and created
 * @param quotes the source's words for every evidence span in {@code record} (summary, time and every fact's)
 */
public record DraftRecord(RecordInput record, Map<EvidenceRef, String> quotes) {
    public DraftRecord {
        quotes = Map.copyOf(quotes);
    }

    /** The source's words at this span of the draft, or null for a span that is not the draft's. */
    public String quote(EvidenceRef span) {
        return quotes.get(span);
    }

    /** Every span the draft cites, in the order of its fields (summary, time, places, actors, figures, claims). */
    public static List<EvidenceRef> spans(RecordInput record) {
        java.util.ArrayList<EvidenceRef> out = new java.util.ArrayList<>(record.summaryEvidence());
        if (record.time() != null) {
            out.addAll(record.time().evidence());
        }
        record.places().forEach(p -> out.addAll(p.evidence()));
        record.actors().forEach(a -> out.addAll(a.evidence()));
        record.figures().forEach(f -> out.addAll(f.evidence()));
        record.claims().forEach(c -> out.addAll(c.evidence()));
        return out;
    }
}

package org.eventdesk.application.publishing;

import java.time.Instant;
import org.eventdesk.domain.publishing.PublicRecord;

/**
 * A sealed public document as served: its canonical JSON text (exactly what the log sealed) and what caches and
 * links need about it.
 *
 * @param entrySeq the log entry that sealed it
 * @param entryHash that entry's hash: a strong validator for the document
 * @param changedAt when this version was published, or the record retracted
 */
public record PublicDocument(
        long recordId,
        int version,
        PublicRecord.Status status,
        String json,
        long entrySeq,
        String entryHash,
        Instant changedAt) {

    public boolean isRetracted() {
        return status == PublicRecord.Status.RETRACTED;
    }
}

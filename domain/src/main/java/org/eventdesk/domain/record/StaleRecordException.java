package org.eventdesk.domain.record;

import java.time.Instant;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.Wording;

/**
 * Someone saved the record after the caller read it: saving now would overwrite their change unseen. The
 * caller reloads (or compares) and saves again; nothing was changed.
 */
public class StaleRecordException extends DomainException {
    private final long recordId;
    private final long seenVersion;
    private final long currentVersion;

    public StaleRecordException(
            long recordId, long seenVersion, long currentVersion, String lastEditor, Instant lastEdit) {
        this(recordId, seenVersion, currentVersion, (Object) lastEditor, lastEdit);
    }

    /** @param lastEditor who saved, where the caller cannot name them ("another editor") */
    public StaleRecordException(
            long recordId, long seenVersion, long currentVersion, Wording lastEditor, Instant lastEdit) {
        this(recordId, seenVersion, currentVersion, (Object) lastEditor, lastEdit);
    }

    private StaleRecordException(
            long recordId, long seenVersion, long currentVersion, Object lastEditor, Instant lastEdit) {
        super(Wording.of(
                "workflow.stale",
                recordId,
                lastEditor == null ? "null" : lastEditor,
                String.valueOf(lastEdit),
                currentVersion,
                seenVersion));
        this.recordId = recordId;
        this.seenVersion = seenVersion;
        this.currentVersion = currentVersion;
    }

    public long recordId() {
        return recordId;
    }

    public long seenVersion() {
        return seenVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

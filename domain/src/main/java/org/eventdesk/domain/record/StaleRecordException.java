package org.eventdesk.domain.record;

import java.time.Instant;
import org.eventdesk.domain.shared.DomainException;

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
        super("Record " + recordId + " was changed by " + lastEditor + " at " + lastEdit + " (now version "
                + currentVersion + "; you edited version " + seenVersion + "). Reload it and apply your change again.");
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

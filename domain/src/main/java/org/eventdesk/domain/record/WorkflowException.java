package org.eventdesk.domain.record;

import java.util.List;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.Wording;

/**
 * A workflow rule refused a step: an illegal transition, four eyes, or a record not ready for review. The
 * message says why; for a submission, {@link #missing()} lists what the record still needs.
 */
public class WorkflowException extends DomainException {
    private final List<String> missing;

    /** A refused step that needs nothing more of the record, said in its reader's language. */
    public WorkflowException(Wording wording) {
        super(wording);
        this.missing = List.of();
    }

    public WorkflowException(String message) {
        this(message, List.of());
    }

    public WorkflowException(String message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}

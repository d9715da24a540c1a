package org.eventdesk.domain.record;

import java.util.List;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.Wording;

/**
 * A workflow rule refused a step: an illegal transition, four eyes, or a record not ready for review. The
 * message says why; for a submission, {@link #missing()} lists what the record still needs.
 */
public class WorkflowException extends DomainException {
    private final List<Wording> missing;

    /** A refused step that needs nothing more of the record, said in its reader's language. */
    public WorkflowException(Wording why) {
        this(why, List.of());
    }

    public WorkflowException(Wording why, List<Wording> missing) {
        super(why);
        this.missing = List.copyOf(missing);
    }

    /** What the record still needs, each to be worded in the reader's language (the API says them in English). */
    public List<Wording> missing() {
        return missing;
    }
}

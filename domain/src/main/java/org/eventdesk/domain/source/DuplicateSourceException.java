package org.eventdesk.domain.source;

import org.eventdesk.domain.shared.DomainException;

/** The desk already holds this report (same cleaned text or same canonical URL); nothing was stored. */
public class DuplicateSourceException extends DomainException {
    private final ExistingSource existing;

    public DuplicateSourceException(ExistingSource existing) {
        super(existing.wording());
        this.existing = existing;
    }

    public ExistingSource existing() {
        return existing;
    }
}

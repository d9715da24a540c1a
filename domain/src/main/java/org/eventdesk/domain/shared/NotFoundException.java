package org.eventdesk.domain.shared;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}

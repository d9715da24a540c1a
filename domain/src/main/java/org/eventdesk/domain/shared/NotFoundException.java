package org.eventdesk.domain.shared;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {
    /**
     * @param what the kind of thing, a key of the {@code text} wording bundle ({@code text.thing.record})
     */
    public NotFoundException(String what, Object id) {
        super(Wording.of("text.notFound", Wording.of(what), String.valueOf(id)));
    }

    public NotFoundException(Wording wording) {
        super(wording);
    }
}

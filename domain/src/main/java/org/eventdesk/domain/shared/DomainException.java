package org.eventdesk.domain.shared;

/**
 * Root of the business failures: a rule of the desk refused something, with a message a person can act on.
 * {@link #wording()} keeps that message as a key and its arguments, so that the desk's screens say it in their
 * reader's language; {@link #getMessage()} is its English, for the API and the logs.
 *
 * <p>Declared an application exception with rollback in the EJB module's {@code ejb-jar.xml}, so it reaches
 * callers unwrapped and the transaction it happened in leaves nothing behind.
 */
public abstract class DomainException extends RuntimeException {
    private final Wording wording;

    protected DomainException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    /** Why the rule refused, to be worded in the reader's language. */
    public Wording wording() {
        return wording;
    }
}

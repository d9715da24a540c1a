package org.eventdesk.domain.shared;

/**
 * Root of the business failures: a rule of the desk refused something, with a message a person can act on.
 *
 * <p>Declared an application exception with rollback in the EJB module's {@code ejb-jar.xml}, so it reaches
 * callers unwrapped and the transaction it happened in leaves nothing behind.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}

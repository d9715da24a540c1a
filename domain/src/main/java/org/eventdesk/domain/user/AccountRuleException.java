package org.eventdesk.domain.user;

import org.eventdesk.domain.shared.DomainException;

/**
 * A rule about accounts refused an admin's action: disabling oneself, removing the last enabled admin, giving
 * a password to a system account. The message says what to do instead.
 */
public class AccountRuleException extends DomainException {
    public AccountRuleException(String message) {
        super(message);
    }
}

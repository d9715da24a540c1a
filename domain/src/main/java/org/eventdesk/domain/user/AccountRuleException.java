package org.eventdesk.domain.user;

import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.Wording;

/**
 * A rule about accounts refused an admin's action: disabling oneself, removing the last enabled admin, giving
 * a password to a system account. The message says what to do instead.
 */
public class AccountRuleException extends DomainException {
    /** @param why a key of the {@code account} wording bundle, with its arguments */
    public AccountRuleException(Wording why) {
        super(why);
    }
}

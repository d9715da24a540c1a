package org.eventdesk.domain.user;

/** How an attempt to log in ended, as the login screen and the security log tell it. */
public enum LoginOutcome {
    SUCCESS,
    /** Unknown user or wrong password: deliberately the same outcome, so names cannot be probed. */
    BAD_CREDENTIALS,
    /** Too many recent failures: the account waits until its lock expires. */
    LOCKED,
    /** An admin disabled the account. */
    DISABLED
}

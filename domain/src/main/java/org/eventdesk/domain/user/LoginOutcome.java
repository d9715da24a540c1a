package org.eventdesk.domain.user;

/** How an attempt to log in ended, as the security log files it; {@link #toldAtLogin()} is what the screen says. */
public enum LoginOutcome {
    SUCCESS,
    /** Unknown user or wrong password: deliberately the same outcome, so names cannot be probed. */
    BAD_CREDENTIALS,
    /** The account is locked after too many failures in a row (this attempt may be the one that locked it). */
    LOCKED,
    /** The client address is locked after too many failures from it, whichever accounts they named. */
    ADDRESS_LOCKED,
    /** An admin disabled the account; only ever the outcome for whoever typed its right password. */
    DISABLED;

    /**
     * What the person at the login screen is told. An account's lock reads as a wrong password, for every attempt
     * and even for the right password: a lock told to anyone would say which user names exist (five wrong guesses
     * lock only a real account), and a lock told only to the right password would tell a guesser which of their
     * guesses was right while the lock lasts, which is exactly what the lock is for. The screen says that an account
     * waits after five failures, so its owner knows why. An address's lock says nothing about any account and is
     * told as it is; a disabled account is told only to whoever knows its password ({@link DeskUser}).
     */
    public LoginOutcome toldAtLogin() {
        return this == LOCKED ? BAD_CREDENTIALS : this;
    }
}

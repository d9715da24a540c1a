package org.eventdesk.domain.security;

/** What happened, as the security log files it. Stored by name: never rename a constant, add new ones. */
public enum SecurityEventKind {
    LOGIN_SUCCEEDED("Login"),
    /** Any refused login: unknown user, wrong password, account disabled or locked, address locked. */
    LOGIN_FAILED("Login failed"),
    /** An account's lock began (its own failures in a row); attempts during the lock are LOGIN_FAILED. */
    ACCOUNT_LOCKED("Account locked"),
    /** A client address's lock began (failures from it across accounts). */
    ADDRESS_LOCKED("Address locked"),
    USER_CREATED("User created"),
    USER_RENAMED("User renamed"),
    USER_DISABLED("User disabled"),
    USER_ENABLED("User enabled"),
    USER_UNLOCKED("User unlocked"),
    PASSWORD_RESET("Password reset"),
    ROLES_CHANGED("Roles changed"),
    /** An admin's role change that the account rules refused (giving themself a role, demoting themself, ...). */
    ROLE_CHANGE_REFUSED("Role change refused"),
    TOKEN_CREATED("Token created"),
    /** A token that the rules refused to make: an admin asking for one that would act as a person. */
    TOKEN_CREATION_REFUSED("Token creation refused"),
    TOKEN_REVOKED("Token revoked"),
    /** A token was used; logged at most once a minute per token, like its last-used time. */
    TOKEN_USED("Token used"),
    /**
     * A request came with a token that is unknown, revoked or whose owner is disabled; logged at most once a minute
     * per client address, so a misconfigured script cannot flood the log.
     */
    TOKEN_REFUSED("Token refused"),
    /** An event type or figure category was added, relabelled, deactivated or reactivated. */
    TAXONOMY_CHANGED("Taxonomy changed");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.eventdesk.domain.user;

/**
 * What a user may do. The names double as the container security roles checked by {@code @RolesAllowed}
 * on every application service; {@link Names} holds them as constants for those annotations.
 */
public enum Role {
    /** Ingests sources, drafts and verifies records, submits them, publishes approved ones. */
    EDITOR,
    /** Approves or returns submitted records; reviewers are editors too. */
    REVIEWER,
    /** Runs the desk: users, roles, taxonomy, API tokens, settings. */
    ADMIN,
    /** A partner system: may push sources through the API and nothing else. */
    PARTNER;

    /** Compile-time constants for security annotations. */
    public static final class Names {
        public static final String EDITOR = "EDITOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String ADMIN = "ADMIN";
        public static final String PARTNER = "PARTNER";

        private Names() {}
    }
}

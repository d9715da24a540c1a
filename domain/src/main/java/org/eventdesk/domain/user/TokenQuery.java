package org.eventdesk.domain.user;

/**
 * A filter on the API tokens list.
 *
 * @param owner only tokens of this user name (exact), or all owners when absent
 * @param includeRevoked whether revoked tokens are listed too
 */
public record TokenQuery(String owner, boolean includeRevoked) {
    public TokenQuery {
        owner = owner == null || owner.isBlank() ? null : owner.strip().toLowerCase();
    }
}

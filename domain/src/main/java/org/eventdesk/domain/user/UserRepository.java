package org.eventdesk.domain.user;

import java.util.List;
import java.util.Optional;

/** Where users and their API tokens are kept. Neither is ever deleted: accounts are disabled, tokens revoked. */
public interface UserRepository {
    DeskUser store(DeskUser user);

    Optional<DeskUser> find(long id);

    /**
     * The account, locked against every other writer until the transaction ends: for counting login attempts, which
     * must follow one another on the same account, not race.
     */
    Optional<DeskUser> findForUpdate(long id);

    Optional<DeskUser> findByUsername(String username);

    long count();

    /** Users by user name. */
    List<DeskUser> list(UserQuery query, int offset, int limit);

    /** Enabled accounts that have the admin role: the desk always keeps at least one. */
    long countEnabledAdmins();

    ApiToken store(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    Optional<ApiToken> findToken(long id);

    /** Newest first. */
    List<ApiToken> tokens(TokenQuery query, int offset, int limit);
}

package org.eventdesk.domain.user;

import java.util.Optional;

/** Where users and their API tokens are kept. */
public interface UserRepository {
    DeskUser store(DeskUser user);

    Optional<DeskUser> find(long id);

    Optional<DeskUser> findByUsername(String username);

    long count();

    ApiToken store(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);
}

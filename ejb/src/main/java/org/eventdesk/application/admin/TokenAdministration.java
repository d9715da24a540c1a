package org.eventdesk.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.domain.user.UserRepository;

/**
 * API tokens: made for an account (a partner system, or a person's script) and revoked. A new token's secret is
 * handed back once and stored nowhere, only its SHA-256; it never reaches a log either.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TokenAdministration {
    public static final int MAX_PAGE = 200;
    private static final Logger LOG = Logger.getLogger(TokenAdministration.class.getName());

    @Inject
    private UserRepository users;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public List<TokenRow> list(TokenQuery query, int offset, int limit) {
        return users
                .tokens(
                        query == null ? new TokenQuery(null, false) : query,
                        Math.max(0, offset),
                        Math.min(Math.max(1, limit), MAX_PAGE))
                .stream()
                .map(TokenRow::of)
                .toList();
    }

    /**
     * A new token acting as its owner (with the owner's roles). A disabled account gets none: it could not use it.
     *
     * @return the token and its secret, which cannot be had again
     */
    public IssuedToken create(long ownerId, String label) {
        Instant now = clock.instant();
        DeskUser owner = users.find(ownerId).orElseThrow(() -> new InvalidInputException("owner", "does not exist"));
        if (!owner.isEnabled()) {
            throw new InvalidInputException(
                    "owner", "'" + owner.getUsername() + "' is disabled: enable the account first");
        }
        ApiToken.Issued issued = ApiToken.issue(owner, label, now);
        ApiToken token = users.store(issued.token());
        log(
                SecurityEventKind.TOKEN_CREATED,
                token,
                now,
                "for " + owner.getUsername() + " with roles "
                        + owner.getRoles().stream().sorted().map(Role::name).toList());
        return new IssuedToken(TokenRow.of(token), issued.secret());
    }

    /** Ends a token for good; a request with it is answered 401 from now on. Revoking twice changes nothing. */
    public TokenRow revoke(long id) {
        Instant now = clock.instant();
        ApiToken token = users.findToken(id).orElseThrow(() -> new NotFoundException("Token", id));
        if (token.revoke(now)) {
            log(SecurityEventKind.TOKEN_REVOKED, token, now, null);
        }
        return TokenRow.of(token);
    }

    private void log(SecurityEventKind kind, ApiToken token, Instant now, String detail) {
        String actor = context.getCallerPrincipal().getName();
        LOG.info(
                () -> kind + " " + token.describe() + " of '" + token.getOwner().getUsername() + "' by " + actor);
        securityLog.append(SecurityEvent.of(kind, now)
                .actor(actor)
                .subjectUser(token.getOwner().getUsername())
                .subject(token.describe())
                .detail(detail)
                .build());
    }
}

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
import org.eventdesk.application.security.DurableSecurityLog;
import org.eventdesk.application.security.RequestOrigin;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.AccountRuleException;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.domain.user.UserRepository;

/**
 * API tokens on the admin's desk: every token listed, any token revoked (at once: a request with it is refused from
 * then on), and new ones made for partner systems only. A person's tokens are made by the person
 * ({@link org.eventdesk.application.account.PersonalTokens}): a token made by an admin for a person would put a key
 * that acts as them in the admin's hands ({@link DeskUser#issueToken}). A new token's secret is handed back once and
 * stored nowhere, only its SHA-256; it never reaches a log either. Every token event is in the security log with
 * the admin's client address, a refused one too.
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
    private DurableSecurityLog durableLog;

    @Inject
    private RequestOrigin origin;

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
     * A new token for a partner system, acting as it (with the partner role: it may push sources). A disabled account
     * gets none: it could not use it. For a person it is refused, and the refusal is logged.
     *
     * @return the token and its secret, which cannot be had again
     */
    public IssuedToken create(long ownerId, String label) {
        Instant now = clock.instant();
        DeskUser owner = users.find(ownerId)
                .orElseThrow(() -> new InvalidInputException(FieldError.of("owner", "account.token.ownerMissing")));
        if (!owner.isEnabled()) {
            throw new InvalidInputException(FieldError.of("owner", "account.token.ownerDisabled", owner.getUsername()));
        }
        ApiToken.Issued issued;
        try {
            issued = owner.issueToken(label, users.findByUsername(actor()).orElse(null), now);
        } catch (AccountRuleException refused) {
            LOG.info(() ->
                    "Token for '" + owner.getUsername() + "' refused to " + actor() + ": " + refused.getMessage());
            durableLog.append(SecurityEvent.of(SecurityEventKind.TOKEN_CREATION_REFUSED, now)
                    .actor(actor())
                    .subjectUser(owner.getUsername())
                    .clientAddress(origin.clientAddress())
                    .detail(refused.getMessage())
                    .build());
            throw refused;
        }
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
        ApiToken token = users.findToken(id).orElseThrow(() -> new NotFoundException("text.thing.token", id));
        if (token.revoke(now)) {
            log(SecurityEventKind.TOKEN_REVOKED, token, now, null);
        }
        return TokenRow.of(token);
    }

    private String actor() {
        return context.getCallerPrincipal().getName();
    }

    private void log(SecurityEventKind kind, ApiToken token, Instant now, String detail) {
        String actor = actor();
        LOG.info(() -> kind + " " + LogText.quoted(token.describe()) + " of '"
                + token.getOwner().getUsername() + "' by " + actor);
        securityLog.append(SecurityEvent.of(kind, now)
                .actor(actor)
                .subjectUser(token.getOwner().getUsername())
                .subject(token.describe())
                .clientAddress(origin.clientAddress())
                .detail(detail)
                .build());
    }
}

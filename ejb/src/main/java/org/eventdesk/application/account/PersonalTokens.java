package org.eventdesk.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eventdesk.application.admin.IssuedToken;
import org.eventdesk.application.admin.TokenRow;
import org.eventdesk.application.security.RequestOrigin;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.domain.user.UserRepository;

/**
 * A person's own API tokens, for their scripts: listed, made and revoked by the person alone, so that a secret that
 * acts as someone is only ever seen by them (an admin can revoke any token, but makes tokens only for partner
 * systems). Open to every role a person logs in with; a partner system has no login and is left out. The token acts
 * with its owner's roles, which follow any later role change. Every event is in the security log with the person's
 * client address.
 */
@Stateless
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.ADMIN})
public class PersonalTokens {
    public static final int MAX_PAGE = 200;
    private static final Logger LOG = Logger.getLogger(PersonalTokens.class.getName());

    @Inject
    private UserRepository users;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The caller's tokens, revoked ones included, newest first. */
    public List<TokenRow> list(int offset, int limit) {
        return users
                .tokens(
                        new TokenQuery(caller().getUsername(), true),
                        Math.max(0, offset),
                        Math.min(Math.max(1, limit), MAX_PAGE))
                .stream()
                .map(TokenRow::of)
                .toList();
    }

    /**
     * A new token acting as the caller.
     *
     * @return the token and its secret, which cannot be had again
     */
    public IssuedToken create(String label) {
        Instant now = clock.instant();
        DeskUser me = caller();
        ApiToken.Issued issued = me.issueToken(label, me, now);
        ApiToken token = users.store(issued.token());
        log(
                SecurityEventKind.TOKEN_CREATED,
                token,
                now,
                "their own, with roles "
                        + me.getRoles().stream().sorted().map(Role::name).toList());
        return new IssuedToken(TokenRow.of(token), issued.secret());
    }

    /**
     * Ends one of the caller's tokens for good. Someone else's token is "not found", as if it did not exist: the
     * page lists only one's own, and ids must not tell whose tokens exist.
     */
    public TokenRow revoke(long id) {
        Instant now = clock.instant();
        DeskUser me = caller();
        ApiToken token = users.findToken(id)
                .filter(t -> t.getOwner().getId().equals(me.getId()))
                .orElseThrow(() -> new NotFoundException("text.thing.token", id));
        if (token.revoke(now)) {
            log(SecurityEventKind.TOKEN_REVOKED, token, now, "by its owner");
        }
        return TokenRow.of(token);
    }

    /** The caller's account; a caller the desk does not know (or no longer enabled) has no tokens to manage. */
    private DeskUser caller() {
        String name = context.getCallerPrincipal().getName();
        return users.findByUsername(name)
                .filter(DeskUser::isEnabled)
                .orElseThrow(() -> new NotFoundException("text.thing.account", name));
    }

    private void log(SecurityEventKind kind, ApiToken token, Instant now, String detail) {
        String owner = token.getOwner().getUsername();
        LOG.info(() -> kind + " " + LogText.quoted(token.describe()) + " by its owner '" + owner + "'");
        securityLog.append(SecurityEvent.of(kind, now)
                .actor(owner)
                .subjectUser(owner)
                .subject(token.describe())
                .clientAddress(origin.clientAddress())
                .detail(detail)
                .build());
    }
}

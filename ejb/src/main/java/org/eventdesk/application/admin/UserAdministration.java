package org.eventdesk.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eventdesk.application.security.DurableSecurityLog;
import org.eventdesk.application.security.RequestOrigin;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.user.AccountRuleException;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.PasswordHasher;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.UserQuery;
import org.eventdesk.domain.user.UserRepository;

/**
 * Accounts: create, rename, roles, disable and enable, password reset, unlock. The rules are the account's own
 * ({@link DeskUser}); this service finds the acting admin and counts the enabled admins for them, stores, and logs.
 * A change takes effect on the account's next request, since sessions read their user again every time.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {
    public static final int MAX_PAGE = 200;
    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

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

    @Inject
    private PasswordHasher hasher;

    public List<UserRow> list(UserQuery query, int offset, int limit) {
        Instant now = clock.instant();
        return users.list(query == null ? UserQuery.all() : query, Math.max(0, offset), clamp(limit)).stream()
                .map(u -> UserRow.of(u, now))
                .toList();
    }

    public UserRow user(long id) {
        return UserRow.of(load(id), clock.instant());
    }

    /**
     * A new account; people get their first password now, partner systems none (they use tokens). Every bad
     * field is named at once.
     */
    public UserRow create(NewUser input) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        DeskUser user = null;
        try {
            user = DeskUser.register(input.username(), input.displayName(), input.roles(), now);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        String username = user != null ? user.getUsername() : input.username();
        if (user != null && users.findByUsername(username).isPresent()) {
            errors.add(FieldError.of("username", "account.username.taken"));
        }
        String password = input.password() == null || input.password().isEmpty() ? null : input.password();
        boolean system = input.roles() != null && input.roles().equals(EnumSet.of(Role.PARTNER));
        Wording weak = system || password == null ? null : PasswordHasher.problemWith(password, username);
        if (system && password != null) {
            errors.add(FieldError.of("password", "account.password.notForPartner"));
        } else if (!system && password == null) {
            errors.add(FieldError.of("password", "account.password.required"));
        } else if (weak != null) {
            errors.add(new FieldError("password", weak));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (password != null) {
            user.changePassword(password, hasher);
        }
        users.store(user);
        log(SecurityEventKind.USER_CREATED, user, now, "roles " + roles(user.getRoles()));
        return UserRow.of(user, now);
    }

    public UserRow rename(long id, String displayName) {
        Instant now = clock.instant();
        DeskUser user = load(id);
        String old = user.getDisplayName();
        user.rename(displayName);
        if (!old.equals(user.getDisplayName())) {
            log(SecurityEventKind.USER_RENAMED, user, now, "“" + old + "” → “" + user.getDisplayName() + "”");
        }
        return UserRow.of(user, now);
    }

    /**
     * New roles for an account. What the account rules refuse (an admin giving themself a role or taking the admin
     * role from themself, the last admin) is logged as refused before the refusal reaches the caller.
     */
    public UserRow changeRoles(long id, Set<Role> roles) {
        Instant now = clock.instant();
        DeskUser user = load(id);
        DeskUser admin = actingUser();
        Set<Role> old;
        try {
            old = user.changeRoles(roles, admin, users.countEnabledAdmins());
        } catch (AccountRuleException refused) {
            durableLog.append(entry(
                            SecurityEventKind.ROLE_CHANGE_REFUSED,
                            user,
                            now,
                            roles(user.getRoles()) + " → " + roles(roles) + ownAccount(user) + ": "
                                    + refused.getMessage())
                    .build());
            throw refused;
        }
        if (!old.equals(user.getRoles())) {
            log(
                    SecurityEventKind.ROLES_CHANGED,
                    user,
                    now,
                    roles(old) + " → " + roles(user.getRoles()) + ownAccount(user));
        }
        return UserRow.of(user, now);
    }

    /** Ends the account's logins, sessions and tokens (tokens until it is enabled again). */
    public UserRow disable(long id) {
        Instant now = clock.instant();
        DeskUser user = load(id);
        if (user.isEnabled()) {
            user.disable(actingUser(), users.countEnabledAdmins());
            log(SecurityEventKind.USER_DISABLED, user, now, null);
        }
        return UserRow.of(user, now);
    }

    public UserRow enable(long id) {
        Instant now = clock.instant();
        DeskUser user = load(id);
        if (!user.isEnabled()) {
            user.enable();
            log(SecurityEventKind.USER_ENABLED, user, now, null);
        }
        return UserRow.of(user, now);
    }

    /** Sets a new password, which also lifts a lock. The password itself is never logged. */
    public UserRow resetPassword(long id, String newPassword) {
        Instant now = clock.instant();
        DeskUser user = load(id);
        user.resetPassword(newPassword, hasher);
        log(SecurityEventKind.PASSWORD_RESET, user, now, ownAccount(user).isEmpty() ? null : "their own password");
        return UserRow.of(user, now);
    }

    /** Lifts a lock after failed logins. */
    public UserRow unlock(long id) {
        Instant now = clock.instant();
        DeskUser user = load(id);
        if (user.isLockedAt(now)) {
            user.unlock();
            log(SecurityEventKind.USER_UNLOCKED, user, now, null);
        }
        return UserRow.of(user, now);
    }

    private DeskUser load(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("text.thing.user", id));
    }

    /** The admin calling, as an account (absent only for callers the desk does not know, e.g. in tests). */
    private DeskUser actingUser() {
        return users.findByUsername(actor()).orElse(null);
    }

    private String actor() {
        return context.getCallerPrincipal().getName();
    }

    private void log(SecurityEventKind kind, DeskUser user, Instant now, String detail) {
        String actor = actor();
        // The detail holds what the admin typed (a display name), escaped like every outside text in the server log.
        LOG.info(() -> kind + " '" + user.getUsername() + "' by " + actor
                + (detail == null ? "" : ": " + LogText.quoted(detail)));
        securityLog.append(entry(kind, user, now, detail).build());
    }

    /** An entry about an account, by the admin calling, from where they call. */
    private SecurityEvent.Builder entry(SecurityEventKind kind, DeskUser user, Instant now, String detail) {
        return SecurityEvent.of(kind, now)
                .actor(actor())
                .subjectUser(user.getUsername())
                .subject(user.getUsername())
                .clientAddress(origin.clientAddress())
                .detail(detail);
    }

    /** Said in the log when an admin acts on their own account, which the rules watch most closely. */
    private String ownAccount(DeskUser user) {
        return user.getUsername().equals(actor()) ? " (their own account)" : "";
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private static int clamp(int limit) {
        return Math.min(Math.max(1, limit), MAX_PAGE);
    }
}

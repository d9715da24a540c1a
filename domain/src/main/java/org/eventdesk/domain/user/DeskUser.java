package org.eventdesk.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * A person (or a partner system) that uses the desk. Owns its password hash, roles and its lockout state:
 * after {@link #MAX_FAILED_LOGINS} failures in a row the account refuses logins for {@link #LOCK_DURATION},
 * then tries again with a clean slate.
 *
 * <p>The admin's rules live here too. The ones that need to know who acts ({@link #disable}, {@link
 * #changeRoles}) take the acting admin and the number of enabled admins as arguments, so that every rule about
 * an account is in one place and can be tested without a server; the service only looks those two things up.
 * Roles must make sense together: a reviewer is an editor too, and a partner system is nothing else (it has
 * no password and only ever uses API tokens).
 */
@Entity
@Table(name = "desk_user")
public class DeskUser {
    public static final int MAX_FAILED_LOGINS = 5;
    public static final int MAX_USERNAME = 64;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_user_seq")
    @SequenceGenerator(name = "desk_user_seq", sequenceName = "desk_user_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Absent for accounts that only ever use API tokens (partner systems): they cannot log in. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "desk_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * Counts the password changes. A session remembers the value it logged in under and ends when it differs: a
     * password reset (say, after a leak) ends every session opened with the old password.
     */
    @Column(name = "password_generation", nullable = false)
    private int passwordGeneration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DeskUser() {}

    public static DeskUser create(String username, String displayName, Set<Role> roles, Instant now) {
        return make(
                username,
                displayName,
                roles,
                now,
                roles == null || roles.isEmpty() ? Wording.of("account.roles.none") : null);
    }

    /**
     * A new account made on the admin's desk: as {@link #create}, and its roles must make sense together ({@link
     * #roleProblem}). {@code create} itself stays as lenient as it was, for the seeds and other parts' tests.
     */
    public static DeskUser register(String username, String displayName, Set<Role> roles, Instant now) {
        return make(username, displayName, roles, now, roleProblem(roles));
    }

    private static DeskUser make(
            String username, String displayName, Set<Role> roles, Instant now, Wording roleProblem) {
        String name = username == null ? null : username.strip().toLowerCase();
        new Validation()
                .require(
                        name != null && USERNAME.matcher(name).matches(),
                        "username",
                        Wording.of("account.username.invalid"))
                .requireText(displayName, "displayName", 200)
                .require(roleProblem == null, "roles", roleProblem)
                .throwIfAny();
        DeskUser user = new DeskUser();
        user.username = name;
        user.displayName = displayName.strip();
        user.roles = EnumSet.copyOf(roles);
        user.enabled = true;
        user.createdAt = now;
        return user;
    }

    /** Why a set of roles cannot be given to one account, or null when it can. */
    public static Wording roleProblem(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return Wording.of("account.roles.none");
        }
        if (roles.contains(Role.PARTNER) && roles.size() > 1) {
            return Wording.of("account.roles.partnerAlone");
        }
        if (roles.contains(Role.REVIEWER) && !roles.contains(Role.EDITOR)) {
            return Wording.of("account.roles.reviewerNotEditor");
        }
        return null;
    }

    /**
     * Checks a password and keeps count of failures; the caller stores the changed state either way. The same as
     * {@link #passwordMatches} followed by {@link #recordLogin}, which the desk calls apart (see there).
     */
    public LoginOutcome attemptLogin(String password, PasswordHasher hasher, Instant now) {
        return recordLogin(passwordMatches(password, hasher), now);
    }

    /**
     * Whether the password is this account's: the slow half of a login (a deliberately costly hash), which reads
     * nothing but the stored hash and changes nothing, so the desk runs it before it locks the account's row for
     * {@link #recordLogin}. An account without a password (a partner system) costs the same work as any other,
     * so the time an answer takes does not tell system accounts from people.
     */
    public boolean passwordMatches(String password, PasswordHasher hasher) {
        if (passwordHash == null) {
            return hasher.matchesNothing(password);
        }
        return hasher.matches(password, passwordHash);
    }

    /**
     * Counts an attempt whose password was checked ({@link #passwordMatches}): a wrong one adds to the failures in a
     * row, and the {@link #MAX_FAILED_LOGINS}th locks the account for {@link #LOCK_DURATION} (the outcome is then
     * {@link LoginOutcome#LOCKED}); the right one clears them. While locked nothing counts and even the right password
     * is refused. The caller must hold the account exclusively while it calls this and stores the result (a row
     * lock): attempts that arrive together are then counted one after the other, and none is lost.
     */
    public LoginOutcome recordLogin(boolean rightPassword, Instant now) {
        if (!enabled) {
            // Told only to whoever knows the password: to a guesser a disabled account is a wrong password, so the
            // answer does not reveal which usernames exist.
            return rightPassword ? LoginOutcome.DISABLED : LoginOutcome.BAD_CREDENTIALS;
        }
        if (isLockedAt(now)) {
            return LoginOutcome.LOCKED;
        }
        if (!rightPassword) {
            failedLogins++;
            if (failedLogins >= MAX_FAILED_LOGINS) {
                lockedUntil = now.plus(LOCK_DURATION);
                failedLogins = 0;
                return LoginOutcome.LOCKED;
            }
            return LoginOutcome.BAD_CREDENTIALS;
        }
        failedLogins = 0;
        lockedUntil = null;
        return LoginOutcome.SUCCESS;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void changePassword(String newPassword, PasswordHasher hasher) {
        Wording problem = PasswordHasher.problemWith(newPassword, username);
        new Validation().require(problem == null, "password", problem).throwIfAny();
        passwordHash = hasher.hash(newPassword);
        passwordGeneration++;
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * After a successful login with this password: hashes it again if the stored hash was made with another iteration
     * count than the desk's now, so every account's check costs what an unknown name's does. The password is the
     * same, so its generation, and with it the open sessions, stay as they are.
     */
    public void rehashPassword(String rightPassword, PasswordHasher hasher) {
        if (passwordHash != null && !hasher.madeThisWay(passwordHash)) {
            passwordHash = hasher.hash(rightPassword);
        }
    }

    /** The stored hash, for tests of how it was made. */
    String passwordHash() {
        return passwordHash;
    }

    /** Which password a session was opened with; see {@link #passwordGeneration}. */
    public int getPasswordGeneration() {
        return passwordGeneration;
    }

    /** A partner system: it has no password, never logs in, and acts only through API tokens. */
    public boolean isSystemAccount() {
        return roles.equals(EnumSet.of(Role.PARTNER));
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /**
     * An admin sets a new password (the user was locked out, forgot it, or it leaked); it also lifts a lock and
     * ends the sessions opened with the old one.
     */
    public void resetPassword(String newPassword, PasswordHasher hasher) {
        if (isSystemAccount()) {
            throw new AccountRuleException(Wording.of("account.password.partnerReset", username));
        }
        changePassword(newPassword, hasher);
    }

    public void rename(String newDisplayName) {
        new Validation().requireText(newDisplayName, "displayName", 200).throwIfAny();
        displayName = newDisplayName.strip();
    }

    /**
     * Gives the account a new set of roles and returns the old one. An admin cannot take the admin role from
     * themself (another admin must), which also keeps at least one admin; and the last enabled admin keeps it in
     * any case. Nor can an admin give themself a role (editor, reviewer): another admin must, as for taking one
     * away, so that no one alone grants themself the powers that the four-eyes rule splits; dropping a role of
     * one's own is allowed. An account that becomes a partner system loses its password.
     *
     * @param by the admin who changes the roles
     * @param enabledAdmins how many enabled accounts have the admin role now, this one included
     */
    public Set<Role> changeRoles(Set<Role> newRoles, DeskUser by, long enabledAdmins) {
        Wording problem = roleProblem(newRoles);
        new Validation().require(problem == null, "roles", problem).throwIfAny();
        Set<Role> old = EnumSet.copyOf(roles);
        if (hasRole(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            if (isSameAccount(by)) {
                throw new AccountRuleException(Wording.of("account.roles.ownAdmin"));
            }
            if (enabled && enabledAdmins <= 1) {
                throw new AccountRuleException(Wording.of("account.roles.lastAdmin", username));
            }
        }
        if (isSameAccount(by) && !old.containsAll(newRoles)) {
            Set<Role> added = EnumSet.copyOf(newRoles);
            added.removeAll(old);
            // The roles are named by their codes ("[EDITOR, REVIEWER]"), as the API names them, in every language.
            throw new AccountRuleException(Wording.of("account.roles.giveSelf", added.toString()));
        }
        roles = EnumSet.copyOf(newRoles);
        if (isSystemAccount()) {
            passwordHash = null;
        }
        return old;
    }

    /**
     * Closes the account: it cannot log in, its open sessions end on their next request (the session's user is
     * read again each time) and its API tokens stop working (a token is usable only while its owner is enabled).
     * Tokens come back with {@link #enable()}; revoke them to end them for good.
     *
     * @param by the admin who disables it: never the account itself
     * @param enabledAdmins how many enabled accounts have the admin role now, this one included
     */
    public void disable(DeskUser by, long enabledAdmins) {
        if (isSameAccount(by)) {
            throw new AccountRuleException(Wording.of("account.disable.self"));
        }
        if (enabled && hasRole(Role.ADMIN) && enabledAdmins <= 1) {
            throw new AccountRuleException(Wording.of("account.disable.lastAdmin", username));
        }
        enabled = false;
    }

    /**
     * A new API token acting as this account, made by {@code issuer}. A token is the account's password for
     * scripts, so it must only ever be in the hands of whoever it acts as: a person makes their own (and sees the
     * secret once), and an admin makes tokens only for partner systems, which have no person of their own. An admin
     * minting a token for a person would hold a key that acts as that person (and could, with two such tokens,
     * write and approve alone), so that is refused.
     *
     * @param issuer the account asking for it: this account itself, or an admin for a partner system
     */
    public ApiToken.Issued issueToken(String label, DeskUser issuer, Instant now) {
        if (!isSameAccount(issuer)) {
            if (!isSystemAccount()) {
                throw new AccountRuleException(Wording.of("account.token.forPerson", username));
            }
            if (issuer == null || !issuer.hasRole(Role.ADMIN)) {
                throw new AccountRuleException(Wording.of("account.token.adminOnly"));
            }
        } else if (isSystemAccount()) {
            throw new AccountRuleException(Wording.of("account.token.bySystem"));
        }
        return ApiToken.issue(this, label, now);
    }

    public void enable() {
        enabled = true;
    }

    /** Lifts a lock after failed logins, for an admin who knows the person behind them. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    private boolean isSameAccount(DeskUser other) {
        return other != null && (other == this || id != null && id.equals(other.id));
    }

    public boolean canLogIn() {
        return enabled && passwordHash != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

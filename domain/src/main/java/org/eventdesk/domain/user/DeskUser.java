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

/**
 * A person (or a partner system) that uses the desk. Owns its password hash, roles and its lockout state:
 * after {@link #MAX_FAILED_LOGINS} failures in a row the account refuses logins for {@link #LOCK_DURATION},
 * then tries again with a clean slate.
 */
@Entity
@Table(name = "desk_user")
public class DeskUser {
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_user_seq")
    @SequenceGenerator(name = "desk_user_seq", sequenceName = "desk_user_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DeskUser() {}

    public static DeskUser create(String username, String displayName, Set<Role> roles, Instant now) {
        String name = username == null ? null : username.strip().toLowerCase();
        new Validation()
                .require(
                        name != null && USERNAME.matcher(name).matches(),
                        "username",
                        "must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'")
                .requireText(displayName, "displayName", 200)
                .require(roles != null && !roles.isEmpty(), "roles", "at least one role is required")
                .throwIfAny();
        DeskUser user = new DeskUser();
        user.username = name;
        user.displayName = displayName.strip();
        user.roles = EnumSet.copyOf(roles);
        user.enabled = true;
        user.createdAt = now;
        return user;
    }

    /** Checks a password and keeps count of failures; the caller stores the changed state either way. */
    public LoginOutcome attemptLogin(String password, PasswordHasher hasher, Instant now) {
        if (!enabled) {
            return LoginOutcome.DISABLED;
        }
        if (isLockedAt(now)) {
            return LoginOutcome.LOCKED;
        }
        if (passwordHash == null || !hasher.matches(password, passwordHash)) {
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
        String problem = PasswordHasher.problemWith(newPassword, username);
        new Validation().require(problem == null, "password", problem).throwIfAny();
        passwordHash = hasher.hash(newPassword);
        failedLogins = 0;
        lockedUntil = null;
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

package org.eventdesk.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.eventdesk.domain.shared.Hashing;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * A bearer token that lets a system act as its owner (and so with the owner's roles).
 *
 * <p>Only the SHA-256 of the token is stored. A slow password hash is not needed: tokens are 256 random bits,
 * so there is nothing to guess, and a fast hash keeps every API request cheap.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "edk_";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private DeskUser owner;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {}

    /** A token and its secret; the secret is shown once to whoever created it and never stored. */
    public record Issued(ApiToken token, String secret) {}

    public static Issued issue(DeskUser owner, String label, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(withSecret(owner, label, secret, now), secret);
    }

    /** For secrets chosen elsewhere: the documented demo tokens. */
    public static ApiToken withSecret(DeskUser owner, String label, String secret, Instant now) {
        new Validation()
                .require(owner != null, "owner", Wording.of("text.required"))
                .requireText(label, "label", 200)
                .require(
                        secret != null && secret.length() >= 16,
                        "secret",
                        Wording.of("account.token.secretTooShort", 16))
                .throwIfAny();
        ApiToken token = new ApiToken();
        token.owner = owner;
        token.label = label.strip();
        token.tokenHash = hashOf(secret);
        token.createdAt = now;
        return token;
    }

    public static String hashOf(String secret) {
        return Hashing.sha256Hex(secret);
    }

    public boolean isUsable() {
        return revokedAt == null && owner.isEnabled();
    }

    /**
     * Remembers the last use to the minute; finer would turn every API read into a database write.
     *
     * @return whether this use was recorded (the first in a minute), which is also when the security log hears
     *     of it
     */
    public boolean markUsed(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    /** @return whether this call revoked it (false when it already was) */
    public boolean revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            return true;
        }
        return false;
    }

    /** How the security log and the admin's desk name a token: by number and label, never by its secret. */
    public String describe() {
        return "token #" + id + " “" + label + "”";
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public DeskUser getOwner() {
        return owner;
    }

    public String getLabel() {
        return label;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}

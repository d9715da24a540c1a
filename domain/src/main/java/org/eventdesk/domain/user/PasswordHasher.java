package org.eventdesk.domain.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eventdesk.domain.shared.Wording;

/**
 * Password hashes as PBKDF2-HMAC-SHA256 with a random 16-byte salt, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). The JDK implements the algorithm, so no library
 * is needed; the iteration count travels with each hash, so raising {@link #ITERATIONS} later leaves existing
 * passwords valid. 600,000 iterations is OWASP's recommendation for this algorithm.
 */
public final class PasswordHasher {
    public static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * For each iteration count in use, a hash no password matches, verified against for unknown users so that a login
     * takes as long either way: with as many iterations as the desk's own hashes.
     */
    private static final Map<Integer, String> DECOYS = new ConcurrentHashMap<>();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /**
     * Another count for new hashes: the desk's configured one ({@code eventdesk.password.iterations}, fewer on test
     * desks), or fewer still in unit tests of rules around passwords (lockout), which would otherwise take minutes.
     */
    public PasswordHasher(int iterations) {
        this.iterations = iterations;
        // Made now, not in the first check of an unknown name, which would then take two hashes' time.
        DECOYS.computeIfAbsent(iterations, n -> hash("decoy password that no one can type\u0000"));
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public boolean matches(String password, String stored) {
        String[] parts = parts(stored);
        if (password == null || parts == null) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    /** Spends the same work as a real check, for a user that does not exist. Always false. */
    public boolean matchesNothing(String password) {
        matches(password == null ? "" : password, decoy());
        return false;
    }

    /** The hash {@link #matchesNothing} checks against: made with this hasher's count. */
    String decoy() {
        return DECOYS.get(iterations);
    }

    /**
     * Whether a stored hash was made with this hasher's iteration count. A hash made with another (before the desk's
     * setting changed) still matches, but takes another time to check than an unknown name's decoy; the desk hashes
     * such a password again at its next successful login ({@link DeskUser#rehashPassword}).
     */
    public boolean madeThisWay(String stored) {
        String[] parts = parts(stored);
        return parts == null || parts[1].equals(String.valueOf(iterations));
    }

    /** A stored hash's prefix, count, salt and key; null for anything not written by {@link #hash}. */
    private static String[] parts(String stored) {
        String[] parts = stored == null ? null : stored.split("\\$");
        return parts != null && parts.length == 4 && PREFIX.equals(parts[0]) ? parts : null;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Minimum rules for a new password: long enough to resist guessing, and not the user name. */
    public static Wording problemWith(String password, String username) {
        if (password == null || password.length() < 10) {
            return Wording.of("account.password.tooShort", 10);
        }
        if (password.length() > 200) {
            return Wording.of("account.password.tooLong", 200);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Wording.of("account.password.hasUsername");
        }
        if (password.isBlank()) {
            return Wording.of("account.password.blank");
        }
        return null;
    }
}

package org.eventdesk.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eventdesk.domain.user.PasswordHasher;

/**
 * Settings the desk reads at start, each from a system property or else an environment variable (the form
 * containers pass). Documented in the README's configuration section.
 */
@ApplicationScoped
public class DeskSettings {
    /** The fewest PBKDF2 iterations the desk accepts for new password hashes, whatever the configuration says. */
    public static final int FEWEST_PASSWORD_ITERATIONS = 10_000;

    /** Demo mode: demo users, demo API tokens and the sample article. Never on unless asked for. */
    public boolean demoMode() {
        return read("eventdesk.demo", "EVENTDESK_DEMO")
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    /** The first admin's user name, used only while the desk has no users at all. */
    public String firstAdminUsername() {
        return read("eventdesk.admin.username", "EVENTDESK_ADMIN_USERNAME").orElse("admin");
    }

    /** The first admin's password. There is no default: without it a new desk creates no admin. */
    public Optional<String> firstAdminPassword() {
        return read("eventdesk.admin.password", "EVENTDESK_ADMIN_PASSWORD");
    }

    /**
     * How many requests a minute one client address may send to the public endpoints (the readers' pages and the
     * public API); 0 turns the limit off (for load tests on loopback). A burst may use a minute's worth at once.
     */
    public int publicRequestsPerMinute() {
        return number("eventdesk.public.requests-per-minute", "EVENTDESK_PUBLIC_REQUESTS_PER_MINUTE", 600);
    }

    /** How many audits of the publication log a minute one client address may ask for (each reads the whole log). */
    public int publicAuditsPerMinute() {
        return number("eventdesk.public.audits-per-minute", "EVENTDESK_PUBLIC_AUDITS_PER_MINUTE", 6);
    }

    /**
     * How many PBKDF2 iterations new password hashes get. The default is OWASP's recommendation (600,000, about a
     * quarter of a second of processor time per login here). A test desk may ask for fewer, down to 10,000: its
     * thousands of logins and new accounts would otherwise spend minutes of processor time (Django's documentation
     * gives its test settings a fast hasher for the same reason). Each hash keeps its own count, so passwords set
     * under another count stay valid.
     */
    public int passwordIterations() {
        Optional<String> configured = read("eventdesk.password.iterations", "EVENTDESK_PASSWORD_ITERATIONS");
        if (configured.isEmpty()) {
            return PasswordHasher.ITERATIONS;
        }
        String refusal = "eventdesk.password.iterations must be a whole number of at least "
                + FEWEST_PASSWORD_ITERATIONS + ", not '" + configured.get() + "'";
        try {
            int iterations = Integer.parseInt(configured.get().strip());
            if (iterations < FEWEST_PASSWORD_ITERATIONS) {
                throw new IllegalStateException(refusal);
            }
            return iterations;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(refusal);
        }
    }

    /** The password hasher the desk's services use, with {@link #passwordIterations()}. */
    @Produces
    @Dependent
    PasswordHasher passwordHasher() {
        return new PasswordHasher(passwordIterations());
    }

    private static int number(String property, String environment, int otherwise) {
        return read(property, environment)
                .map(value -> {
                    try {
                        return Math.max(0, Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(property + " must be a whole number, not '" + value + "'");
                    }
                })
                .orElse(otherwise);
    }

    /**
     * Whether the session cookie is always marked {@code Secure}, also on requests that reach the server over plain
     * HTTP: for a desk behind a reverse proxy that ends TLS and does not forward the scheme. Off by default; the
     * cookie is marked {@code Secure} on every request that came over HTTPS in any case.
     */
    public boolean cookieAlwaysSecure() {
        return read("eventdesk.cookie.secure", "EVENTDESK_COOKIE_SECURE")
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    /**
     * A tile server for the maps, as Leaflet takes it ({@code https://tile.example.org/{z}/{x}/{y}.png}), for a desk
     * that may reach the internet; without one the maps draw the country outlines that ship with the desk.
     */
    public Optional<String> mapTiles() {
        return read("eventdesk.map.tiles", "EVENTDESK_MAP_TILES");
    }

    /** What the tile server asks to be credited with, shown on the maps (e.g. "© OpenStreetMap contributors"). */
    public String mapAttribution() {
        return read("eventdesk.map.attribution", "EVENTDESK_MAP_ATTRIBUTION").orElse("");
    }

    private static Optional<String> read(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

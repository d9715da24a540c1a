package org.eventdesk.application.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eventdesk.domain.user.PasswordHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The password work factor a desk is configured with: OWASP's count unless told, never below the floor. */
class DeskSettingsTest {
    private static final String ITERATIONS = "eventdesk.password.iterations";
    private final DeskSettings settings = new DeskSettings();

    @AfterEach
    void forget() {
        System.clearProperty(ITERATIONS);
    }

    @Test
    void passwordsGetOwaspsCountUnlessTheDeskIsToldOtherwise() {
        assertEquals(600_000, settings.passwordIterations());
        assertTrue(settings.passwordHasher().hash("a long enough password").startsWith("pbkdf2-sha256$600000$"));

        System.setProperty(ITERATIONS, "10000");
        assertEquals(10_000, settings.passwordIterations());
        String hash = settings.passwordHasher().hash("a long enough password");
        assertTrue(hash.startsWith("pbkdf2-sha256$10000$"), hash);
        // A hash keeps its own count: the default hasher still checks it.
        assertTrue(new PasswordHasher().matches("a long enough password", hash));
    }

    @Test
    void aCountBelowTheFloorOrNotANumberIsRefusedByName() {
        for (String refused : new String[] {"9999", "-5", "many"}) {
            System.setProperty(ITERATIONS, refused);
            IllegalStateException e = assertThrows(IllegalStateException.class, settings::passwordIterations, refused);
            assertEquals(
                    "eventdesk.password.iterations must be a whole number of at least 10000, not '" + refused + "'",
                    e.getMessage());
        }
    }
}

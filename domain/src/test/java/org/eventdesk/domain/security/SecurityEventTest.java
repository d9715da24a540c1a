package org.eventdesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.eventdesk.domain.JpaTestSupport;
import org.junit.jupiter.api.Test;

class SecurityEventTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");

    @Test
    void whatAnAttackerTypesIsCutToSizeNotRefused() {
        String typed = "x".repeat(500) + "\n\u0000injected";

        SecurityEvent event = SecurityEvent.of(SecurityEventKind.LOGIN_FAILED, NOW)
                .actor(typed)
                .subjectUser(typed)
                .detail("unknown user")
                .build();

        assertEquals(SecurityEvent.NAME_LENGTH, event.getActor().length());
        assertTrue(event.getActor().endsWith("…"));
        assertTrue(event.getSubjectUser().chars().noneMatch(Character::isISOControl));
        assertNull(SecurityEvent.of(SecurityEventKind.LOGIN_FAILED, NOW)
                .actor(" ")
                .build()
                .getActor());
    }

    @Test
    void anEventIsStoredAndReadBackWhole() {
        try (JpaTestSupport jpa = new JpaTestSupport()) {
            jpa.inTransaction(session -> session.persist(SecurityEvent.of(SecurityEventKind.ROLES_CHANGED, NOW)
                    .actor("admin")
                    .subjectUser("erin")
                    .subject("erin")
                    .clientAddress("2001:db8::1")
                    .detail("EDITOR → EDITOR, REVIEWER")
                    .build()));

            List<SecurityEvent> stored = jpa.fromTransaction(
                    session -> session.createQuery("select e from SecurityEvent e", SecurityEvent.class)
                            .getResultList());

            assertEquals(1, stored.size());
            SecurityEvent event = stored.get(0);
            assertEquals(NOW, event.getOccurredAt());
            assertEquals(SecurityEventKind.ROLES_CHANGED, event.getKind());
            assertEquals("admin", event.getActor());
            assertEquals("erin", event.getSubjectUser());
            assertEquals("2001:db8::1", event.getClientAddress());
            assertEquals("EDITOR → EDITOR, REVIEWER", event.getDetail());
        }
    }
}

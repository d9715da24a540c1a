package org.eventdesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    private final DeskUser owner = DeskUser.create("partner", "Partner", EnumSet.of(Role.PARTNER), NOW);

    @Test
    void anIssuedSecretIsLongAndRandomAndOnlyItsHashIsKept() {
        ApiToken.Issued first = ApiToken.issue(owner, "wire feed", NOW);
        ApiToken.Issued second = ApiToken.issue(owner, "wire feed", NOW);

        assertTrue(first.secret().length() >= 40, first.secret());
        assertNotEquals(first.secret(), second.secret());
        assertEquals(ApiToken.hashOf(first.secret()), first.token().getTokenHash());
    }

    @Test
    void aRevokedTokenIsNoLongerUsable() {
        ApiToken token = ApiToken.withSecret(owner, "demo", "demo-partner-token", NOW);
        assertTrue(token.isUsable());

        token.revoke(NOW);

        assertFalse(token.isUsable());
    }

    @Test
    void useIsRecordedToTheMinuteNotOnEveryRequest() {
        ApiToken token = ApiToken.withSecret(owner, "demo", "demo-partner-token", NOW);
        token.markUsed(NOW);
        token.markUsed(NOW.plusSeconds(30));
        assertEquals(NOW, token.getLastUsedAt());

        token.markUsed(NOW.plusSeconds(61));
        assertEquals(NOW.plusSeconds(61), token.getLastUsedAt());
    }
}

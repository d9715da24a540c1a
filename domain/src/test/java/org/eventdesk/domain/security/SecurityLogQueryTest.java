package org.eventdesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A filter the database would choke on (PostgreSQL refuses a NUL outright) is refused by name first. */
class SecurityLogQueryTest {
    @Test
    void aNulInTheUserOrAddressIsRefusedNamingTheFilter() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> new SecurityLogQuery(Set.of(), "port\u0000district", null, null, "127.0.0.1\u0000"));
        assertEquals(
                List.of("user", "address"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aNameLongerThanAnyTheLogHoldsIsRefused() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> new SecurityLogQuery(Set.of(), "x".repeat(65), null, null));
        assertEquals("user", refused.errors().get(0).field());
    }

    @Test
    void anOrdinaryFilterIsKeptAsTheLogStoresNames() {
        assertEquals("editor", new SecurityLogQuery(Set.of(), " Editor ", null, null).user());
    }
}

package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The admin's rules for the code lists: codes that say where they belong, never deleted, only deactivated. */
class TaxonomyTest {
    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static EventType protests() {
        return EventType.create("PROTESTS", "Protests", null, 40);
    }

    @Test
    void aTopLevelTypeHasAnUpperCaseCodeAndJoinsTheDesksFamily() {
        EventType type = EventType.create(" CYBER_ATTACK ", " Cyber attack ", null, 200);

        assertEquals("CYBER_ATTACK", type.getCode());
        assertEquals("Cyber attack", type.getLabel());
        assertEquals(EventType.DESK_FAMILY, type.getFamily());
        assertTrue(type.isActive());
        assertFalse(type.isSubType());
    }

    @Test
    void codesThatAreNotUpperCaseOrHaveADotWithoutAParentAreRefused() {
        for (String code : new String[] {"cyber_attack", "Cyber", "1ST", "CYBER ATTACK", "PROTESTS.SIT_IN", ""}) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> EventType.create(code, "Label", null, 1), code);
            assertEquals(Set.of("code"), fields(refused), code);
        }
        assertThrows(InvalidInputException.class, () -> EventType.create("X".repeat(101), "Label", null, 1));
    }

    @Test
    void aSubTypesCodeIsItsParentsCodeADotAndItsOwnName() {
        EventType parent = protests();

        EventType sitIn = EventType.create("PROTESTS.SIT_IN", "Sit-in", parent, 44);
        assertEquals("PROTESTS", sitIn.getParentCode());
        assertEquals(parent.getFamily(), sitIn.getFamily());

        for (String code : new String[] {"SIT_IN", "RIOTS.SIT_IN", "PROTESTS.", "PROTESTS.sit_in", "PROTESTS.A.B"}) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> EventType.create(code, "Sit-in", parent, 44));
            assertEquals(Set.of("code"), fields(refused), code);
            assertTrue(refused.getMessage().contains("PROTESTS.NEW_SUB_TYPE"), refused.getMessage());
        }
    }

    @Test
    void subTypesHangFromActiveTopLevelTypesOnly() {
        EventType parent = protests();
        EventType sitIn = EventType.create("PROTESTS.SIT_IN", "Sit-in", parent, 44);

        InvalidInputException nested =
                assertThrows(InvalidInputException.class, () -> EventType.create("PROTESTS.SIT_IN.X", "X", sitIn, 45));
        assertTrue(fields(nested).contains("parentCode"));

        parent.deactivate();
        InvalidInputException underInactive = assertThrows(
                InvalidInputException.class, () -> EventType.create("PROTESTS.MARCH", "March", parent, 45));
        assertEquals(Set.of("parentCode"), fields(underInactive));
    }

    @Test
    void aTypeIsRelabelledAndDeactivatedButItsCodeStays() {
        EventType parent = protests();
        EventType sitIn = EventType.create("PROTESTS.SIT_IN", "Sit-in", parent, 44);

        sitIn.relabel("Sit-in or occupation");
        assertThrows(InvalidInputException.class, () -> sitIn.relabel(" "));
        assertEquals("Sit-in or occupation", sitIn.getLabel());

        parent.deactivate();
        sitIn.deactivate();
        assertFalse(sitIn.isActive());
        assertThrows(InvalidInputException.class, () -> sitIn.reactivate(parent), "its parent first");
        parent.reactivate(null);
        sitIn.reactivate(parent);
        assertTrue(sitIn.isActive());
        assertEquals("PROTESTS.SIT_IN", sitIn.getCode());
    }

    @Test
    void figureCategoriesFollowTheSameCodeRules() {
        FigureCategory medics = FigureCategory.create("MEDICS_KILLED", "Medics killed", 180);
        assertTrue(medics.isActive());

        assertThrows(InvalidInputException.class, () -> FigureCategory.create("medics", "Medics", 1));
        assertThrows(InvalidInputException.class, () -> FigureCategory.create("KILLED.MEDICS", "Medics", 1));
        InvalidInputException both = assertThrows(InvalidInputException.class, () -> FigureCategory.create("", "", 1));
        assertEquals(Set.of("code", "label"), fields(both));

        medics.relabel("Medical staff killed");
        medics.deactivate();
        assertFalse(medics.isActive());
        medics.reactivate();
        assertEquals("Medical staff killed", medics.getLabel());
    }
}

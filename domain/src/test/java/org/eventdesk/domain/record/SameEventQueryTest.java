package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameEventQueryTest {
    private static final Instant ALERT_ENDED = Instant.parse("2025-12-27T09:20:00Z");

    @Test
    void aSubTypeIsComparedUnderItsTopLevelTypeAndTheTimeGetsADayEitherSide() {
        SameEventQuery query = SameEventQuery.forRecord(
                        "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                        List.of(" Kyiv ", "Bila Tserkva"),
                        ALERT_ENDED,
                        null)
                .orElseThrow();

        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE", query.topLevelType());
        assertEquals(Set.of("kyiv", "bila tserkva"), query.placeNames());
        assertEquals(Instant.parse("2025-12-26T09:20:00Z"), query.from());
        assertEquals(Instant.parse("2025-12-28T09:20:00Z"), query.to());
    }

    @Test
    void aRecordWithAnEndReachesADayPastItsEnd() {
        SameEventQuery query = SameEventQuery.forRecord(
                        "PROTESTS", List.of("Tbilisi"), ALERT_ENDED, ALERT_ENDED.plusSeconds(3 * 86_400))
                .orElseThrow();

        assertEquals("PROTESTS", query.topLevelType());
        assertEquals(Instant.parse("2025-12-31T09:20:00Z"), query.to());
    }

    @Test
    void aSourceAsksForAnyTypeFromThreeDaysBeforeItsPublicationToADayAfterAndNotItsOwnRecords() {
        SameEventQuery query = SameEventQuery.forSource(7, List.of("Kyiv"), Instant.parse("2025-12-27T15:00:00Z"))
                .orElseThrow();

        assertNull(query.topLevelType());
        assertEquals(Instant.parse("2025-12-24T15:00:00Z"), query.from());
        assertEquals(Instant.parse("2025-12-28T15:00:00Z"), query.to());
        assertEquals(7L, query.notCiting());
        assertTrue(SameEventQuery.forSource(7, List.of(), ALERT_ENDED).isEmpty(), "a source naming no place");
    }

    @Test
    void withoutATypeAStartOrANamedPlaceThereIsNothingToCompare() {
        assertTrue(SameEventQuery.forRecord(null, List.of("Kyiv"), ALERT_ENDED, null)
                .isEmpty());
        assertTrue(SameEventQuery.forRecord("PROTESTS", List.of("Kyiv"), null, null)
                .isEmpty());
        assertTrue(SameEventQuery.forRecord("PROTESTS", Arrays.asList("", " ", null), ALERT_ENDED, null)
                .isEmpty());
    }
}

package org.eventdesk.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Planned events, the timeline's rows and its window. */
class TimelineRulesTest {

    @Test
    void plansStayPlansUntilTheyHappenAndACancelledOneIsStruckThrough() {
        assertEquals(PlanState.HAPPENED, PlanState.of(null), "reported after the fact");
        assertFalse(PlanState.of(Occurrence.HAPPENED).planned());
        assertNull(PlanState.HAPPENED.word());
        for (Occurrence plan : new Occurrence[] {Occurrence.SCHEDULED, Occurrence.POSTPONED, Occurrence.CANCELLED}) {
            assertTrue(PlanState.of(plan).planned(), plan.name());
        }
        assertEquals("planned", PlanState.of(Occurrence.SCHEDULED).word());
        assertEquals("postponed", PlanState.of(Occurrence.POSTPONED).word());
        assertEquals("cancelled", PlanState.of(Occurrence.CANCELLED).word());
        assertTrue(PlanState.CANCELLED.struckThrough());
        assertFalse(PlanState.POSTPONED.struckThrough());
    }

    @Test
    void recordsGroupByTheirTypesFamilyOrTheirFirstPlace() {
        assertEquals(
                "EXPLOSIONS_REMOTE_VIOLENCE",
                TimelineGrouping.TYPE.key("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", "Kyiv", "UA"));
        assertEquals("MEETING", TimelineGrouping.TYPE.key("MEETING", null, null));
        assertEquals(TimelineGrouping.NONE, TimelineGrouping.TYPE.key(null, "Kyiv", "UA"));

        assertEquals(TimelineGrouping.PLACE.key(null, "Kyiv", "ua"), TimelineGrouping.PLACE.key(null, " KYIV ", "UA"));
        assertFalse(TimelineGrouping.PLACE
                .key(null, "Paris", "FR")
                .equals(TimelineGrouping.PLACE.key(null, "Paris", "US")));
        assertFalse(
                TimelineGrouping.PLACE.key(null, "Kyiv", null).equals(TimelineGrouping.PLACE.key(null, "Kyiv", "UA")));
        assertEquals(TimelineGrouping.NONE, TimelineGrouping.PLACE.key("MEETING", null, null));
        assertEquals("Kyiv (UA)", TimelineGrouping.placeLabel("Kyiv", "ua"));
        assertEquals("No place", TimelineGrouping.placeLabel(null, null));
    }

    @Test
    void theGroupingIsReadFromTheAddressDefaultingToType() {
        assertEquals(TimelineGrouping.PLACE, TimelineGrouping.fromParameter("place"));
        assertEquals(TimelineGrouping.PLACE, TimelineGrouping.fromParameter("Place"));
        assertEquals(TimelineGrouping.TYPE, TimelineGrouping.fromParameter("type"));
        assertEquals(TimelineGrouping.TYPE, TimelineGrouping.fromParameter(null));
        assertEquals(TimelineGrouping.TYPE, TimelineGrouping.fromParameter("<script>"));
        assertEquals("place", TimelineGrouping.PLACE.parameter());
    }

    @Test
    void aWindowReadsFromAMonthBeforeItAndShowsOnlyWhatReachesIt() {
        Instant from = Instant.parse("2026-05-10T00:00:00Z");
        TimelineWindow window = new TimelineWindow(from, Instant.parse("2026-05-17T00:00:00Z"));
        assertEquals(from.minus(EventSpan.LONGEST_OPEN_STRETCH), window.readFrom());
        // A May record read by the lead-in covers the window; an April day ends before it.
        assertTrue(window.shows(
                new EventSpan(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"))));
        assertFalse(window.shows(
                new EventSpan(Instant.parse("2026-04-20T00:00:00Z"), Instant.parse("2026-04-21T00:00:00Z"))));
        InvalidInputException backwards =
                assertThrows(InvalidInputException.class, () -> new TimelineWindow(from, from));
        assertEquals("to", backwards.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> new TimelineWindow(null, from));
    }
}

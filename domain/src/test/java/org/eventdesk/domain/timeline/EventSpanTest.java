package org.eventdesk.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eventdesk.domain.record.TimePrecision;
import org.junit.jupiter.api.Test;

class EventSpanTest {
    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void aDayPrecisionEventSpansItsWholeDayInTheZoneItWasReportedIn() {
        // 01:30 in Kyiv on 27 Dec is still 26 Dec in UTC: the day is Kyiv's.
        EventSpan span = EventSpan.of(at("2025-12-27T01:30:00+02:00"), null, TimePrecision.DAY, "Europe/Kyiv");
        assertEquals(at("2025-12-27T00:00:00+02:00"), span.start());
        assertEquals(at("2025-12-28T00:00:00+02:00"), span.end());
        assertFalse(span.point());
    }

    @Test
    void aDayAcrossAClockChangeIsTheCalendarDayNotTwentyFourHours() {
        EventSpan spring = EventSpan.of(at("2026-03-29T12:00:00+03:00"), null, TimePrecision.DAY, "Europe/Kyiv");
        assertEquals(Duration.ofHours(23), Duration.between(spring.start(), spring.end()));
        EventSpan autumn = EventSpan.of(at("2026-10-25T12:00:00+02:00"), null, TimePrecision.DAY, "Europe/Kyiv");
        assertEquals(Duration.ofHours(25), Duration.between(autumn.start(), autumn.end()));
    }

    @Test
    void aTimeToTheMinuteIsAPointUnlessItHasAnEnd() {
        Instant start = at("2025-12-27T11:20:00+02:00");
        EventSpan point = EventSpan.of(start, null, TimePrecision.MINUTE, "Europe/Kyiv");
        assertEquals(start, point.start());
        assertNull(point.end());
        assertTrue(point.point());
        EventSpan alert = EventSpan.of(start, start.plus(Duration.ofHours(10)), TimePrecision.MINUTE, "Europe/Kyiv");
        assertEquals(new EventSpan(start, start.plus(Duration.ofHours(10))), alert);
        assertTrue(EventSpan.of(start, null, null, null).point(), "no precision reads as to the minute");
    }

    @Test
    void anHourItsHourAndAPartOfTheDayItsQuarter() {
        assertEquals(
                new EventSpan(at("2025-12-27T11:00:00+02:00"), at("2025-12-27T12:00:00+02:00")),
                EventSpan.of(at("2025-12-27T11:20:00+02:00"), null, TimePrecision.HOUR, "Europe/Kyiv"));
        assertEquals(
                new EventSpan(at("2025-12-27T00:00:00+02:00"), at("2025-12-27T06:00:00+02:00")),
                EventSpan.of(at("2025-12-27T03:00:00+02:00"), null, TimePrecision.PART_OF_DAY, "Europe/Kyiv"),
                "overnight");
        assertEquals(
                new EventSpan(at("2025-12-27T18:00:00+02:00"), at("2025-12-28T00:00:00+02:00")),
                EventSpan.of(at("2025-12-27T21:00:00+02:00"), null, TimePrecision.PART_OF_DAY, "Europe/Kyiv"),
                "the evening ends at midnight");
    }

    @Test
    void aWeekIsItsIsoWeekFromMondayAndAMonthItsCalendarMonth() {
        // Wednesday 25 Feb 2026: the week of Monday 23 Feb, as the public pages word it.
        assertEquals(
                new EventSpan(at("2026-02-23T00:00:00Z"), at("2026-03-02T00:00:00Z")),
                EventSpan.of(at("2026-02-25T10:00:00Z"), null, TimePrecision.WEEK, "UTC"));
        assertEquals(
                new EventSpan(at("2024-02-01T00:00:00+02:00"), at("2024-03-01T00:00:00+02:00")),
                EventSpan.of(at("2024-02-14T10:00:00+02:00"), null, TimePrecision.MONTH, "Europe/Kyiv"),
                "a leap February: 29 days");
    }

    @Test
    void anEndWidensTheSpanToTheEndOfItsOwnStretch() {
        EventSpan days = EventSpan.of(at("2026-05-03T09:00:00Z"), at("2026-05-05T14:00:00Z"), TimePrecision.DAY, "UTC");
        assertEquals(new EventSpan(at("2026-05-03T00:00:00Z"), at("2026-05-06T00:00:00Z")), days, "3 to 5 May");
        EventSpan untilMidnight =
                EventSpan.of(at("2026-05-03T09:00:00Z"), at("2026-05-05T00:00:00Z"), TimePrecision.DAY, "UTC");
        assertEquals(at("2026-05-05T00:00:00Z"), untilMidnight.end(), "an end on a day's start closes there");
        EventSpan sameDay =
                EventSpan.of(at("2026-05-03T09:00:00Z"), at("2026-05-03T10:00:00Z"), TimePrecision.DAY, "UTC");
        assertEquals(at("2026-05-04T00:00:00Z"), sameDay.end(), "an end inside the day keeps the day");
    }

    @Test
    void anUnknownZoneReadsAsUtc() {
        assertEquals(
                new EventSpan(at("2026-05-03T00:00:00Z"), at("2026-05-04T00:00:00Z")),
                EventSpan.of(at("2026-05-03T09:00:00Z"), null, TimePrecision.DAY, "Not/AZone"));
    }

    @Test
    void aSpanOverlapsAWindowWhenAnyOfItFallsInside() {
        EventSpan day = new EventSpan(at("2026-05-03T00:00:00Z"), at("2026-05-04T00:00:00Z"));
        assertTrue(day.overlaps(at("2026-05-03T23:00:00Z"), at("2026-05-10T00:00:00Z")));
        assertFalse(day.overlaps(at("2026-05-04T00:00:00Z"), at("2026-05-10T00:00:00Z")), "the end is exclusive");
        EventSpan point = new EventSpan(at("2026-05-03T00:00:00Z"), null);
        assertTrue(point.overlaps(at("2026-05-03T00:00:00Z"), at("2026-05-04T00:00:00Z")));
        assertFalse(point.overlaps(at("2026-05-02T00:00:00Z"), at("2026-05-03T00:00:00Z")));
    }

    @Test
    void aRecordWithoutATimeHasNoSpan() {
        assertThrows(IllegalArgumentException.class, () -> EventSpan.of(null, null, TimePrecision.DAY, "UTC"));
    }
}

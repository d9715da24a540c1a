package org.eventdesk.domain.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.eventdesk.domain.record.TimePrecision;

/**
 * What a record's time occupies on a time axis: the whole stretch its precision leaves open. A day-precision event
 * took place somewhere in that day, so it spans {@code [start of the day, start of the next day)} in the zone it was
 * reported in (23 or 25 hours across a clock change); an hour its hour; a part of the day its quarter of the day
 * (night 0–6, morning 6–12, afternoon 12–18, evening 18–24, as {@code TimeWords} words them); a week its ISO week
 * from Monday (as the public pages say "week 9 of 2026 (from 23 Feb)"); a month its month. A time to the minute is a
 * point, unless the record gives an end. With an end, the span runs to the end of the end's own stretch at the same
 * precision ("3 to 5 May", day precision, ends when 5 May does).
 *
 * @param start inclusive
 * @param end exclusive; {@code null} for a point in time
 */
public record EventSpan(Instant start, Instant end) {
    /** The longest stretch a precision opens before an end is given: a month of 31 days and a clock change. */
    public static final java.time.Duration LONGEST_OPEN_STRETCH =
            java.time.Duration.ofDays(31).plusHours(1);

    public EventSpan {
        if (start == null) {
            throw new IllegalArgumentException("a span needs a start");
        }
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("a span ends after it starts: " + start + " .. " + end);
        }
    }

    /**
     * @param precision {@code null} reads as to the minute (the editor's default), as the desk's pages read it
     * @param zone the zone the time was reported in (an IANA name); {@code null} or unknown reads as UTC
     */
    public static EventSpan of(Instant start, Instant end, TimePrecision precision, String zone) {
        if (start == null) {
            throw new IllegalArgumentException("a record without a time has no place on the axis");
        }
        TimePrecision at = precision == null ? TimePrecision.MINUTE : precision;
        ZoneId in = zoneOf(zone);
        if (at == TimePrecision.MINUTE) {
            return end == null || !end.isAfter(start) ? new EventSpan(start, null) : new EventSpan(start, end);
        }
        ZonedDateTime local = start.atZone(in);
        ZonedDateTime first = stretchStart(local, at);
        Instant from = first.toInstant();
        Instant to = next(first, at).toInstant();
        if (end != null && end.isAfter(start)) {
            ZonedDateTime last = stretchStart(end.atZone(in), at);
            // An end that falls exactly on a stretch's start ("until midnight") closes there, not a stretch later.
            Instant lastEnd =
                    last.toInstant().equals(end) ? end : next(last, at).toInstant();
            if (lastEnd.isAfter(to)) {
                to = lastEnd;
            }
        }
        return new EventSpan(from, to);
    }

    public boolean point() {
        return end == null;
    }

    /** Whether any of the span falls in {@code [from, to)}; a point when it lies inside. */
    public boolean overlaps(Instant from, Instant to) {
        if (end == null) {
            return !start.isBefore(from) && start.isBefore(to);
        }
        return start.isBefore(to) && end.isAfter(from);
    }

    private static ZonedDateTime stretchStart(ZonedDateTime local, TimePrecision precision) {
        LocalDate day = local.toLocalDate();
        return switch (precision) {
            case MINUTE -> local.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case PART_OF_DAY -> day.atTime(local.getHour() / 6 * 6, 0).atZone(local.getZone());
            case DAY -> day.atStartOfDay(local.getZone());
            case WEEK ->
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(local.getZone());
            case MONTH -> day.withDayOfMonth(1).atStartOfDay(local.getZone());
        };
    }

    /** The start of the stretch after this one: days, weeks and months by the calendar of the zone. */
    private static ZonedDateTime next(ZonedDateTime stretch, TimePrecision precision) {
        return switch (precision) {
            case MINUTE -> stretch.plusMinutes(1);
            case HOUR -> stretch.plusHours(1);
            case PART_OF_DAY ->
                stretch.getHour() >= 18
                        ? stretch.toLocalDate().plusDays(1).atStartOfDay(stretch.getZone())
                        : stretch.toLocalDate().atTime(stretch.getHour() + 6, 0).atZone(stretch.getZone());
            case DAY -> stretch.toLocalDate().plusDays(1).atStartOfDay(stretch.getZone());
            case WEEK -> stretch.toLocalDate().plusWeeks(1).atStartOfDay(stretch.getZone());
            case MONTH -> stretch.toLocalDate().plusMonths(1).atStartOfDay(stretch.getZone());
        };
    }

    private static ZoneId zoneOf(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}

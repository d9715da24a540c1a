package org.eventdesk.domain.publishing;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.eventdesk.domain.record.TimePrecision;

/**
 * A reported time in words, no more precise than the report: a day-precision event reads "27 December 2025",
 * never "27 December 2025 00:00". The zone the report gave is named, so readers elsewhere are not misled.
 */
public final class TimeWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TimeWords() {}

    /** "27 December 2025, 11:20 – 14:00 (Europe/Kyiv)", "week of 22 December 2025", "December 2025". */
    public static String of(PublicRecord.Time time) {
        if (time == null || time.start() == null) {
            return "time not known";
        }
        String words = point(time.start(), time.precision());
        if (time.end() != null && !time.end().equals(time.start())) {
            String end = point(time.end(), time.precision());
            if (sameDay(time.start(), time.end()) && clockShown(time.precision())) {
                end = time.precision() == TimePrecision.PART_OF_DAY ? partOfDay(time.end()) : CLOCK.format(time.end());
            }
            words = words + " – " + end;
        }
        return words + " (" + zoneName(time) + ")";
    }

    /** One point in time at a precision: what the record says about its start or end. */
    static String point(OffsetDateTime t, TimePrecision precision) {
        if (precision == null) {
            return DAY.format(t) + ", " + CLOCK.format(t);
        }
        return switch (precision) {
            case MINUTE -> DAY.format(t) + ", " + CLOCK.format(t);
            case HOUR -> DAY.format(t) + ", around " + CLOCK.format(t.truncatedTo(ChronoUnit.HOURS));
            case PART_OF_DAY -> DAY.format(t) + ", " + partOfDay(t);
            case DAY -> DAY.format(t);
            case WEEK ->
                "week " + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of " + t.get(IsoFields.WEEK_BASED_YEAR)
                        + " (from " + DAY.format(t.with(java.time.DayOfWeek.MONDAY)) + ")";
            case MONTH -> MONTH.format(t);
        };
    }

    /** The part of the day a time falls in, as reports word it. */
    static String partOfDay(OffsetDateTime t) {
        int hour = t.getHour();
        if (hour < 6) {
            return "overnight";
        }
        if (hour < 12) {
            return "in the morning";
        }
        if (hour < 18) {
            return "in the afternoon";
        }
        return "in the evening";
    }

    private static boolean clockShown(TimePrecision precision) {
        return precision == TimePrecision.MINUTE
                || precision == TimePrecision.HOUR
                || precision == TimePrecision.PART_OF_DAY;
    }

    private static boolean sameDay(OffsetDateTime a, OffsetDateTime b) {
        return a.toLocalDate().equals(b.toLocalDate());
    }

    /** "Europe/Kyiv, UTC+02:00"; just "UTC+02:00" (or "UTC") when the report gave an offset and no zone. */
    private static String zoneName(PublicRecord.Time time) {
        java.time.ZoneOffset offset = time.start().getOffset();
        String utc = offset.equals(java.time.ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        String zone = time.zone();
        if (zone == null || zone.equals(offset.getId()) || zone.equals("UTC") || zone.equals("Z")) {
            return utc;
        }
        return zone + ", " + utc;
    }
}

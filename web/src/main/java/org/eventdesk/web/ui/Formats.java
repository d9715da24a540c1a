package org.eventdesk.web.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eventdesk.domain.record.TimePrecision;

/** How times read on screen: with their zone always named, so nobody guesses which clock a time is on. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH':00'", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Formats() {}

    /** A time as the report gave it: in its own zone, with the zone's name. */
    public static String inZone(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = ZoneId.of(zone);
        return DATE_TIME.format(instant.atZone(id)) + " " + zoneLabel(id);
    }

    /** A time of the desk's own (added at, changed at), in UTC. */
    public static String utc(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /**
     * An event's time as precisely as it is known: "27 Dec 2025, 11:20 Europe/Kyiv" for a minute, "27 Dec 2025,
     * night" for a part of the day, "Dec 2025" for a month. Nobody reads more precision than there is.
     */
    public static String eventTime(Instant start, TimePrecision precision, String zone) {
        if (start == null) {
            return "";
        }
        ZonedDateTime local = start.atZone(ZoneId.of(zone));
        String label = zoneLabel(ZoneId.of(zone));
        return switch (precision == null ? TimePrecision.MINUTE : precision) {
            case MINUTE -> DATE_TIME.format(local) + " " + label;
            case HOUR -> DATE.format(local) + ", " + HOUR.format(local) + " " + label;
            case PART_OF_DAY -> DATE.format(local) + ", " + partOfDay(local.getHour());
            case DAY -> DATE.format(local);
            case WEEK -> "week of " + DATE.format(local);
            case MONTH -> MONTH.format(local);
        };
    }

    /** The same moment in UTC, for times known to the hour or better. */
    public static String utcReading(Instant start, TimePrecision precision) {
        if (start == null || precision == null || precision.compareTo(TimePrecision.HOUR) > 0) {
            return "";
        }
        return TIME.format(start.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    private static String partOfDay(int hour) {
        if (hour < 6) {
            return "night";
        }
        if (hour < 12) {
            return "morning";
        }
        return hour < 18 ? "afternoon" : "evening";
    }

    public static String withOffset(OffsetDateTime time, String zone) {
        return time == null ? "" : inZone(time.toInstant(), zone);
    }

    private static String zoneLabel(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC)
                ? "UTC"
                : zone.getId().startsWith("+") || zone.getId().startsWith("-") ? "UTC" + zone.getId() : zone.getId();
    }
}

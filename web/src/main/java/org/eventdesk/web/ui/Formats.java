package org.eventdesk.web.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times read on screen: with their zone always named, so nobody guesses which clock a time is on. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

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

    public static String withOffset(OffsetDateTime time, String zone) {
        return time == null ? "" : inZone(time.toInstant(), zone);
    }

    private static String zoneLabel(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC)
                ? "UTC"
                : zone.getId().startsWith("+") || zone.getId().startsWith("-") ? "UTC" + zone.getId() : zone.getId();
    }
}

package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * How times read on screen: with their zone always named, so nobody guesses which clock a time is on, and in the
 * language of the tab.
 */
public final class Formats {
    // One shape in every language (day, month's short name, year, 24-hour clock), with the month named in the
    // reader's language: "27 Dec 2025, 11:20" or "27 груд. 2025, 11:20".
    private static final String DATE_TIME = "d MMM yyyy, HH:mm";
    private static final String DATE = "d MMM yyyy";
    private static final String HOUR = "HH':00'";
    private static final String TIME = "HH:mm";
    private static final String MONTH = "LLL yyyy";
    private static final String DAY_AND_MONTH = "d MMM";

    private Formats() {}

    /** A time as the report gave it: in its own zone, with the zone's name. */
    public static String inZone(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = ZoneId.of(zone);
        return format(DATE_TIME, instant.atZone(id)) + " " + zoneLabel(id);
    }

    /** A time of the desk's own (added at, changed at), in UTC. */
    public static String utc(Instant instant) {
        return instant == null ? "" : format(DATE_TIME, instant.atOffset(ZoneOffset.UTC)) + " UTC";
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
            case MINUTE -> format(DATE_TIME, local) + " " + label;
            case HOUR -> format(DATE, local) + ", " + format(HOUR, local) + " " + label;
            case PART_OF_DAY -> format(DATE, local) + ", " + partOfDay(local.getHour());
            case DAY -> format(DATE, local);
            case WEEK -> t("desk.time.week-of", format(DATE, local));
            case MONTH -> format(MONTH, local);
        };
    }

    /** The same moment in UTC, for times known to the hour or better. */
    public static String utcReading(Instant start, TimePrecision precision) {
        if (start == null || precision == null || precision.compareTo(TimePrecision.HOUR) > 0) {
            return "";
        }
        return format(TIME, start.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    private static String partOfDay(int hour) {
        if (hour < 6) {
            return t("desk.time.night");
        }
        if (hour < 12) {
            return t("desk.time.morning");
        }
        return hour < 18 ? t("desk.time.afternoon") : t("desk.time.evening");
    }

    public static String withOffset(OffsetDateTime time, String zone) {
        return time == null ? "" : inZone(time.toInstant(), zone);
    }

    /** "27 Dec 2025", a day on its own (the dashboard's weeks and days). */
    public static String date(LocalDate day) {
        return format(DATE, day);
    }

    /** "27 Dec", a day on a chart's axis. */
    public static String dayAndMonth(LocalDate day) {
        return format(DAY_AND_MONTH, day);
    }

    /** "27 Dec 2025, 11:20" in UTC, without the zone's name (a caller that names it once for a range of two). */
    public static String utcClock(Instant instant) {
        return format(DATE_TIME, instant.atOffset(ZoneOffset.UTC));
    }

    // The formatters of each language, made once: grids format a time per row.
    private static final Map<Locale, Map<String, DateTimeFormatter>> FORMATTERS = Texts.LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(
                    language -> language, language -> Stream.of(DATE_TIME, DATE, DAY_AND_MONTH, HOUR, TIME, MONTH)
                            .collect(Collectors.toUnmodifiableMap(
                                    pattern -> pattern, pattern -> DateTimeFormatter.ofPattern(pattern, language)))));

    private static String format(String pattern, TemporalAccessor time) {
        return FORMATTERS.get(Texts.locale()).get(pattern).format(time);
    }

    private static String zoneLabel(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC)
                ? "UTC"
                : zone.getId().startsWith("+") || zone.getId().startsWith("-") ? "UTC" + zone.getId() : zone.getId();
    }
}

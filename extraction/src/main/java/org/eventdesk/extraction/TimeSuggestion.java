package org.eventdesk.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eventdesk.domain.record.TimePrecision;

/**
 * A time expression and its reading.
 *
 * @param local ISO-8601 local reading, with the UTC offset when it is known ("2025-12-27T11:20+02:00"), a date
 *     ("2025-12-23") for a day, a week ("2025-W52"), a month ("2025-12"), or null when it cannot be resolved (no
 *     published time, or too vague)
 * @param utc the instant when the offset is known, else null
 * @param localStart where the reading starts on the local clock (a day's, week's or month's first minute), null
 *     when it cannot be resolved; what an editor's start field takes
 * @param zone the zone the local reading is in: the zone the text names ("Kyiv time"), else the zone of the
 *     places the article is about when it agrees with an offset the text gives, else that offset; null when
 *     neither the text nor the article's places say
 */
public record TimeSuggestion(
        int start,
        int end,
        String text,
        String local,
        Instant utc,
        TimePrecision precision,
        LocalDateTime localStart,
        ZoneId zone) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A reading of a whole day, week or month (local is "2025-12-23", "2025-W52", "2025-12" or null). */
    static TimeSuggestion ofPeriod(int start, int end, String text, String local, TimePrecision precision) {
        return new TimeSuggestion(start, end, text, local, null, precision, periodStart(local), null);
    }

    /** A clock time with no reading (no published time to date it). */
    static TimeSuggestion unresolved(int start, int end, String text, TimePrecision precision) {
        return new TimeSuggestion(start, end, text, null, null, precision, null, null);
    }

    /** A clock time on a day; offset null when the text gives none, zone when the text names one. */
    static TimeSuggestion ofClock(
            int start,
            int end,
            String text,
            LocalDateTime local,
            ZoneOffset offset,
            ZoneId zone,
            TimePrecision precision) {
        if (offset == null) {
            return new TimeSuggestion(start, end, text, local.format(MINUTE), null, precision, local, zone);
        }
        return new TimeSuggestion(
                start,
                end,
                text,
                local.format(MINUTE) + offset.getId().replace("Z", "+00:00"),
                local.toInstant(offset),
                precision,
                local,
                zone == null ? offset : zone);
    }

    /**
     * This reading in a zone the story is known to be in (the zone of the places the article names, or the zone
     * an editor already chose): taken when the text gave no zone, or gave only an offset that the zone has at
     * that instant (a Kyiv story's "+02:00" in winter is Europe/Kyiv); a zone the text names is kept.
     */
    public TimeSuggestion inZone(ZoneId storyZone) {
        if (storyZone == null || localStart == null) {
            return this;
        }
        boolean noZone = zone == null;
        boolean sameOffset = zone instanceof ZoneOffset offset
                && utc != null
                && storyZone.getRules().getOffset(utc).equals(offset);
        if (!noZone && !sameOffset) {
            return this;
        }
        return new TimeSuggestion(start, end, text, local, utc, precision, localStart, storyZone);
    }

    private static LocalDateTime periodStart(String local) {
        if (local == null) {
            return null;
        }
        if (local.contains("-W")) {
            return LocalDate.parse(local + "-1", DateTimeFormatter.ISO_WEEK_DATE)
                    .atStartOfDay();
        }
        if (local.length() == 7) {
            return YearMonth.parse(local).atDay(1).atStartOfDay();
        }
        return LocalDate.parse(local).atStartOfDay();
    }
}

package org.eventdesk.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eventdesk.domain.shared.Validation;

/**
 * Reading query-string values the same way in every list of the API: blanks are absent, codes are matched in any
 * case, times are dates or times with an offset. Each refusal is collected as a field error named after the
 * parameter, so a caller hears about every bad parameter at once.
 */
final class QueryValues {
    private QueryValues() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E code(String value, String name, Class<E> type, Validation check) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
            }
            check.add(RequestProblems.field(name, "'" + shorten(code) + "' is not allowed; must be one of " + allowed));
            return null;
        }
    }

    /**
     * A bound of a time filter: a date is a whole UTC day (its start for a lower bound, the next day's start for
     * an upper bound, which is exclusive), a time is taken as given. A '+' of an offset that arrived as a space
     * (unencoded in the query string) is read as the '+' it was.
     */
    static Instant bound(String value, String name, boolean upper, Validation check) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        text = text.replace(' ', '+');
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (upper ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            OffsetDateTime time = OffsetDateTime.parse(text);
            if (time.getYear() >= 1 && time.getYear() <= 9999) {
                return time.toInstant();
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        check.add(RequestProblems.field(
                name, "must be a date such as 2025-12-27 or a time with its offset such as 2025-12-27T09:00:00+02:00"));
        return null;
    }

    /** A page size from 1 to {@code max}; {@code fallback} when absent. */
    static int limit(String value, int fallback, int max, Validation check) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        check.add(RequestProblems.field("limit", "must be a whole number from 1 to " + max));
        return fallback;
    }

    /** A caller's value quoted back in a message, never at length. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}

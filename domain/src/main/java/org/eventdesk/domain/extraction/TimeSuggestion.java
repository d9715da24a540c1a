package org.eventdesk.domain.extraction;

/**
 * A time expression and its reading.
 *
 * @param local ISO-8601 local reading, with the UTC offset when it is known ("2025-12-27T11:20+02:00"), a date
 *     ("2025-12-23") for a day, or null when it cannot be resolved (no published time, or too vague)
 * @param utc the instant in UTC ("2025-12-27T09:20:00Z") when the offset is known, else null
 * @param precision MINUTE, HOUR, PART_OF_DAY, DAY, WEEK or MONTH
 */
public record TimeSuggestion(int start, int end, String text, String local, String utc, String precision) {}

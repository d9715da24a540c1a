package org.eventdesk.extraction;

import java.math.BigDecimal;
import java.util.Map;

/** English number words and fraction words. */
final class NumberWords {
    private NumberWords() {}

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);

    static final Map<String, Long> SCALES = Map.of(
            "hundred",
            100L,
            "thousand",
            1_000L,
            "million",
            1_000_000L,
            "billion",
            1_000_000_000L,
            "bn",
            1_000_000_000L);

    /** "a third" = 3; "half" = 2. */
    static final Map<String, Integer> FRACTIONS = Map.ofEntries(
            Map.entry("half", 2),
            Map.entry("halves", 2),
            Map.entry("third", 3),
            Map.entry("thirds", 3),
            Map.entry("quarter", 4),
            Map.entry("quarters", 4),
            Map.entry("fourth", 4),
            Map.entry("fourths", 4),
            Map.entry("fifth", 5),
            Map.entry("fifths", 5),
            Map.entry("sixth", 6),
            Map.entry("sixths", 6),
            Map.entry("seventh", 7),
            Map.entry("eighth", 8),
            Map.entry("ninth", 9),
            Map.entry("tenth", 10),
            Map.entry("tenths", 10));

    /** Plural vague amounts: "dozens" is at least two dozen. */
    static final Map<String, Long> VAGUE =
            Map.of("dozens", 24L, "hundreds", 200L, "thousands", 2_000L, "millions", 2_000_000L);

    static boolean isNumberWord(String lower) {
        return UNITS.containsKey(lower) || TENS.containsKey(lower);
    }

    static BigDecimal value(long v) {
        return BigDecimal.valueOf(v);
    }
}

package org.eventdesk.domain.source;

import java.util.Locale;
import java.util.Set;

/**
 * A quote inside the sentence it comes from: the words before it, the quoted words, the words after it. A reviewer
 * judges "2 killed" differently in "officials said 2 were killed" and in "2 were killed, rumours claimed"; the
 * sentence is what tells them apart.
 *
 * <p>Where a sentence ends is decided by {@link #around}: a line break always ends one; a full stop, question mark
 * or exclamation mark ends one when it is followed (after closing quotes or brackets) by a space and a word that
 * does not start in lower case ({@code “Will they come?” he asked.} is one sentence). A full stop after a common
 * abbreviation ({@code Mr.}, {@code Gen.}, {@code e.g.}) or an initialism ({@code U.S.}, {@code J. Smith}) ends
 * nothing, so {@code U.S. officials said} stays whole, at the price of joining the rare {@code ...in the U.S. Then}
 * to the next sentence: more context, never less. A decimal point ({@code 2.5}) is never followed by a space. A
 * sentence longer than {@link #MAX_SIDE} characters on either side of the quote is cut at a word, marked by
 * {@code cutBefore} / {@code cutAfter}.
 */
public record Passage(String before, String quoted, String after, boolean cutBefore, boolean cutAfter) {
    /** How far the sentence is followed either side of the quote. */
    public static final int MAX_SIDE = 400;

    private static final String CLOSERS = "\"'”’)]»";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
            "gov", "sen", "rep", "pres", "rev", "hon", "vs", "etc", "no", "nos", "approx", "est", "dept", "inc", "ltd",
            "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g",
            "i.e", "cf", "fig", "mt", "ft");

    /** The sentence around {@code text[start, end)}; the offsets must lie inside the text, start before end. */
    public static Passage around(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("no span " + start + "–" + end + " in a text of " + text.length());
        }
        int from = sentenceStart(text, start);
        boolean cutBefore = from < 0;
        if (cutBefore) {
            from = wordAfter(text, start - MAX_SIDE, start);
        }
        int to = sentenceEnd(text, end);
        boolean cutAfter = to < 0;
        if (cutAfter) {
            to = wordBefore(text, end + MAX_SIDE, end);
        }
        return new Passage(
                text.substring(from, start), text.substring(start, end), text.substring(end, to), cutBefore, cutAfter);
    }

    /** The whole sentence as text, the quote unmarked. */
    public String sentence() {
        return before + quoted + after;
    }

    /** Where the sentence starts, or -1 when it starts further back than {@link #MAX_SIDE}. */
    private static int sentenceStart(String text, int start) {
        if (start == 0) {
            return 0;
        }
        int limit = Math.max(0, start - MAX_SIDE);
        int from = limit == 0 ? 0 : -1;
        for (int i = start - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                from = i + 1;
                break;
            }
            if (isTerminator(c)) {
                int boundary = boundaryAfter(text, i);
                if (boundary >= 0 && boundary <= start) {
                    from = boundary;
                    break;
                }
            }
        }
        if (from < 0) {
            return -1;
        }
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the sentence ends, or -1 when it goes on further than {@link #MAX_SIDE}. */
    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + MAX_SIDE);
        // The quote's own last character may end the sentence ("…were killed.").
        for (int i = end - 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i >= end) {
                return trimEnd(text, end, i);
            }
            if (isTerminator(c)) {
                int boundary = boundaryAfter(text, i);
                if (boundary >= 0) {
                    return Math.max(end, boundary);
                }
            }
        }
        return limit == text.length() ? trimEnd(text, end, limit) : -1;
    }

    private static int trimEnd(String text, int end, int to) {
        while (to > end && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /**
     * Where the sentence ends when the terminator at {@code i} ends it (after any closing quotes or brackets), or -1
     * when it ends nothing there.
     */
    private static int boundaryAfter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (CLOSERS.indexOf(text.charAt(j)) >= 0 || isTerminator(text.charAt(j)))) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return -1; // "2.5", "U.S.-led", "example.com"
        }
        int next = j;
        while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
            next++;
        }
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
            return -1;
        }
        if (text.charAt(i) == '.' && isAbbreviation(text, i)) {
            return -1;
        }
        return j;
    }

    /** The word ending at the full stop at {@code i}: a known abbreviation, or letters separated by dots (U.S). */
    private static boolean isAbbreviation(String text, int i) {
        int from = i;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, i);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // Initialisms and initials: every part between dots is one letter (U.S, J, E.U).
        for (String part : word.split("\\.", -1)) {
            if (part.length() != 1) {
                return false;
            }
        }
        return Character.isUpperCase(word.charAt(0));
    }

    private static int wordAfter(String text, int from, int start) {
        int i = from;
        while (i < start && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < start && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordBefore(String text, int to, int end) {
        int i = to;
        while (i > end && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return trimEnd(text, end, i == end ? to : i);
    }
}

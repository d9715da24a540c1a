package org.eventdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The article cut into tokens (numbers, words, single punctuation marks) with their offsets, plus sentence and
 * paragraph boundaries. Every finder works on this one view, so offsets always agree.
 */
final class Tokens {
    enum Kind {
        NUMBER,
        WORD,
        PUNCT
    }

    /** One token; fields rather than a record's accessors, since every rule reads them many times. */
    static final class Token {
        final int index;
        final int start;
        final int end;
        final String text;
        final String lower;
        final Kind kind;
        /** The lower-case text without a possessive ("putin" for "Putin's"). */
        final String bare;

        private String key;

        Token(int index, int start, int end, String text, String lower, Kind kind) {
            this.index = index;
            this.start = start;
            this.end = end;
            this.text = text;
            this.lower = lower;
            this.kind = kind;
            this.bare = withoutPossessive(lower);
        }

        /** The gazetteer's lookup key of this word without a possessive, computed once. */
        String key() {
            if (key == null) {
                key = Gazetteer.normalise(withoutPossessive(text));
            }
            return key;
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        boolean is(String s) {
            return lower.equals(s);
        }

        boolean capitalised() {
            return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        }

        @Override
        public String toString() {
            return text + "@" + start;
        }
    }

    /** Words after which a full stop does not end a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "no", "jan", "feb",
            "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "a.m", "p.m", "vs", "etc", "prof", "jr", "sr", "inc",
            "co", "corp", "maj", "adm", "cpl", "pte", "a", "p", "m", "u", "s");

    final String text;
    final List<Token> list;
    /** Sentence index of each token. */
    final int[] sentenceOf;
    /** Paragraph index of each token. */
    final int[] paragraphOf;
    /** First token index of each sentence, plus a final entry = size. */
    final int[] sentenceStarts;

    Tokens(String text) {
        this.text = text;
        List<Token> tokens = tokenize(text);
        this.list = tokens;
        this.sentenceOf = new int[tokens.size()];
        this.paragraphOf = new int[tokens.size()];
        List<Integer> starts = new ArrayList<>();
        int sentence = 0;
        int paragraph = 0;
        starts.add(0);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && newlineBetween(tokens.get(i - 1).end, t.start)) {
                paragraph++;
                if (starts.get(starts.size() - 1) != i) {
                    sentence++;
                    starts.add(i);
                }
            }
            sentenceOf[i] = sentence;
            paragraphOf[i] = paragraph;
            if (endsSentence(i) && i + 1 < tokens.size()) {
                sentence++;
                starts.add(i + 1);
            }
        }
        starts.add(tokens.size());
        this.sentenceStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Numbers, words (with inner apostrophes) and single other characters, with their offsets. */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (c >= '0' && c <= '9') {
                // digits with thousands separators, decimals or clock separators: "3,400", "2.5", "7:45"
                i = digitsEnd(text, i);
                while (i + 1 < n
                        && (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == ':')
                        && isAsciiDigit(text.charAt(i + 1))) {
                    i = digitsEnd(text, i + 1);
                }
                kind = Kind.NUMBER;
            } else if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= 0x80 && Character.isLetter(text.codePointAt(i)))) {
                // a word, with inner apostrophes: "Ukraine’s", "don't"
                i += Character.charCount(text.codePointAt(i));
                while (i < n) {
                    char d = text.charAt(i);
                    if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
                        i++; // the common case, without code point look-ups
                    } else if (d < 0x80 || !isLetterOrMark(text.codePointAt(i))) {
                        break;
                    } else {
                        i += Character.charCount(text.codePointAt(i));
                    }
                }
                while (i + 1 < n
                        && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                        && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                    while (i < n && Character.isLetter(text.codePointAt(i))) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                }
                kind = Kind.WORD;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Character.isDigit(c) ? Kind.NUMBER : Kind.PUNCT;
            }
            String t = text.substring(start, i);
            // Lower case with the typographic apostrophe as a plain one: "Ukraine’s" reads as "ukraine's".
            String lower = kind == Kind.WORD ? t.toLowerCase(Locale.ROOT).replace('’', '\'') : t;
            tokens.add(new Token(tokens.size(), start, i, t, lower, kind));
        }
        return tokens;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetterOrMark(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private boolean newlineBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private boolean endsSentence(int i) {
        Token t = list.get(i);
        if (t.kind != Kind.PUNCT
                || t.text.length() != 1
                || (t.text.charAt(0) != '.' && t.text.charAt(0) != '!' && t.text.charAt(0) != '?')) {
            return false;
        }
        if (i + 1 >= list.size()) {
            return true;
        }
        Token next = list.get(i + 1);
        if (next.start == t.end && !isQuoteMark(next.text)) {
            return false; // "11.20", "U.S."
        }
        if (t.text.equals(".") && i > 0) {
            Token prev = list.get(i - 1);
            if (prev.end == t.start && ABBREVIATIONS.contains(prev.lower) && !next.capitalised()) {
                return false;
            }
            if (prev.end == t.start
                    && (prev.lower.equals("mr") || prev.lower.equals("mrs") || prev.lower.equals("dr"))) {
                return false;
            }
        }
        // A closing quote right after the full stop belongs to this sentence; the next token starts the next.
        return !isQuoteMark(next.text) || next.start > t.end;
    }

    static boolean isQuoteMark(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”");
    }

    /** A set of words written as one space-separated string (long hand-written lists; repeats are harmless). */
    static java.util.Set<String> words(String words) {
        return java.util.Set.copyOf(java.util.Arrays.asList(words.strip().split("\\s+")));
    }

    /** "Putin's" without its possessive: "Putin". */
    static String withoutPossessive(String s) {
        int n = s.length();
        if (n > 2
                && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')
                && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '’')) {
            return s.substring(0, n - 2);
        }
        return s;
    }

    /** True when the characters of {@code s} are all ASCII digits (and it is not empty). */
    static boolean digits(String s, int min, int max) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean[] quoted;

    /** True when token i stands between double quotation marks of its paragraph (a quote's own words). */
    boolean quoted(int i) {
        if (quoted == null) {
            boolean[] q = new boolean[list.size()];
            boolean open = false;
            char close = 0;
            for (int k = 0; k < list.size(); k++) {
                Token tok = list.get(k);
                if (k > 0 && paragraphOf[k] != paragraphOf[k - 1]) {
                    open = false;
                }
                String s = tok.text;
                if (open && s.length() == 1 && s.charAt(0) == close) {
                    open = false;
                } else if (!open && (s.equals("“") || s.equals("\""))) {
                    open = true;
                    close = s.equals("“") ? '”' : '"';
                } else {
                    q[k] = open;
                }
            }
            quoted = q;
        }
        return i >= 0 && i < quoted.length && quoted[i];
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** The lower-case text of token i without a possessive, or "" outside the list. */
    String bare(int i) {
        Token t = get(i);
        return t == null ? "" : t.bare;
    }

    /** The lowercase text of token i, or "" outside the list. */
    String lower(int i) {
        Token t = get(i);
        return t == null ? "" : t.lower;
    }

    int sentenceStart(int tokenIndex) {
        return sentenceStarts[sentenceOf[tokenIndex]];
    }

    int sentenceEnd(int tokenIndex) {
        return sentenceStarts[sentenceOf[tokenIndex] + 1];
    }

    /** True when tokens i and i+1 touch (no space between them). */
    boolean joined(int i) {
        Token a = get(i);
        Token b = get(i + 1);
        return a != null && b != null && a.end == b.start;
    }

    /** Index of the first token starting at or after the offset. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when the tokens starting at i read the given lowercase words. */
    boolean matches(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!lower(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when the tokens ending just before i read the given lowercase words. */
    boolean precededBy(int i, String... words) {
        return i - words.length >= 0 && matches(i - words.length, words);
    }
}

package org.eventdesk.domain.source;

import java.util.ArrayList;
import java.util.List;

/** Cleaned text is a list of paragraphs separated by a blank line; this reads them back, with their offsets. */
public final class Paragraphs {
    private Paragraphs() {}

    public static List<String> of(String text) {
        return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** Each paragraph's start and end offset in the text, so that spans inside it can be highlighted. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                spans.add(new Span(start, end));
            }
            start = end + 2;
        }
        return spans;
    }

    public record Span(int start, int end) {}
}

package org.eventdesk.extraction;

/** Where a suggestion's words are in the article: character offsets into the cleaned text, end exclusive. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: " + start + "-" + end);
        }
    }
}

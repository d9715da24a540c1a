package org.eventdesk.domain.record;

import java.util.ArrayList;
import java.util.List;

/** A text with the spans a search matched, for showing them highlighted (the text itself stays plain). */
public record MarkedText(String text, List<Span> marks) {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Span(int start, int end) {}

    /** A run of the text, marked or not. */
    public record Piece(String text, boolean marked) {}

    public MarkedText {
        marks = List.copyOf(marks);
    }

    public static MarkedText plain(String text) {
        return new MarkedText(text == null ? "" : text, List.of());
    }

    public boolean isMarked() {
        return !marks.isEmpty();
    }

    /** The text cut where its marks start and end, in order: what a view writes, wrapping the marked pieces. */
    public List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Span mark : marks) {
            if (mark.start() > at) {
                pieces.add(new Piece(text.substring(at, mark.start()), false));
            }
            pieces.add(new Piece(text.substring(mark.start(), mark.end()), true));
            at = mark.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }

    /**
     * A window of at most {@code length} characters around the first mark, cut at spaces where it can be, for
     * showing where a long text matched; the marks inside it move with it.
     */
    public MarkedText excerpt(int length) {
        if (text.length() <= length || marks.isEmpty()) {
            return text.length() <= length ? this : new MarkedText(text.substring(0, cut(0, length)), List.of());
        }
        int first = marks.get(0).start();
        int from = Math.max(0, Math.min(first - length / 3, text.length() - length));
        int space = text.lastIndexOf(' ', first);
        if (from > 0 && space > from && space - from < length / 3) {
            from = space + 1;
        }
        int to = cut(from, length);
        int start = from;
        List<Span> inside = marks.stream()
                .filter(s -> s.start() >= start && s.end() <= to)
                .map(s -> new Span(s.start() - start, s.end() - start))
                .toList();
        return new MarkedText(text.substring(from, to), inside);
    }

    private int cut(int from, int length) {
        int to = Math.min(text.length(), from + length);
        int space = text.lastIndexOf(' ', to);
        return to < text.length() && space > from + length / 2 ? space : to;
    }
}

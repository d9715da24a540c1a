package org.eventdesk.web.ui.sources;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eventdesk.domain.source.Paragraphs;

/**
 * A source's cleaned text as a reader sees it: one paragraph per block, each knowing its offset in the text,
 * so that a span can be highlighted and a selection turned back into offsets. The offsets are what evidence
 * stores; the quote is always the text between them.
 *
 * <p>Selections are read in the browser with the DOM Range API (the text of a range from the paragraph's
 * start to the selection boundary), which counts characters exactly as the server does, marks included.
 */
public class SourceReader extends Div {
    /** Reads the current selection inside this element as [start, end] offsets of the cleaned text, or null. */
    private static final String READ_SELECTION =
            """
            const root = this;
            const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return null; }
            const range = selection.getRangeAt(0);
            const offsetOf = (node, offset) => {
              const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
              const paragraph = element && element.closest('[data-start]');
              if (!paragraph || !root.contains(paragraph)) { return null; }
              const before = document.createRange();
              before.setStart(paragraph, 0);
              before.setEnd(node, offset);
              return parseInt(paragraph.dataset.start, 10) + before.toString().length;
            };
            const start = offsetOf(range.startContainer, range.startOffset);
            const end = offsetOf(range.endContainer, range.endOffset);
            return start === null || end === null ? null : [start, end];
            """;

    private String text = "";
    private long sourceId;
    private List<Mark> marks = List.of();

    /** A span shown marked in the text, e.g. a suggestion of the extraction assistant. */
    public record Mark(int start, int end, String kind, String title) {}

    public SourceReader() {
        addClassName("source-reader");
        getStyle().set("max-width", "70ch").set("line-height", "1.6");
    }

    public void show(long sourceId, String text) {
        this.sourceId = sourceId;
        this.text = text;
        this.marks = List.of();
        render(-1, -1);
    }

    /** Marks these spans (overlapping ones after the first are left unmarked). */
    public void showMarks(List<Mark> marks) {
        this.marks = marks.stream()
                .sorted(java.util.Comparator.comparingInt(Mark::start))
                .toList();
        render(-1, -1);
    }

    /** Scrolls the span into view and marks it as the one in focus. */
    public void focus(int start, int end) {
        render(start, end);
        getElement()
                .executeJs(
                        "const mark = this.querySelector('mark.focus'); if (mark) { mark.scrollIntoView({block: 'center'}); }");
    }

    public long sourceId() {
        return sourceId;
    }

    public String text() {
        return text;
    }

    /** Marks the span and scrolls it into view. */
    public void highlight(int start, int end) {
        render(start, end);
        getElement()
                .executeJs(
                        "const mark = this.querySelector('mark'); if (mark) { mark.scrollIntoView({block: 'center'}); }");
    }

    /**
     * Asks the browser what the editor selected in this text. The answer comes as a span with surrounding
     * white space trimmed, or empty when nothing (or something outside this text) is selected.
     */
    public void readSelection(Consumer<Optional<Span>> answer) {
        getElement()
                .executeJs(READ_SELECTION)
                .then(value -> answer.accept(toSpan(value)), error -> answer.accept(Optional.empty()));
    }

    /** A span of the cleaned text: offsets and the words between them. */
    public record Span(long sourceId, int start, int end, String quote) {}

    private Optional<Span> toSpan(JsonValue value) {
        if (value == null || value.getType() != JsonType.ARRAY) {
            return Optional.empty();
        }
        JsonArray array = (JsonArray) value;
        int start = (int) array.getNumber(0);
        int end = (int) array.getNumber(1);
        if (start > end) {
            int swap = start;
            start = end;
            end = swap;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < 0 || end > text.length() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(new Span(sourceId, start, end, text.substring(start, end)));
    }

    /**
     * Paragraph by paragraph, the text with its marks: the focused span (if any) over the others. Each mark is a
     * {@code mark} element; plain text stays text nodes, so the offsets read back from a selection still count
     * characters of the cleaned text.
     */
    private void render(int focusStart, int focusEnd) {
        removeAll();
        List<Mark> all = new ArrayList<>();
        if (focusStart >= 0 && focusEnd > focusStart) {
            all.add(new Mark(focusStart, focusEnd, "focus", null));
        }
        for (Mark mark : marks) {
            if (all.stream().noneMatch(m -> m.start() < mark.end() && mark.start() < m.end())) {
                all.add(mark);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mark::start));
        for (Paragraphs.Span block : Paragraphs.spans(text)) {
            Paragraph paragraph = new Paragraph();
            paragraph.getElement().setAttribute("data-start", String.valueOf(block.start()));
            paragraph.getElement().setAttribute("data-end", String.valueOf(block.end()));
            int at = block.start();
            for (Mark mark : all) {
                int from = Math.max(block.start(), mark.start());
                int to = Math.min(block.end(), mark.end());
                if (from >= to || from < at) {
                    continue;
                }
                if (from > at) {
                    paragraph.add(new Text(text.substring(at, from)));
                }
                paragraph.getElement().appendChild(markElement(text.substring(from, to), mark));
                at = to;
            }
            if (at < block.end()) {
                paragraph.add(new Text(text.substring(at, block.end())));
            }
            add(paragraph);
        }
    }

    private static com.vaadin.flow.dom.Element markElement(String words, Mark mark) {
        com.vaadin.flow.dom.Element element = new com.vaadin.flow.dom.Element("mark");
        element.setText(words);
        element.setAttribute(
                "class",
                mark.kind().equals("focus") ? "evidence-highlight focus" : "suggestion suggestion-" + mark.kind());
        element.getStyle()
                .set(
                        "background",
                        switch (mark.kind()) {
                            case "focus" -> "var(--lumo-warning-color-50pct, #ffe066)";
                            case "figure" -> "#fff1b8";
                            case "time" -> "#d6e9ff";
                            case "place" -> "#d9f7d6";
                            case "actor" -> "#eadcff";
                            default -> "#eeeeee";
                        });
        if (mark.title() != null) {
            element.setAttribute("title", mark.title());
        }
        return element;
    }
}

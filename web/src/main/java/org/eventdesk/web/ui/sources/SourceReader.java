package org.eventdesk.web.ui.sources;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import elemental.json.JsonValue;
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

    public SourceReader() {
        addClassName("source-reader");
        getStyle().set("max-width", "70ch").set("line-height", "1.6");
    }

    public void show(long sourceId, String text) {
        this.sourceId = sourceId;
        this.text = text;
        render(-1, -1);
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

    private void render(int markStart, int markEnd) {
        removeAll();
        for (Paragraphs.Span block : Paragraphs.spans(text)) {
            Paragraph paragraph = new Paragraph();
            paragraph.getElement().setAttribute("data-start", String.valueOf(block.start()));
            paragraph.getElement().setAttribute("data-end", String.valueOf(block.end()));
            int from = Math.max(block.start(), markStart);
            int to = Math.min(block.end(), markEnd);
            if (markStart < 0 || from >= to) {
                paragraph.add(new Text(text.substring(block.start(), block.end())));
            } else {
                if (from > block.start()) {
                    paragraph.add(new Text(text.substring(block.start(), from)));
                }
                paragraph.getElement().appendChild(markElement(text.substring(from, to)));
                if (to < block.end()) {
                    paragraph.add(new Text(text.substring(to, block.end())));
                }
            }
            add(paragraph);
        }
    }

    private static com.vaadin.flow.dom.Element markElement(String words) {
        com.vaadin.flow.dom.Element mark = new com.vaadin.flow.dom.Element("mark");
        mark.setText(words);
        mark.setAttribute("class", "evidence-highlight");
        return mark;
    }
}

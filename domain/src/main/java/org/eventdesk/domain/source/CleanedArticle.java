package org.eventdesk.domain.source;

import java.util.List;

/**
 * The result of cleaning raw input: the text evidence will point into (paragraphs separated by one blank
 * line), the metadata found on the way, and the lines that were dropped as page chrome, so the editor can see
 * what went and put back anything that should not have.
 */
public record CleanedArticle(String text, InputFormat format, ArticleMetadata metadata, List<String> droppedLines) {

    public CleanedArticle {
        droppedLines = List.copyOf(droppedLines);
    }

    public List<String> paragraphs() {
        return Paragraphs.of(text);
    }
}

package org.eventdesk.extraction;

/**
 * A direct quotation.
 *
 * @param text the quoted words without the quote marks
 * @param speaker the resolved full name when possible ("Volodymyr Zelensky"), else the words the article uses
 *     for the speaker ("a police spokesman"), or null when no speaker is named nearby
 * @param medium where it was said when the article says so ("post on X", "interview with Politico"), else null
 * @param start offset of the first quoted character (after the opening mark)
 * @param end offset just after the last quoted character (before the closing mark)
 */
public record QuoteSuggestion(String text, String speaker, String medium, int start, int end) {}

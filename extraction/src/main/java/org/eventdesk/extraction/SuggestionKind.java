package org.eventdesk.extraction;

/** What a suggestion proposes; {@link #code()} is how a rejection names it (stored, and in the API). */
public enum SuggestionKind {
    FIGURE,
    TIME,
    PLACE,
    ACTOR,
    QUOTE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

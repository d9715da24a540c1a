package org.eventdesk.domain.source;

/** A source already in the desk that a new one duplicates, and what gave it away. */
public record ExistingSource(long id, String title, Match match) {
    public enum Match {
        SAME_TEXT,
        SAME_URL
    }

    public String describe() {
        return (match == Match.SAME_URL ? "A source with the same URL" : "A source with the same text")
                + " is already in the desk: #" + id + " \"" + title + "\"";
    }
}

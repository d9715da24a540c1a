package org.eventdesk.domain.source;

/**
 * A source already in the desk that a new one duplicates, and what gave it away.
 *
 * @param title its title, or absent when the caller may not read sources (see {@link #withoutTitle})
 */
public record ExistingSource(long id, String title, Match match) {
    public enum Match {
        SAME_TEXT,
        SAME_URL
    }

    /**
     * The same, as told to a caller who may push sources but not read them (a partner system): that the desk holds
     * the report, and its number, but not what another party's source is called.
     */
    public ExistingSource withoutTitle() {
        return new ExistingSource(id, null, match);
    }

    public String describe() {
        return (match == Match.SAME_URL ? "A source with the same URL" : "A source with the same text")
                + " is already in the desk: #" + id + (title == null ? "" : " \"" + title + "\"");
    }
}

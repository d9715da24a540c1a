package org.eventdesk.domain.source;

import org.eventdesk.domain.shared.Wording;

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

    /** What the desk says of it: which source, and what gave the new one away. */
    public Wording wording() {
        if (title == null) {
            return Wording.of(match == Match.SAME_URL ? "source.duplicate.sameUrl" : "source.duplicate.sameText", id);
        }
        return Wording.of(
                match == Match.SAME_URL ? "source.duplicate.sameUrlTitled" : "source.duplicate.sameTextTitled",
                id,
                title);
    }

    /** {@link #wording()} in English. */
    public String describe() {
        return wording().english();
    }
}

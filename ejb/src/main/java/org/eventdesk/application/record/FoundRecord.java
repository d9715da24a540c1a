package org.eventdesk.application.record;

import org.eventdesk.domain.record.MarkedText;
import org.eventdesk.domain.record.RecordListing;

/**
 * A row of the records grid with where the searched words matched: its title marked, and an excerpt of its
 * summary when the summary matched (empty otherwise).
 */
public record FoundRecord(RecordListing listing, MarkedText title, MarkedText summaryExcerpt) {
    /** How much of a summary a row shows around the words it matched. */
    public static final int EXCERPT = 160;

    static FoundRecord unmarked(RecordListing listing) {
        return new FoundRecord(listing, MarkedText.plain(listing.title()), MarkedText.plain(""));
    }
}

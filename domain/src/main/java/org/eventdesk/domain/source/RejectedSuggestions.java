package org.eventdesk.domain.source;

import java.util.Set;

/** Where rejected suggestions are kept. */
public interface RejectedSuggestions {
    /** The keys ({@link RejectedSuggestion#key()}) of the suggestions rejected for a source. */
    Set<String> keysFor(long sourceId);

    void store(RejectedSuggestion rejected);
}

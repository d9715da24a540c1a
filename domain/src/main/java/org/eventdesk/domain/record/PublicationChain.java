package org.eventdesk.domain.record;

import java.util.List;
import java.util.Optional;

/** Checks that the publication log is intact: every entry's hash is right and links to the one before. */
public final class PublicationChain {
    private PublicationChain() {}

    /** Where the chain breaks, if it does. */
    public record Break(long entryId, String reason) {}

    /** @param entries the whole log in the order it was written */
    public static Optional<Break> verify(List<Publication> entries) {
        String expectedPrevious = Publication.GENESIS;
        for (Publication entry : entries) {
            if (!entry.previousHash().equals(expectedPrevious)) {
                return Optional.of(new Break(
                        entry.getId(), "does not follow the entry before it (an entry is missing or out of place)"));
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return Optional.of(new Break(entry.getId(), "its content no longer matches its hash (it was changed)"));
            }
            expectedPrevious = entry.hash();
        }
        return Optional.empty();
    }
}

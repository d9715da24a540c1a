package org.eventdesk.domain.record;

import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.publishing.PublicationAudit;

/** Checks that the publication log's entries are intact and chained; the whole audit is {@link PublicationAudit}. */
public final class PublicationChain {
    private PublicationChain() {}

    /** Where the chain breaks, if it does. */
    public record Break(long entryId, String reason) {}

    /** @param entries the whole log in the order it was written */
    public static Optional<Break> verify(List<Publication> entries) {
        PublicationAudit audit = new PublicationAudit();
        entries.forEach(p -> audit.entry(p.entry()));
        return audit.report().problems().stream()
                .findFirst()
                .map(problem -> new Break(
                        entries.stream()
                                .filter(p -> problem.seq() != null && p.seq() == problem.seq())
                                .map(Publication::getId)
                                .findFirst()
                                .orElse(-1L),
                        problem.what()));
    }
}

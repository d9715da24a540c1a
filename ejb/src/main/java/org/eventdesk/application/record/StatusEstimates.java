package org.eventdesk.application.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.RecordStatus;

/**
 * How many records each status holds, counted at most once a minute per server: the estimate behind a queue too full
 * to count on every page ("about 700,000"). Counting all statuses reads the whole table (about a second at a million
 * records on H2), so it is kept, and a minute-old figure is what "about" promises.
 */
@ApplicationScoped
public class StatusEstimates {
    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    @Inject
    private RecordRepository records;

    @Inject
    private Clock clock;

    private volatile Kept kept;

    private record Kept(Map<RecordStatus, Long> counts, Instant at) {}

    /**
     * Runs in the caller's transaction, if there is one; two callers racing after a minute both count, which is
     * harmless.
     */
    public long estimate(RecordStatus status) {
        Instant now = clock.instant();
        Kept current = kept;
        if (current == null || !now.isBefore(current.at().plus(KEPT_FOR))) {
            current = new Kept(Map.copyOf(records.countByStatus()), now);
            kept = current;
        }
        return current.counts().getOrDefault(status, 0L);
    }
}

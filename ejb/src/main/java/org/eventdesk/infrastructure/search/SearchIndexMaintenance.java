package org.eventdesk.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.domain.record.RecordSearch;

/**
 * Rebuilds of the search index, one at a time on this server, in the background (a million records take minutes;
 * nobody's request waits for them). Searches meanwhile answer from what is indexed so far.
 */
@ApplicationScoped
public class SearchIndexMaintenance {
    private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

    /** What the last rebuild did: when it started and ended (null while running or never), and whether it failed. */
    public record State(boolean running, Instant lastStarted, Instant lastFinished, String lastFailure) {}

    @Inject
    private RecordSearch search;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastStarted;
    private volatile Instant lastFinished;
    private volatile String lastFailure;

    /** @return false when a rebuild is already running here (it is not started twice) */
    public boolean startRebuild() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        lastStarted = clock.instant();
        lastFinished = null;
        executor.execute(() -> {
            try {
                search.rebuild();
                lastFailure = null;
            } catch (RuntimeException e) {
                lastFailure = String.valueOf(e.getMessage());
                LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            } finally {
                lastFinished = clock.instant();
                running.set(false);
            }
        });
        return true;
    }

    public State state() {
        return new State(running.get(), lastStarted, lastFinished, lastFailure);
    }
}

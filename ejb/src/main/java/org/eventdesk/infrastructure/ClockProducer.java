package org.eventdesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for the whole desk, in UTC, ticking in milliseconds: services take it by injection so that time
 * is never read ad hoc, and a time reads the same whether it was just made or loaded back from the database.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}

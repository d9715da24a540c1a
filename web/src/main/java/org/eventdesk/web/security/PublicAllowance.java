package org.eventdesk.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eventdesk.application.startup.DeskSettings;

/**
 * Each client address's allowance of public requests: a token bucket (Bucket4j) that holds a minute's allowance and
 * refills steadily, so a reader clicking around never notices it and a scraper in a loop is refused. The audit of the
 * publication log reads the whole log, so it has a much smaller allowance of its own. Shared by the filter in front
 * of the public endpoints ({@link PublicRateLimit}) and the handler that sends kept answers before the servlet chain.
 */
@ApplicationScoped
public class PublicAllowance {
    /** Buckets of clients idle this long are dropped, so the map stays as small as the set of active clients. */
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private static final int SWEEP_ABOVE = 10_000;

    /** For the handler in front of the servlet chain, which runs outside CDI's reach (on Undertow's I/O threads). */
    private static volatile PublicAllowance running;

    @Inject
    private DeskSettings settings;

    private final ConcurrentHashMap<String, Client> reads = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Client> audits = new ConcurrentHashMap<>();
    private int perMinute;
    private int auditsPerMinute;

    private record Client(Bucket bucket, long[] lastSeen) {}

    /** What a request to a public address was told. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds, int allowance, boolean audit) {}

    @PostConstruct
    void start() {
        perMinute = settings.publicRequestsPerMinute();
        auditsPerMinute = settings.publicAuditsPerMinute();
        running = this;
    }

    @PreDestroy
    void stop() {
        running = null;
    }

    public static Optional<PublicAllowance> running() {
        return Optional.ofNullable(running);
    }

    /** Whether the path is one that anyone may read without logging in (and so one that is limited). */
    public static boolean isPublic(String path) {
        return path.startsWith("/events")
                || path.startsWith("/api/v1/events")
                || path.startsWith("/api/v1/feed.atom")
                || path.startsWith("/api/v1/publication-log");
    }

    /** Takes one request of the client's allowance, if it has one left. */
    public boolean take(String address, String path) {
        return decide(address, path).allowed();
    }

    public Decision decide(String address, String path) {
        boolean audit = path.startsWith("/api/v1/publication-log/verify");
        int allowance = audit ? auditsPerMinute : perMinute;
        if (allowance == 0) {
            return new Decision(true, Long.MAX_VALUE, 0, 0, audit);
        }
        ConsumptionProbe probe =
                bucket(audit ? audits : reads, address, allowance).tryConsumeAndReturnRemaining(1);
        long retry = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retry, allowance, audit);
    }

    private Bucket bucket(ConcurrentHashMap<String, Client> clients, String address, int allowance) {
        long now = System.nanoTime();
        if (clients.size() > SWEEP_ABOVE) {
            clients.values().removeIf(c -> now - c.lastSeen()[0] > IDLE_NANOS);
        }
        Client client = clients.computeIfAbsent(
                address,
                a -> new Client(
                        Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(allowance)
                                        .refillGreedy(allowance, Duration.ofMinutes(1))
                                        .build())
                                .build(),
                        new long[] {now}));
        client.lastSeen()[0] = now;
        return client.bucket();
    }
}

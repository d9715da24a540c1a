package org.eventdesk.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eventdesk.application.startup.DeskSettings;
import org.eventdesk.web.api.Problem;

/**
 * A per-client rate limit on what anyone may read without logging in: the readers' pages and the public API.
 * Each client address has a token bucket (Bucket4j) that holds a minute's allowance and refills steadily, so a
 * reader clicking around never notices it and a scraper in a loop is told {@code 429} with {@code Retry-After}.
 * The audit of the publication log reads the whole log, so it has a much smaller allowance of its own.
 *
 * <p>Editorial endpoints are not limited here: their callers are known (a token or a login) and accountable.
 * Behind a reverse proxy, turn on WildFly's {@code proxy-address-forwarding} or every reader shares one bucket.
 */
@WebFilter(urlPatterns = {"/api/*", "/events", "/events/*"})
public class PublicRateLimit extends HttpFilter {
    /** Buckets of clients idle this long are dropped, so the map stays as small as the set of active clients. */
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    private DeskSettings settings;

    private final ConcurrentHashMap<String, Client> reads = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Client> audits = new ConcurrentHashMap<>();
    private int perMinute;
    private int auditsPerMinute;

    private record Client(Bucket bucket, long[] lastSeen) {}

    @Override
    public void init() {
        perMinute = settings.publicRequestsPerMinute();
        auditsPerMinute = settings.publicAuditsPerMinute();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean audit = path.startsWith("/api/v1/publication-log/verify");
        boolean open = audit
                || path.startsWith("/events")
                || path.startsWith("/api/v1/events")
                || path.startsWith("/api/v1/feed.atom")
                || path.startsWith("/api/v1/publication-log");
        int allowance = audit ? auditsPerMinute : perMinute;
        if (!open || allowance == 0) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = bucket(audit ? audits : reads, request.getRemoteAddr(), allowance)
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        Problem.of(
                        429,
                        "Too many requests",
                        "This address sent more than " + allowance + " requests a minute"
                                + (audit ? " for audits of the log" : "") + "; try again in " + seconds
                                + " seconds.")
                .type("rate-limited")
                .writeTo(response);
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

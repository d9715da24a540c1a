package org.eventdesk.application.publishing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Finished public answers (a page of the list, a record in a format, a reader's page), kept while the publication
 * log has not moved. Everything readers get is made from sealed versions, and nothing sealed changes unless a new
 * entry is appended, so the log's head is an exact key: an answer made at head n is the right answer for as long as
 * the head stays at n. An answer is kept under the request that asked for it ({@link #key}: path, query string,
 * {@code Accept} and {@code Host}, all the answer depends on besides the log), so the web tier can send it again
 * before any of its machinery runs, as cheaply as a static file.
 *
 * <p>The head itself is read from the database at most once a second per server; a publication on this server
 * forgets it at once (after its transaction commits, see {@link Publisher}), so a reader sees their own desk's
 * publication on the next request, and another server's within a second (well inside the minute that
 * {@code Cache-Control} already allows a CDN).
 *
 * <p>Bounded by bytes (64 MB), least recently used first; answers of an old head are replaced as they are asked
 * for again or age out.
 */
@ApplicationScoped
public class PublicAnswers {
    private static final long HEAD_READ_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /** For the web tier's handler in front of the servlet chain, which runs outside CDI (on Undertow's I/O threads). */
    private static volatile PublicAnswers running;

    @Inject
    private PublicCatalog catalog;

    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Answer answer) -> key.length() * 2 + answer.body().length + 512)
            .build();

    private volatile HeadRead head;

    private record HeadRead(LogHead head, long at) {}

    /**
     * A finished answer: status, body and the headers that go with it (validators, type, links).
     *
     * @param head the log's head it was made at
     */
    public record Answer(LogHead head, int status, byte[] body, Map<String, String> headers) {}

    @PostConstruct
    void start() {
        running = this;
    }

    @PreDestroy
    void stop() {
        running = null;
    }

    /** The instance serving this deployment, once something has used it. */
    public static Optional<PublicAnswers> running() {
        return Optional.ofNullable(running);
    }

    /** Whether answers of this address are kept: the public list and records, and the readers' pages. */
    public static boolean isPublicRead(String path) {
        return path.equals("/events") || path.startsWith("/events/") || path.startsWith("/api/v1/events");
    }

    /** The key an answer is kept under: everything of the request it depends on besides the log. */
    public static String key(String path, String query, String accept, String host) {
        return path
                + '?'
                + (query == null ? "" : query)
                + '\n'
                + (accept == null ? "" : accept)
                + '\n'
                + (host == null ? "" : host);
    }

    /** The log's head, read at most once a second. */
    public LogHead head() {
        HeadRead read = head;
        long now = System.nanoTime();
        if (read == null || now - read.at() > HEAD_READ_EVERY_NANOS) {
            read = new HeadRead(catalog.head(), now);
            head = read;
        }
        return read.head();
    }

    /** The answer under this key if it was made at the current head, else a new one, kept for the next reader. */
    public Answer answer(String key, LogHead current, Supplier<Answer> make) {
        Answer kept = answers.getIfPresent(key);
        if (kept != null && current.equals(kept.head())) {
            return kept;
        }
        Answer made = make.get();
        answers.put(key, made);
        return made;
    }

    /**
     * The answer under this key, if it was made at the head as read less than a second ago; never reads the
     * database (when the head is due to be read again, the answer goes down the usual way, which reads it).
     */
    public Optional<Answer> kept(String key) {
        HeadRead read = head;
        if (read == null || System.nanoTime() - read.at() > HEAD_READ_EVERY_NANOS) {
            return Optional.empty();
        }
        Answer kept = answers.getIfPresent(key);
        return kept != null && read.head().equals(kept.head()) ? Optional.of(kept) : Optional.empty();
    }

    /** Called once a publication has committed: the next request reads the head again. */
    void forgetHead() {
        head = null;
    }
}

package org.eventdesk.application.publishing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * the head stays at n. Serving one is then a map lookup and a write, as cheap as a static file.
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

    /** Called once a publication has committed: the next request reads the head again. */
    void forgetHead() {
        head = null;
    }

    /** How many answers are kept now (for tests and the benchmark's report). */
    public Optional<Long> size() {
        return Optional.of(answers.estimatedSize());
    }
}

package org.eventdesk.application.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.eventdesk.domain.source.Source;
import org.eventdesk.extraction.Extractor;
import org.eventdesk.extraction.Suggestions;

/**
 * One extractor for the whole application: it loads its gazetteer once (half a second, some 16 MB) on first
 * use and is safe to share between threads afterwards.
 */
@ApplicationScoped
public class Assistant {
    private final AtomicReference<Extractor> extractor = new AtomicReference<>();

    public Suggestions extract(Source source) {
        return extractor().extract(source.getCleanedText(), source.publishedAtInItsZone());
    }

    private Extractor extractor() {
        Extractor loaded = extractor.get();
        if (loaded == null) {
            extractor.compareAndSet(null, new Extractor());
            loaded = extractor.get();
        }
        return loaded;
    }
}

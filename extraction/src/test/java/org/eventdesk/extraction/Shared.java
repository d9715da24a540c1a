package org.eventdesk.extraction;

import java.time.ZonedDateTime;

/** One extractor for all tests: it is immutable after loading, and loading the gazetteer takes a moment. */
final class Shared {
    static final Extractor EXTRACTOR = new Extractor();

    private Shared() {}

    static Suggestions extract(String text, String publishedAt) {
        return EXTRACTOR.extract(text, publishedAt == null ? null : ZonedDateTime.parse(publishedAt));
    }
}

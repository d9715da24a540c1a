package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the integration relies on: determinism, sharing across threads, spans that point into the text. */
class ExtractorContractTest {
    private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2025-12-27T14:30Z[Europe/London]");

    @Test
    void theSameTextAlwaysGivesTheSameSuggestions() {
        for (String text : ExtractionEvaluation.texts()) {
            assertEquals(Shared.EXTRACTOR.extract(text, PUBLISHED), new Extractor().extract(text, PUBLISHED));
        }
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<String> texts = ExtractionEvaluation.texts();
        List<Suggestions> expected =
                texts.stream().map(t -> Shared.EXTRACTOR.extract(t, PUBLISHED)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<Suggestions>> futures = texts.stream()
                        .map(t -> pool.submit(() -> Shared.EXTRACTOR.extract(t, PUBLISHED)))
                        .toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(expected.get(i), futures.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everySpanPointsIntoTheText() {
        for (String text : ExtractionEvaluation.texts()) {
            Suggestions s = Shared.EXTRACTOR.extract(text, PUBLISHED);
            s.figures().forEach(f -> assertEquals(text.substring(f.start(), f.end()), f.text()));
            s.times().forEach(t -> assertEquals(text.substring(t.start(), t.end()), t.text()));
            s.quotes().forEach(q -> assertEquals(text.substring(q.start(), q.end()), q.text()));
            s.places().forEach(p -> assertTrue(0 <= p.start() && p.start() < p.end() && p.end() <= text.length()));
            s.actors().forEach(a -> assertTrue(0 <= a.start() && a.start() < a.end() && a.end() <= text.length()));
            for (FigureSuggestion f : s.figures()) {
                if (f.parentIndex() != null) {
                    assertTrue(f.parentIndex() < s.figures().indexOf(f));
                }
            }
        }
    }

    @Test
    void emptyAndOddTextsAreFine() {
        for (String text : List.of("", " ", "\n\n", "“", "\"unclosed", "42", "Mr", "a.m.", "— — —")) {
            Suggestions s = Shared.EXTRACTOR.extract(text, null);
            assertTrue(s.figures().size() <= 1, text);
        }
    }
}

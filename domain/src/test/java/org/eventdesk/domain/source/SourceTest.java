package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SourceTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    private static final ZonedDateTime PUBLISHED =
            ZonedDateTime.of(2025, 12, 27, 11, 20, 0, 0, ZoneId.of("Europe/Kyiv"));

    static SourceSubmission submission(String title, String outlet, String url, String text) {
        return new SourceSubmission(
                SourceKind.WIRE, title, outlet, null, url, PUBLISHED, null, "en", text, InputFormat.PLAIN_TEXT, text);
    }

    @Test
    void keepsTheRawInputVerbatimAndTheTimeInItsOwnZone() {
        String raw = "Get all your news in one place.\n\nKyiv was attacked overnight.\n";
        Source source = Source.receive(
                new SourceSubmission(
                        SourceKind.NEWS_ARTICLE,
                        " Title ",
                        "Outlet",
                        "",
                        null,
                        PUBLISHED,
                        null,
                        "EN",
                        raw,
                        null,
                        "Kyiv was attacked overnight."),
                "editor",
                NOW);

        assertEquals(raw, source.getRawText());
        assertEquals("Kyiv was attacked overnight.", source.getCleanedText());
        assertEquals("Title", source.getTitle());
        assertEquals(null, source.getAuthor(), "blank optional text is stored as absent");
        assertEquals("en", source.getLanguage());
        assertEquals(Instant.parse("2025-12-27T09:20:00Z"), source.getPublishedAt());
        assertEquals("Europe/Kyiv", source.getPublishedZone());
        assertEquals(PUBLISHED, source.publishedAtInItsZone());
        assertEquals(NOW, source.getRetrievedAt(), "retrieved now unless the sender says otherwise");
        assertEquals(ContentHash.of("Kyiv was attacked overnight."), source.getContentHash());
    }

    @Test
    void quotesTheWordsBetweenTwoOffsetsOfTheCleanedText() {
        Source source = Source.receive(submission("T", "O", null, "Two people were killed."), "editor", NOW);

        assertEquals("Two people", source.quote(0, 10).orElseThrow());
        assertTrue(source.quote(5, 100).isEmpty());
        assertTrue(source.quote(-1, 3).isEmpty());
        assertTrue(source.quote(4, 4).isEmpty());
    }

    @Test
    void refusesABrokenSubmissionNamingEveryBadField() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Source.receive(
                        new SourceSubmission(
                                null, " ", null, null, "not a url", null, null, "English!", "x", null, " "),
                        "editor",
                        NOW));

        Set<String> fields = refused.errors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("kind", "title", "outlet", "publishedAt", "cleanedText", "url", "language"), fields);
    }

    @Test
    void refusesTooLongTitlesAndInputOverFiveMegabytes() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Source.receive(
                        submission("t".repeat(Source.MAX_TITLE + 1), "O", null, "x".repeat(Source.MAX_RAW_CHARS + 1)),
                        "editor",
                        NOW));

        Set<String> fields = refused.errors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("title", "text", "cleanedText"), fields);
    }

    @Test
    void storesTheCanonicalFormOfTheUrlForDuplicateChecks() {
        Source source =
                Source.receive(submission("T", "O", "http://www.example.com/a/?utm_source=x", "text"), "e", NOW);

        assertEquals("http://www.example.com/a/?utm_source=x", source.getUrl());
        assertEquals("https://example.com/a", source.getCanonicalUrl());
    }
}

package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.IntFunction;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A source's limits at their boundaries: the largest value fits, one more is refused naming the field. */
class SourceLimitsTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    private static final ZonedDateTime PUBLISHED =
            ZonedDateTime.of(2025, 12, 27, 11, 20, 0, 0, ZoneId.of("Europe/Kyiv"));

    private static SourceSubmission with(String title, String outlet, String url, String language, String text) {
        return new SourceSubmission(
                SourceKind.WIRE,
                title,
                outlet,
                null,
                url,
                PUBLISHED,
                null,
                language,
                text,
                InputFormat.PLAIN_TEXT,
                text);
    }

    private static void assertBoundary(int max, IntFunction<SourceSubmission> withSize, String field) {
        Source.receive(withSize.apply(max), "editor", NOW);
        List<FieldError> errors = assertThrows(
                        InvalidInputException.class, () -> Source.receive(withSize.apply(max + 1), "editor", NOW))
                .errors();
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList(), errors.toString());
    }

    @Test
    void textsFitTheirColumns() {
        assertBoundary(Source.MAX_TITLE, n -> with("t".repeat(n), "Wire", null, "en", "Text"), "title");
        assertBoundary(Source.MAX_OUTLET, n -> with("T", "o".repeat(n), null, "en", "Text"), "outlet");
    }

    @Test
    void aLanguageTagFitsItsThirtyFiveCharacters() {
        // en-abcdefgh-... grows by nine characters a part: 35 is en + three parts + "-abcde"; 38 was a 500 once.
        assertBoundary(
                Source.MAX_LANGUAGE,
                n -> with("T", "Wire", null, "en-abcdefgh-abcdefgh-abcdefgh-abcdefgh".substring(0, n), "Text"),
                "language");
    }

    @Test
    void anAddressFitsItsColumnAlsoInItsCanonicalForm() {
        String path = "/" + "p".repeat(Source.MAX_URL);
        // http:// ... of 2,000 characters becomes https:// ... of 2,001: refused, though the address itself fits.
        String http = ("http://example.com" + path).substring(0, Source.MAX_URL);
        List<FieldError> errors = assertThrows(
                        InvalidInputException.class,
                        () -> Source.receive(with("T", "Wire", http, "en", "Text"), "editor", NOW))
                .errors();
        assertEquals("url", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("canonical"), errors.toString());

        Source fits =
                Source.receive(with("T", "Wire", http.substring(0, Source.MAX_URL - 1), "en", "Text"), "editor", NOW);
        assertEquals(Source.MAX_URL, fits.getCanonicalUrl().length());
        assertBoundary(
                Source.MAX_URL,
                n -> with("T", "Wire", ("https://example.com" + path).substring(0, n), "en", "Text"),
                "url");
    }

    @Test
    void aNulCharacterIsRefusedInTheTextAndAnyField() {
        List<FieldError> errors = assertThrows(
                        InvalidInputException.class,
                        () -> Source.receive(with("T\u0000", "Wire", null, "en", "Te\u0000xt"), "editor", NOW))
                .errors();

        assertTrue(errors.stream().anyMatch(e -> e.field().equals("title")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("text")), errors.toString());
    }
}

package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void linksToTheSameArticleShareOneCanonicalForm() {
        String canonical = "https://example.com/news/story?id=7";
        for (String url : new String[] {
            "https://example.com/news/story?id=7",
            "http://www.example.com/news/story/?id=7",
            "HTTPS://Example.COM:443/news/story?utm_source=feed&id=7&fbclid=abc#comments",
            "https://example.com/news/story?id=7&utm_medium=social"
        }) {
            assertEquals(Optional.of(canonical), CanonicalUrl.of(url), url);
        }
    }

    @Test
    void keepsWhatDistinguishesArticles() {
        assertEquals(
                Optional.of("https://example.com:8443/a?b=1&c=2"),
                CanonicalUrl.of("https://example.com:8443/a?c=2&b=1"));
    }

    @Test
    void refusesWhatIsNotAWebAddress() {
        assertTrue(CanonicalUrl.of("ftp://example.com/x").isEmpty());
        assertTrue(CanonicalUrl.of("example.com/story").isEmpty());
        assertTrue(CanonicalUrl.of("not a url").isEmpty());
        assertTrue(CanonicalUrl.of("  ").isEmpty());
    }
}

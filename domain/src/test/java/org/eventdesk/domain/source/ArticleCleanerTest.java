package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** The article from the brief, as the demo desk stores it (the EJB module ships it as demo data). */
    private static String sample() throws IOException {
        return new String(
                ArticleCleanerTest.class
                        .getResourceAsStream("/extraction/samples/inkl-kyiv-strikes.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void dropsInklChromeAroundTheSampleArticleAndKeepsEveryParagraphOfIt() throws IOException {
        CleanedArticle cleaned = cleaner.clean(sample());

        assertEquals(InputFormat.PLAIN_TEXT, cleaned.format());
        String text = cleaned.text();
        for (String chrome : new String[] {
            "Get all your news in one place.",
            "100’s of premium titles.",
            "Start reading",
            "Sign up to read this article",
            "Read news from 100’s of titles",
            "Already a member? Sign in here",
            "Related Stories",
            "Top stories on inkl right now",
            "One subscription that gives you access",
            "Our Picks",
            "Fourteen days free",
            "Download the app",
            "One app. One membership.",
            "100+ trusted global sources."
        }) {
            assertFalse(text.contains(chrome), () -> "left in: " + chrome);
        }
        assertTrue(text.startsWith("Zelensky prepares for crucial peace talks with Trump"), text);
        assertTrue(text.contains("Russia launched almost 500 drones and 40 missiles targeting Kyiv"));
        assertTrue(text.endsWith("He also said he expected to speak with Mr Putin “soon, as much as I want”."), text);
        assertTrue(text.contains("Authorities said two people were killed in Kyiv and the surrounding region, while at"
                + " least 46 people were wounded, including two children."));
    }

    @Test
    void readsTheHeadlineAndBylineOffThePlainTextShape() throws IOException {
        ArticleMetadata metadata = cleaner.clean(sample()).metadata();

        assertEquals(
                "Zelensky prepares for crucial peace talks with Trump after Putin pounds Kyiv with drones and missiles",
                metadata.title());
        assertEquals("Bryony Gooch", metadata.author());
    }

    @Test
    void listsWhatItDroppedSoTheEditorCanCheck() throws IOException {
        CleanedArticle cleaned = cleaner.clean(sample());

        assertTrue(cleaned.droppedLines().contains("Sign up to read this article"));
        assertTrue(cleaned.droppedLines().contains("Bryony Gooch"), "the byline above the headline is furniture");
    }

    @Test
    void keepsOneParagraphPerBlankLineSeparatedBlockAndJoinsHardWrappedLines() {
        String raw = "Headline of a wire story about a flood in the valley\n\n"
                + "The river rose by two metres overnight and the water reached the first houses in\n"
                + "the lower town before dawn, officials said.\n\n"
                + "Short line one\nShort line two";

        CleanedArticle cleaned = cleaner.clean(raw);

        assertEquals(4, cleaned.paragraphs().size(), cleaned.paragraphs().toString());
        assertEquals(
                "The river rose by two metres overnight and the water reached the first houses in the lower town"
                        + " before dawn, officials said.",
                cleaned.paragraphs().get(1));
    }

    @Test
    void dropsATeaserListAfterARelatedStoriesHeaderButResumesAtTheNextBodyParagraph() {
        String body = "The storm moved north on Sunday. ".repeat(8).strip();
        String raw = "A storm headline with enough words\n\n" + body + "\n\nRelated Stories\n\nAnother headline one\n\n"
                + "Another headline two\n\n" + body.replace("north", "east") + "\n\nMost read\n\nA teaser";

        CleanedArticle cleaned = cleaner.clean(raw);

        assertFalse(cleaned.text().contains("Another headline"), cleaned.text());
        assertTrue(cleaned.text().contains(body.replace("north", "east")), "body after the teasers is kept");
        assertFalse(cleaned.text().contains("A teaser"));
    }

    @Test
    void aSentenceThatMerelyMentionsChromeWordsIsKept() {
        String raw = "Headline about a new app for the city\n\n"
                + "Officials urged residents to download the app before the storm arrives on Friday.";

        assertTrue(cleaner.clean(raw).text().contains("download the app before the storm"));
    }

    @Test
    void cleansHtmlToTheArticleAndPrefillsMetadataFromItsMetaTags() {
        String html =
                """
                <!doctype html><html lang="en-GB"><head>
                <title>Page title | The Daily Test</title>
                <meta property="og:title" content="Floods hit the valley">
                <meta property="og:site_name" content="The Daily Test">
                <meta name="author" content="Jo Reporter">
                <meta property="article:published_time" content="2025-12-27T09:20:00+02:00">
                <link rel="canonical" href="https://dailytest.example/news/floods?utm_source=x">
                <script>var tracking = 1;</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <div class="ad-slot">Buy things now</div>
                <article>
                  <header><h1>Floods hit the valley</h1></header>
                  <p>The river rose <b>two metres</b> overnight.</p>
                  <div class="share-bar">Share on Facebook</div>
                  <p>Officials said 300 people were evacuated.</p>
                  <aside>Read more: other story</aside>
                  <footer>Copyright The Daily Test</footer>
                </article>
                <footer>Site footer</footer>
                </body></html>
                """;

        CleanedArticle cleaned = cleaner.clean(html);

        assertEquals(InputFormat.HTML, cleaned.format());
        assertEquals(
                "Floods hit the valley\n\nThe river rose two metres overnight.\n\nOfficials said 300 people were evacuated.",
                cleaned.text());
        ArticleMetadata metadata = cleaned.metadata();
        assertEquals("Floods hit the valley", metadata.title());
        assertEquals("The Daily Test", metadata.outlet());
        assertEquals("Jo Reporter", metadata.author());
        assertEquals("https://dailytest.example/news/floods?utm_source=x", metadata.url());
        assertEquals(OffsetDateTime.parse("2025-12-27T09:20:00+02:00"), metadata.publishedAt());
        assertEquals("en", metadata.language());
    }

    @Test
    void theSameInputAlwaysGivesTheSameText() throws IOException {
        assertEquals(cleaner.clean(sample()).text(), cleaner.clean(sample()).text());
    }
}

package org.eventdesk.domain.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what an editor pasted or uploaded into the cleaned text of a source: the article's own words, one
 * paragraph per block, without the page around it.
 *
 * <p>HTML goes through jsoup: scripts, navigation, forms, asides and elements named like ads, share bars or
 * newsletter boxes are dropped, the article element (or the page's main content) is kept, and {@code og:*},
 * {@code article:*} and author meta tags prefill the metadata. Plain text and the text taken from HTML then
 * lose the lines aggregators wrap around an article ({@link ChromeLines}), consecutive repeats, and teaser
 * lists that follow markers such as "Related Stories".
 *
 * <p>The result is deterministic: the same input always gives the same text, which is what makes the content
 * hash able to recognise an article pasted twice.
 */
public final class ArticleCleaner {
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(ad|ads|advert|advertisement|adslot|promo|sponsor(ed)?|newsletter|related|share|sharing"
                    + "|social|subscribe|subscription|cookie|consent|paywall|outbrain|taboola|recommend(ed|ations)?"
                    + "|most-?read|popular|comments?|breadcrumbs?|skip-link|sidebar|signup|sign-up)([-_\\s]|$)");
    private static final String REMOVED_TAGS =
            "script, style, noscript, template, svg, iframe, object, embed, form, button, input, select, textarea,"
                    + " nav, aside, dialog, [role=navigation], [role=banner], [role=contentinfo],"
                    + " [role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "p|div|h[1-6]|li|ul|ol|blockquote|pre|figcaption|figure|section|article|header|footer|main|table|tr|td"
                    + "|th|dd|dt|dl|address|hr|br");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’')\\]]$");
    private static final Pattern BYLINE =
            Pattern.compile("(?i)^by\\s+(\\p{Lu}[\\p{L}'’.-]+(\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})$");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}$");

    /** A paragraph this long, ending a sentence, is article body: it ends any teaser list before it. */
    private static final int BODY_PARAGRAPH = 200;

    public CleanedArticle clean(String raw) {
        return clean(raw, InputFormat.detect(raw));
    }

    public CleanedArticle clean(String raw, InputFormat format) {
        Objects.requireNonNull(raw, "raw");
        if (format == InputFormat.HTML) {
            Document document = Jsoup.parse(raw);
            ArticleMetadata fromMarkup = metadataOf(document);
            List<String> blocks = blocksOf(contentRoot(document));
            Lines lines = filter(blocks);
            return new CleanedArticle(lines.text(), format, fillGaps(fromMarkup, lines.kept()), lines.dropped());
        }
        Lines lines = filter(plainTextParagraphs(raw));
        ArticleMetadata metadata = fillGaps(ArticleMetadata.empty(), lines.kept());
        Lines article = dropLeadIn(lines, metadata.title());
        return new CleanedArticle(article.text(), format, metadata, article.dropped());
    }

    /**
     * Pasted pages put short labels above the headline (outlet, section, byline). Once the headline is known,
     * such lines before it are page furniture: the article starts at its headline. Longer lines stay.
     */
    private static Lines dropLeadIn(Lines lines, String title) {
        int headline = title == null ? -1 : lines.kept().indexOf(title);
        if (headline <= 0) {
            return lines;
        }
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>(lines.dropped());
        for (int i = 0; i < lines.kept().size(); i++) {
            String line = lines.kept().get(i);
            boolean label = i < headline && line.split("\\s+").length <= 3;
            (label ? dropped : kept).add(line);
        }
        return new Lines(kept, dropped);
    }

    // ---- plain text -------------------------------------------------------------------------------------

    /**
     * Blank lines separate paragraphs. Inside a block, a line is joined to the one before only when that one
     * looks hard-wrapped (long, no sentence end); short lines such as a byline or a section name stay apart.
     */
    static List<String> plainTextParagraphs(String raw) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String rawLine : normalizeSpaces(raw).split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = null;
                previous = null;
                continue;
            }
            boolean wrapped = previous != null
                    && previous.length() >= 60
                    && !SENTENCE_END.matcher(previous).matches();
            if (current != null && wrapped) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static String normalizeSpaces(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202F', ' ')
                .replace("\u200B", "")
                .replace("\uFEFF", "")
                .replaceAll("[\\t\\x0B\\f ]+", " ");
    }

    // ---- HTML -------------------------------------------------------------------------------------------

    private static Element contentRoot(Document document) {
        document.select(REMOVED_TAGS).remove();
        for (Element element : document.body().getAllElements()) {
            if (element != document.body() && element.parent() != null && looksLikeNoise(element)) {
                element.remove();
            }
        }
        // Page-level header and footer go; an article's own header (its headline) stays.
        document.select("header, footer").stream()
                .filter(e -> e.closest("article") == null || e.tagName().equals("footer"))
                .forEach(Element::remove);
        Element best = null;
        for (Element article : document.select("article, [itemprop=articleBody], main, [role=main]")) {
            if (best == null || article.text().length() > best.text().length() * 1.5) {
                best = article;
            }
        }
        return best != null && best.text().length() > 0 ? best : document.body();
    }

    private static boolean looksLikeNoise(Element element) {
        String names = element.className() + " " + element.id();
        return !names.isBlank()
                && NOISE_NAME.matcher(names).find()
                && !element.tagName().equals("article");
    }

    /** One string per block of text, in document order; inline markup inside a block is flattened. */
    private static List<String> blocksOf(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            current.append(text.text());
                        } else if (node instanceof Element element && isBlock(element)) {
                            flush(blocks, current);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && isBlock(element)) {
                            flush(blocks, current);
                        }
                    }
                },
                root);
        flush(blocks, current);
        return blocks;
    }

    private static boolean isBlock(Element element) {
        return BLOCK_TAGS.matcher(element.tagName()).matches();
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String block = normalizeSpaces(current.toString()).replace('\n', ' ').strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

    private static ArticleMetadata metadataOf(Document document) {
        String title = firstOf(
                meta(document, "property", "og:title"),
                meta(document, "name", "twitter:title"),
                textOf(document.selectFirst("article h1, h1")),
                document.title());
        String outlet = firstOf(
                meta(document, "property", "og:site_name"),
                meta(document, "name", "application-name"),
                meta(document, "name", "publisher"));
        String author = firstOf(
                notUrl(meta(document, "name", "author")),
                notUrl(meta(document, "property", "article:author")),
                stripBy(meta(document, "name", "byl")),
                notUrl(meta(document, "name", "parsely-author")),
                textOf(document.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]")));
        String url = firstOf(
                attr(document.selectFirst("link[rel=canonical]"), "href"), meta(document, "property", "og:url"));
        OffsetDateTime published = parseTime(firstOf(
                meta(document, "property", "article:published_time"),
                meta(document, "name", "article:published_time"),
                meta(document, "itemprop", "datePublished"),
                meta(document, "name", "pubdate"),
                meta(document, "name", "date"),
                attr(document.selectFirst("time[datetime]"), "datetime")));
        String language = language(firstOf(
                attr(document.selectFirst("html[lang]"), "lang"),
                meta(document, "property", "og:locale"),
                meta(document, "http-equiv", "content-language")));
        return new ArticleMetadata(title, outlet, author, url, published, language);
    }

    private static String meta(Document document, String attribute, String value) {
        Element element = document.selectFirst("meta[" + attribute + "=" + value + "]");
        return element == null ? null : element.attr("content");
    }

    private static String attr(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return normalizeSpaces(value).strip();
            }
        }
        return null;
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private static String stripBy(String value) {
        return value == null ? null : value.replaceFirst("(?i)^by\\s+", "");
    }

    /** ISO-8601 with an offset, or a date alone (then midnight UTC); anything else is left for the editor. */
    static OffsetDateTime parseTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    // ---- lines common to both ---------------------------------------------------------------------------

    private record Lines(List<String> kept, List<String> dropped) {
        String text() {
            return String.join("\n\n", kept);
        }
    }

    private static Lines filter(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean inTeasers = false;
        String previous = null;
        for (String paragraph : paragraphs) {
            if (inTeasers && isBody(paragraph)) {
                inTeasers = false;
            }
            if (ChromeLines.endsArticle(paragraph)) {
                inTeasers = true;
            }
            if (inTeasers || ChromeLines.isChrome(paragraph) || paragraph.equals(previous)) {
                dropped.add(paragraph);
            } else {
                kept.add(paragraph);
            }
            previous = paragraph;
        }
        return new Lines(kept, dropped);
    }

    private static boolean isBody(String paragraph) {
        return paragraph.length() >= BODY_PARAGRAPH
                && SENTENCE_END.matcher(paragraph).matches();
    }

    /**
     * Plain text has no markup, so the headline is read off its shape: the first paragraph of four or more
     * words that does not end a sentence, before the body starts. "By A. Name", or a name-like line right
     * before the headline, is taken as the author.
     */
    private static ArticleMetadata fillGaps(ArticleMetadata found, List<String> paragraphs) {
        String title = found.title();
        String author = found.author();
        String previous = null;
        for (String paragraph : paragraphs) {
            if (isBody(paragraph)) {
                break;
            }
            var byline = BYLINE.matcher(paragraph);
            if (author == null && byline.matches()) {
                author = byline.group(1);
            } else if (title == null
                    && paragraph.split("\\s+").length >= 4
                    && paragraph.length() <= 300
                    && !SENTENCE_END.matcher(paragraph).matches()) {
                title = paragraph;
                if (author == null
                        && previous != null
                        && PERSON_NAME.matcher(previous).matches()) {
                    author = previous;
                }
            }
            previous = paragraph;
        }
        return new ArticleMetadata(title, found.outlet(), author, found.url(), found.publishedAt(), found.language());
    }
}

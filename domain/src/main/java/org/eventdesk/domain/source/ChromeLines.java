package org.eventdesk.domain.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that news aggregators and publishers put around an article: sign-up prompts, app adverts, share
 * buttons, section headers of teaser lists. They are matched against a whole line (case and apostrophe style
 * ignored), so a sentence in the article that merely contains such words is never dropped.
 *
 * <p>The list comes from pages editors actually paste (inkl, publishers' own sites); add a line here when a
 * new aggregator's chrome turns up, with a test that shows it.
 */
final class ChromeLines {
    private ChromeLines() {}

    private static final List<Pattern> CHROME = compile(
            // inkl's page around every article
            "get all your news in one place\\.?",
            "100'?s of premium titles\\.?",
            "one app\\.?",
            "start reading",
            "read news from 100'?s of titles,? curated specifically for you\\.?",
            "already a member\\? sign in here\\.?",
            "one subscription that gives you access to news from hundreds of sites\\.?",
            "fourteen days free\\.?",
            "download the app\\.?",
            "one app\\. one membership\\.?",
            "\\d+\\+? trusted global sources\\.?",
            // publishers' own chrome
            "advertisement",
            "sponsored( content)?",
            "skip to (main )?content",
            "(continue reading|read more|read the full (story|article))( below)?\\.?",
            "share( this( article| story)?)?( on (facebook|twitter|x|whatsapp|linkedin|email))?",
            "(copy link|link copied|print|email|comments?)",
            "(sign up|subscribe)( now)?( to| for)? (our|the|my)? ?.{0,40}newsletters?\\.?.*",
            "(accept|reject|manage) (all )?cookies.*",
            "(listen to|watch:?) this (article|story).*",
            "image:? .{0,40}(getty|reuters|ap|afp)( images)?\\)?",
            "\\d+ min(ute)?s? read");

    /** Headers after which the page lists other stories, not this one. */
    private static final List<Pattern> END_OF_ARTICLE = compile(
            "sign up to read this article\\.?",
            "related (stories|articles|content|coverage)",
            "top stories on .{1,40} right now",
            "our picks",
            "(most (read|popular|viewed)|trending( now)?|you (may|might) also like|recommended( for you)?|more stories)",
            "more (from|on) .{1,60}",
            "(read|see) also:?");

    static boolean isChrome(String line) {
        return matchesAny(CHROME, line) || matchesAny(END_OF_ARTICLE, line);
    }

    static boolean endsArticle(String line) {
        return matchesAny(END_OF_ARTICLE, line);
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        if (line.length() > 160) {
            return false;
        }
        String normalized = line.strip().replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> p.matcher(normalized).matches());
    }

    private static List<Pattern> compile(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}

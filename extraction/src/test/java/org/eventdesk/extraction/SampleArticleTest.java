package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.source.ArticleCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real article an editor pastes (shared/samples/inkl-kyiv-strikes.txt), cleaned as the desk cleans it. */
class SampleArticleTest {
    private static String text;
    private static Suggestions s;

    @BeforeAll
    static void read() throws IOException {
        // The EJB module ships the article as demo data; this test reads that one copy.
        String raw = new String(
                SampleArticleTest.class
                        .getResourceAsStream("/extraction/samples/inkl-kyiv-strikes.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        text = new ArticleCleaner().clean(raw).text();
        s = Shared.extract(text, "2025-12-27T14:30Z[Europe/London]");
    }

    private static FigureSuggestion figure(String words) {
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        return s.figures().stream()
                .filter(f -> f.start() < at + words.length() && at < f.end())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure at \"" + words + "\"; figures: " + s.figures()));
    }

    private static void assertFigure(String words, String category, Qualifier q, long value) {
        FigureSuggestion f = figure(words);
        assertEquals(category, f.category(), words);
        assertEquals(q, f.amount().qualifier(), words);
        assertEquals(
                0,
                BigDecimal.valueOf(value).compareTo(f.amount().value()),
                words + ": " + f.amount().value());
        assertEquals(text.substring(f.start(), f.end()), f.text());
    }

    @Test
    void everyFigureOfTheStrikeRecord() {
        assertFigure("almost 500 drones", "DRONES_LAUNCHED", Qualifier.APPROXIMATE, 500);
        assertEquals("almost 500", figure("almost 500 drones").text());
        assertFigure("40 missiles", "MISSILES_LAUNCHED", Qualifier.EXACT, 40);
        assertFigure("two people were killed", "KILLED", Qualifier.EXACT, 2);
        assertFigure("at least 46 people were wounded", "INJURED", Qualifier.AT_LEAST, 46);
        assertEquals("at least 46", figure("at least 46").text());
        assertFigure("587 drones", "DRONES_LAUNCHED", Qualifier.EXACT, 587);
        assertFigure("34 missiles", "MISSILES_LAUNCHED", Qualifier.EXACT, 34);
    }

    @Test
    void theTwoChildrenArePartOfTheFortySixWounded() {
        FigureSuggestion children = figure("two children");
        assertEquals("CHILDREN", children.category());
        assertEquals(Qualifier.EXACT, children.amount().qualifier());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(children.amount().value()));
        assertNotNull(children.parentIndex());
        FigureSuggestion parent = s.figures().get(children.parentIndex());
        assertEquals("at least 46", parent.text());
    }

    @Test
    void aThirdOfTheCapitalWithoutHeatIsAFraction() {
        FigureSuggestion f = figure("A third of the capital");
        assertEquals(Qualifier.FRACTION, f.amount().qualifier());
        assertEquals(0, BigDecimal.ONE.compareTo(f.amount().numerator()));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(f.amount().denominator()));
        assertNull(f.amount().value());
        assertEquals("WITHOUT_HEAT", f.category());
    }

    @Test
    void durationsAndPlanNamesAreNotFigures() {
        for (String words : List.of("10-hour", "20-point", "15-year", "60-day", "11.20am", "9.20am")) {
            int at = text.indexOf(words);
            assertTrue(
                    s.figures().stream().noneMatch(f -> f.start() <= at && at < f.end()), words + " read as a figure");
        }
    }

    @Test
    void theAlertEndedAtElevenTwentyLocalNineTwentyGmt() {
        TimeSuggestion t = s.times().stream()
                .filter(x -> x.text().startsWith("11.20am"))
                .findFirst()
                .orElseThrow();
        assertEquals("11.20am (9.20am GMT)", t.text());
        assertEquals("2025-12-27T11:20+02:00", t.local());
        assertEquals(Instant.parse("2025-12-27T09:20:00Z"), t.utc());
        assertEquals(TimePrecision.MINUTE, t.precision());
    }

    @Test
    void tuesdayIsThePastTuesdayAndSundaysMeetingIsTheComingSunday() {
        assertEquals("2025-12-23", time("Tuesday").local());
        assertEquals("2025-12-28", time("Sunday").local()); // "prepares for a ... meeting ... on Sunday"
        assertEquals("2025-12-26", time("overnight on Friday").local());
        assertEquals(TimePrecision.PART_OF_DAY, time("Saturday morning").precision());
    }

    private static TimeSuggestion time(String words) {
        return s.times().stream()
                .filter(t -> t.text().equals(words))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void zelenskyOnXAndTrumpToPolitico() {
        QuoteSuggestion x = quote("There have been many questions");
        assertEquals("Volodymyr Zelensky", x.speaker());
        assertEquals("post on X", x.medium());
        assertEquals("Volodymyr Zelensky", quote("This is the true attitude").speaker()); // continues, no attribution
        QuoteSuggestion politico = quote("He doesn’t have anything");
        assertEquals("Donald Trump", politico.speaker());
        assertEquals("interview with Politico", politico.medium());
        assertEquals("He doesn’t have anything until I approve it", politico.text());
        assertEquals("Donald Trump", quote("soon, as much as I want").speaker());
    }

    private static QuoteSuggestion quote(String start) {
        return s.quotes().stream()
                .filter(q -> q.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + start + " in " + s.quotes()));
    }

    @Test
    void placesAndActorsOfTheRecord() {
        assertTrue(s.places().stream()
                .anyMatch(p -> p.name().equals("Kyiv") && p.country().equals("UA")));
        assertTrue(
                s.places().stream().anyMatch(p -> p.name().equals("Florida") && p.precision() == GeoPrecision.REGION));
        assertTrue(
                s.places().stream().anyMatch(p -> p.name().equals("Canada") && p.precision() == GeoPrecision.COUNTRY));
        assertTrue(s.actors().stream().anyMatch(a -> a.name().equals("Russia") && a.kind() == ActorKind.STATE));
        assertTrue(s.actors().stream()
                .anyMatch(a -> a.name().equals("Volodymyr Zelensky")
                        && a.mentions().stream().anyMatch(m -> text.substring(m.start(), m.end())
                                .equals("Mr Zelensky"))));
        assertTrue(s.actors().stream().anyMatch(a -> a.name().equals("Mark Carney") && a.kind() == ActorKind.PERSON));
    }

    /** A place the article names, once: the test fails when there is none or several. */
    private static PlaceSuggestion place(String name) {
        List<PlaceSuggestion> named =
                s.places().stream().filter(p -> p.name().equals(name)).toList();
        assertEquals(1, named.size(), () -> name + " in " + s.places());
        return named.get(0);
    }

    @Test
    void eachPlaceIsOneSuggestionWithEveryMentionAsEvidence() {
        PlaceSuggestion kyiv = place("Kyiv");
        assertEquals(7, kyiv.mentions().size(), kyiv::toString);
        kyiv.mentions().forEach(m -> assertEquals("Kyiv", text.substring(m.start(), m.end())));
        assertEquals(GeoPrecision.NEAR, kyiv.precision());
        PlaceSuggestion us = s.places().stream()
                .filter(p -> p.gazetteerName().equals("United States"))
                .findFirst()
                .orElseThrow();
        assertEquals("United States", us.name(), "an abbreviation is no name: US is the United States");
        assertEquals(10, us.mentions().size(), "US nine times, United States once: " + us);
        assertEquals(
                s.places().size(),
                s.places().stream()
                        .map(PlaceSuggestion::gazetteerName)
                        .distinct()
                        .count(),
                () -> "a place listed twice: " + s.places());
        List<Integer> starts = s.places().stream().map(PlaceSuggestion::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "in the order of first mention");
    }

    @Test
    void eachActorIsOneSuggestionWithEveryMention() {
        List<ActorSuggestion> zelensky = s.actors().stream()
                .filter(a -> a.name().equals("Volodymyr Zelensky"))
                .toList();
        assertEquals(1, zelensky.size(), zelensky::toString);
        List<String> words = zelensky.get(0).mentions().stream()
                .map(m -> text.substring(m.start(), m.end()))
                .toList();
        assertTrue(words.size() > 3 && words.contains("Mr Zelensky"), words::toString);
        assertEquals(
                s.actors().size(),
                s.actors().stream().map(a -> a.kind() + a.name()).distinct().count(),
                () -> "an actor listed twice: " + s.actors());
    }

    @Test
    void theTimesOfAKyivStoryAreInKyivsZone() {
        TimeSuggestion overnight = time("overnight on Friday");
        assertEquals(ZoneId.of("Europe/Kyiv"), overnight.zone(), "not the outlet's London nor UTC");
        assertEquals(LocalDateTime.parse("2025-12-26T00:00"), overnight.localStart());
        TimeSuggestion alert = s.times().stream()
                .filter(x -> x.text().startsWith("11.20am"))
                .findFirst()
                .orElseThrow();
        assertEquals(ZoneId.of("Europe/Kyiv"), alert.zone(), "+02:00 in December is Kyiv's own offset");
        assertEquals(LocalDateTime.parse("2025-12-27T11:20"), alert.localStart());
        assertEquals(ZoneId.of("Europe/Kyiv"), place("Kyiv").zone());
    }
}

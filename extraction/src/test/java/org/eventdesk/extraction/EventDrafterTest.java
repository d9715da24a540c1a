package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.source.ArticleCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events of the sample article, and the drafter's rules on short texts of their own. */
class EventDrafterTest {
    private static final EventDrafter DRAFTER = new EventDrafter();
    private static String text;
    private static List<ProposedEvent> events;

    @BeforeAll
    static void read() throws IOException {
        String raw = new String(
                EventDrafterTest.class
                        .getResourceAsStream("/extraction/samples/inkl-kyiv-strikes.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        text = new ArticleCleaner().clean(raw).text();
        ZonedDateTime published = ZonedDateTime.parse("2025-12-27T14:30Z[Europe/London]");
        events = DRAFTER.draft(text, published, Shared.EXTRACTOR.extract(text, published));
    }

    private static String describe(ProposedEvent e) {
        return e.type() + " | " + e.title() + " | " + e.occurrence() + " | "
                + (e.time() == null
                        ? "-"
                        : e.time().localStart() + " " + e.time().precision() + " "
                                + e.time().zone())
                + " | " + e.places().stream().map(PlaceSuggestion::name).toList() + " | "
                + e.actors().stream()
                        .map(a -> a.actor().name() + ":" + a.role())
                        .toList() + " | "
                + e.figures().stream().map(f -> f.category() + " " + f.text()).toList() + " | "
                + e.claims().stream().map(QuoteSuggestion::speaker).toList();
    }

    private static ProposedEvent on(String type, String date) {
        return events.stream()
                .filter(e -> e.type().equals(type)
                        && e.time() != null
                        && e.time().localStart().toLocalDate().equals(LocalDate.parse(date)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on " + date + " among "
                        + events.stream().map(EventDrafterTest::describe).toList()));
    }

    private static boolean hasFigure(ProposedEvent e, String category, Qualifier qualifier, int value) {
        return e.figures().stream()
                .anyMatch(f -> f.category().equals(category)
                        && f.amount().qualifier() == qualifier
                        && f.amount().value() != null
                        && f.amount().value().intValue() == value);
    }

    @Test
    void theOvernightStrikeOnKyivIsOneEventWithItsFiguresPlacesAndActors() {
        ProposedEvent strike = on("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", "2025-12-26");
        assertEquals(TimePrecision.PART_OF_DAY, strike.time().precision());
        assertEquals(ZoneId.of("Europe/Kyiv"), strike.time().zone());
        assertTrue(
                hasFigure(strike, "KILLED", Qualifier.EXACT, 2),
                strike.figures().toString());
        assertTrue(
                hasFigure(strike, "INJURED", Qualifier.AT_LEAST, 46),
                strike.figures().toString());
        assertTrue(
                hasFigure(strike, "DRONES_LAUNCHED", Qualifier.APPROXIMATE, 500),
                strike.figures().toString());
        assertTrue(
                strike.places().stream().anyMatch(p -> p.name().equals("Kyiv")),
                strike.places().toString());
        assertTrue(
                strike.actors().stream()
                        .anyMatch(a -> a.actor().name().equals("Russia") && a.role() == ActorRole.INITIATOR),
                strike.actors().toString());
        assertNull(strike.occurrence(), "reported after the fact");
        // The children are part of the injured of the same event.
        FigureSuggestion children = strike.figures().stream()
                .filter(f -> f.category().equals("CHILDREN"))
                .findFirst()
                .orElseThrow();
        assertEquals("at least 46", strike.figures().get(children.parentIndex()).text());
        assertTrue(strike.claims().stream().anyMatch(q -> "Volodymyr Zelensky".equals(q.speaker())));
    }

    @Test
    void tuesdaysEarlierStrikeIsAnEventOfItsOwnWithItsOwnFigures() {
        ProposedEvent earlier = on("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", "2025-12-23");
        assertTrue(
                hasFigure(earlier, "DRONES_LAUNCHED", Qualifier.EXACT, 587),
                earlier.figures().toString());
        assertTrue(
                hasFigure(earlier, "MISSILES_LAUNCHED", Qualifier.EXACT, 34),
                earlier.figures().toString());
        assertTrue(
                earlier.figures().stream().noneMatch(f -> f.category().equals("KILLED")),
                "the deaths are the overnight strike's: " + earlier.figures());
    }

    @Test
    void thePlannedMeetingWithTrumpIsScheduledAndTheStopOverInCanadaIsAnotherMeeting() {
        ProposedEvent trump = on("MEETING", "2025-12-28");
        assertEquals(Occurrence.SCHEDULED, trump.occurrence());
        assertTrue(trump.title().contains("Donald Trump"), trump.title());
        ProposedEvent carney = events.stream()
                .filter(e -> e.type().equals("MEETING") && e != trump)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        events.stream().map(EventDrafterTest::describe).toList()));
        assertTrue(
                carney.places().stream().anyMatch(p -> p.name().equals("Canada")),
                carney.places().toString());
        assertTrue(carney.title().contains("Mark Carney"), carney.title());
    }

    @Test
    void theSampleReportsFourEvents() {
        assertEquals(
                4,
                events.size(),
                events.stream().map(EventDrafterTest::describe).toList().toString());
    }

    @Test
    void everyFactOfADraftPointsAtTheWordsItCameFrom() {
        for (ProposedEvent e : events) {
            RecordInput input = e.toInput(7L, text);
            assertNotNull(input.title());
            assertTrue(input.summaryEvidence().stream().allMatch(r -> r.sourceId() == 7L));
            for (RecordInput.FigureInput f : input.figures()) {
                RecordInput.EvidenceRef ref = f.evidence().get(0);
                assertTrue(
                        e.figures().stream().anyMatch(s -> s.start() == ref.start() && s.end() == ref.end()),
                        "figure evidence is the figure's own words");
            }
            input.places()
                    .forEach(p ->
                            assertTrue(!p.evidence().isEmpty() && p.evidence().size() <= 20));
            input.claims().forEach(c -> assertNotNull(c.speaker()));
            if (input.time() != null) {
                assertEquals(e.time().zone().getId(), input.time().zone());
                assertEquals(e.time().localStart(), input.time().start().toLocalDateTime());
            }
        }
    }

    private static List<ProposedEvent> draft(String text, String published) {
        ZonedDateTime at = ZonedDateTime.parse(published);
        return DRAFTER.draft(text, at, Shared.EXTRACTOR.extract(text, at));
    }

    @Test
    void backgroundFromEarlierYearsIsNoEvent() {
        List<ProposedEvent> found = draft(
                "A fire at a warehouse in Dhaka killed at least 5 workers on Wednesday, officials said.\n\n"
                        + "A similar fire in the same district killed 31 people in 2019.",
                "2025-04-02T20:30+06:00[Asia/Dhaka]");
        assertEquals(1, found.size(), found.toString());
        assertTrue(hasFigure(found.get(0), "KILLED", Qualifier.AT_LEAST, 5));
        assertTrue(found.get(0).figures().stream()
                .noneMatch(f -> f.amount().value().intValue() == 31));
    }

    @Test
    void aMeetingTheArticleSaysWillHappenIsScheduled() {
        List<ProposedEvent> found = draft(
                "Foreign ministers will meet in Geneva next Monday to discuss a ceasefire, the ministry said.",
                "2025-06-11T19:20+02:00[Europe/Zurich]");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Occurrence.SCHEDULED, found.get(0).occurrence());
        assertEquals(
                LocalDate.parse("2025-06-16"), found.get(0).time().localStart().toLocalDate());
        assertEquals(ZoneId.of("Europe/Zurich"), found.get(0).time().zone());
    }

    @Test
    void aTimeRightAfterSaidIsWhenItWasReportedNotWhenItHappened() {
        List<ProposedEvent> found = draft(
                "Flash floods in the Valencia region have killed at least 62 people, regional authorities said on"
                        + " Thursday, after heavy rain fell on Tuesday night.",
                "2025-10-30T20:00+01:00[Europe/Madrid]");
        assertEquals(1, found.size(), found.toString());
        assertEquals("DISASTER", found.get(0).type());
        assertEquals(
                LocalDate.parse("2025-10-28"), found.get(0).time().localStart().toLocalDate());
    }

    @Test
    void noTriggerNoEvent() {
        assertTrue(draft("The minister said the budget was balanced.", "2025-10-30T20:00+01:00[Europe/Madrid]")
                .isEmpty());
    }
}

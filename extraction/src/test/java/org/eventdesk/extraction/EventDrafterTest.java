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
    void dronesShotDownInAStoryOfShellingAreAnInterceptionOfTheirOwnWhereTheCityIs() {
        List<ProposedEvent> found = draft(
                "Shelling hit a crowded market in Omdurman on Sunday, killing 54 people, the health ministry said.\n\n"
                        + "The army said its forces had shot down five drones launched towards the city overnight.",
                "2025-05-12T19:00+02:00[Africa/Khartoum]");
        assertEquals(
                2,
                found.size(),
                found.stream().map(EventDrafterTest::describe).toList().toString());
        assertEquals(
                "EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK",
                found.get(0).type());
        ProposedEvent interception = found.get(1);
        assertEquals("STRATEGIC_DEVELOPMENTS.DISRUPTED_WEAPONS_USE", interception.type());
        assertEquals(
                List.of("Omdurman"),
                interception.places().stream().map(PlaceSuggestion::name).toList());
        assertEquals(TimePrecision.PART_OF_DAY, interception.time().precision());
    }

    @Test
    void dronesShotDownInADroneAttackArePartOfThatAttack() {
        List<ProposedEvent> found = draft(
                "Russia launched 48 drones at Odesa overnight, killing two people. Air defences destroyed 41 of the"
                        + " drones, the air force said.",
                "2025-12-03T09:00+02:00[Europe/Kyiv]");
        assertEquals(
                1,
                found.size(),
                found.stream().map(EventDrafterTest::describe).toList().toString());
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", found.get(0).type());
    }

    @Test
    void aDemonstrationsTypeFollowsWhoWasViolent() {
        String kenya = "2025-07-08T18:40+03:00[Africa/Nairobi]";
        assertEquals(
                "PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS",
                draft("Police fired on protesters in Nairobi on Monday, killing at least 31 people.", kenya)
                        .get(0)
                        .type());
        assertEquals(
                "RIOTS.VIOLENT_DEMONSTRATION",
                draft("Protesters threw stones at police in Nairobi on Monday and 12 officers were hurt.", kenya)
                        .get(0)
                        .type());
        assertEquals(
                "PROTESTS.PROTEST_WITH_INTERVENTION",
                draft(
                                "Thousands marched in Nairobi on Monday. Clashes broke out near parliament and police made 31"
                                        + " arrests.",
                                kenya)
                        .get(0)
                        .type());
        assertEquals(
                "PROTESTS.PEACEFUL_PROTEST",
                draft("Thousands marched peacefully in Nairobi on Monday.", kenya)
                        .get(0)
                        .type());
    }

    @Test
    void theEventSaidToHaveHappenedAtATimeIsTheEventTheLeadToldOfAnotherDay() {
        List<ProposedEvent> found = draft(
                "Rescuers reached 9 miners trapped by a collapse at a copper mine in Chile on Saturday.\n\n"
                        + "The collapse happened at 11:40 pm on Thursday, about 600 metres underground.",
                "2025-09-20T20:00-03:00[America/Santiago]");
        assertEquals(
                1,
                found.size(),
                found.stream().map(EventDrafterTest::describe).toList().toString());
        assertEquals(
                LocalDate.parse("2025-09-18"), found.get(0).time().localStart().toLocalDate());
        assertEquals(TimePrecision.MINUTE, found.get(0).time().precision());
    }

    @Test
    void aClockTimeWithinThePartOfTheDayGivenIsWhenItHappened() {
        ProposedEvent collapse = draft(
                        "A building collapsed in Mumbai early on Thursday, killing at least nine people.\n\n"
                                + "\"We heard a loud crack at around 3am and then the whole block came down,\" said"
                                + " Ramesh Patil.",
                        "2025-08-28T13:20+05:30[Asia/Kolkata]")
                .get(0);
        assertEquals(TimePrecision.HOUR, collapse.time().precision());
        assertEquals(3, collapse.time().localStart().getHour());
        ProposedEvent crash = draft(
                        "A bus plunged into a ravine late on Sunday, killing 24 people, police said. It had left Lima"
                                + " at 6pm.",
                        "2025-02-17T10:00-05:00[America/Lima]")
                .get(0);
        assertEquals(TimePrecision.PART_OF_DAY, crash.time().precision(), "6 pm is not late on Sunday");
    }

    @Test
    void aStatementIsWhereItWasMade() {
        ProposedEvent statement = draft(
                        "The head of the UN refugee agency warned on Thursday that half of Sudan needs aid, as"
                                + " fighting spread to El Fasher.\n\n\"Families are fleeing,\" UNHCR chief Mariam"
                                + " Okafor said in a statement from Geneva.",
                        "2025-08-21T18:00+02:00[Europe/Zurich]")
                .get(0);
        assertEquals("STATEMENT", statement.type());
        assertEquals(
                List.of("Geneva"),
                statement.places().stream().map(PlaceSuggestion::name).toList());
    }

    @Test
    void noTriggerNoEvent() {
        assertTrue(draft("The minister said the budget was balanced.", "2025-10-30T20:00+01:00[Europe/Madrid]")
                .isEmpty());
    }
}

package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eventdesk.domain.record.TimePrecision;
import org.junit.jupiter.api.Test;

class TimeRulesTest {
    /** A Saturday afternoon in Kyiv. */
    private static final String SATURDAY = "2025-12-27T16:00+02:00[Europe/Kyiv]";

    private static TimeSuggestion only(String text, String published) {
        List<TimeSuggestion> t = Shared.extract(text, published).times();
        assertEquals(1, t.size(), () -> text + " -> " + t);
        return t.get(0);
    }

    @Test
    void earlyOrLateOnADayIsAPartOfThatDay() {
        TimeSuggestion early = only("A building collapsed early on Thursday.", SATURDAY);
        assertEquals("early on Thursday", early.text());
        assertEquals("2025-12-25", early.local());
        assertEquals(TimePrecision.PART_OF_DAY, early.precision());
        TimeSuggestion late = only("A bus crashed late Tuesday.", SATURDAY);
        assertEquals("late Tuesday", late.text());
        assertEquals(TimePrecision.PART_OF_DAY, late.precision());
    }

    @Test
    void aBracketedGmtReadingGivesTheOffsetAndTheInstant() {
        TimeSuggestion t = only("The alert ended at 11.20am (9.20am GMT).", SATURDAY);
        assertEquals("11.20am (9.20am GMT)", t.text());
        assertEquals("2025-12-27T11:20+02:00", t.local());
        assertEquals(Instant.parse("2025-12-27T09:20:00Z"), t.utc());
        assertEquals(TimePrecision.MINUTE, t.precision());
    }

    @Test
    void aUtcReadingBeforeMidnightIsThePreviousDay() {
        TimeSuggestion t =
                only("Explosions were heard at 2 a.m. local time (2300 GMT).", "2025-06-14T09:00+03:00[Europe/Moscow]");
        assertEquals("2025-06-14T02:00+03:00", t.local());
        assertEquals(Instant.parse("2025-06-13T23:00:00Z"), t.utc());
        assertEquals(TimePrecision.HOUR, t.precision());
    }

    @Test
    void aWeekdayInTheBracketsDatesTheUtcReading() {
        // Published Monday 17 March in Manila: 23:45 GMT on Sunday 16 March is 07:45 on Monday at +08:00.
        TimeSuggestion t =
                only("The fire broke out at 7:45 am (2345 GMT Sunday).", "2025-03-17T14:30+08:00[Asia/Manila]");
        assertEquals("2025-03-17T07:45+08:00", t.local());
        assertEquals(Instant.parse("2025-03-16T23:45:00Z"), t.utc());
    }

    @Test
    void aNamedZoneUsesItsOwnRules() {
        TimeSuggestion summer = only("Sirens sounded at 3.10am Kyiv time.", "2025-07-05T12:00+03:00[Europe/Kyiv]");
        assertEquals("2025-07-05T03:10+03:00", summer.local());
        assertEquals(Instant.parse("2025-07-05T00:10:00Z"), summer.utc());
        TimeSuggestion gmt = only("The ship sank at 0600 GMT.", SATURDAY);
        assertEquals(Instant.parse("2025-12-27T06:00:00Z"), gmt.utc());
    }

    @Test
    void withoutAZoneTheLocalReadingHasNoOffset() {
        TimeSuggestion t = only("The bus left at 6pm.", SATURDAY);
        assertEquals("2025-12-26T18:00", t.local()); // later than publication on the day: the day before
        assertNull(t.utc());
    }

    @Test
    void pastWeekdaysAreOnOrBeforeThePublishedDate() {
        assertEquals(
                "2025-12-23",
                only("Moscow launched 587 drones on Tuesday.", SATURDAY).local());
        assertEquals(
                "2025-12-27",
                only("The attack continued on Saturday.", SATURDAY).local());
        assertEquals("2025-12-20", only("It was hit last Saturday.", SATURDAY).local());
    }

    @Test
    void forwardLookingWeekdaysAreTheNextOne() {
        assertEquals(
                "2025-12-28",
                only("He prepares for a meeting with Trump on Sunday.", SATURDAY)
                        .local());
        assertEquals(
                "2025-12-30",
                only("The leaders will meet on Tuesday.", SATURDAY).local());
        assertEquals("2025-12-29", only("Talks resume next Monday.", SATURDAY).local());
    }

    @Test
    void aFutureTenseInsideAQuoteDoesNotMoveTheReportsWeekday() {
        assertEquals(
                "2025-12-21",
                Shared.extract("\"We will respond,\" he said of the attack on Sunday.", SATURDAY)
                        .times()
                        .get(0)
                        .local());
    }

    @Test
    void aMonthAheadIsTheComingOneAndAMonthPastTheLastOne() {
        String march = "2025-03-21T17:45+01:00[Europe/Brussels]";
        assertEquals("2025-06", only("Allies will meet again in June.", march).local());
        assertEquals("2024-12", only("The deal was signed in December.", march).local());
        assertEquals(
                "2025-03-20",
                only("Talks ran over the next four years' budget into Thursday night.", march)
                        .local());
    }

    @Test
    void partsOfDaysNightsWeeksAndMonths() {
        TimeSuggestion morning = only("The attack continued throughout Saturday morning.", SATURDAY);
        assertEquals(TimePrecision.PART_OF_DAY, morning.precision());
        assertEquals("2025-12-27", morning.local());

        TimeSuggestion overnight = only("Russia attacked overnight.", SATURDAY);
        assertEquals(TimePrecision.PART_OF_DAY, overnight.precision());
        assertEquals("2025-12-26", overnight.local()); // the night that began the evening before

        assertEquals(
                "2025-12-26",
                only("Drones struck overnight on Friday.", SATURDAY).local());

        TimeSuggestion week = only("He told Axios earlier this week that a deal was near.", SATURDAY);
        assertEquals(TimePrecision.WEEK, week.precision());
        assertEquals("2025-W52", week.local());

        TimeSuggestion month = only("The war began in April 2023.", SATURDAY);
        assertEquals(TimePrecision.MONTH, month.precision());
        assertEquals("2023-04", month.local());
    }

    @Test
    void aClockTimeAfterAnOvernightIsOnTheNightsSecondDate() {
        List<TimeSuggestion> t = Shared.extract(
                        "Drones attacked the city overnight. The first explosions came at 2 a.m. local time (0000 GMT).",
                        "2025-11-14T09:40+02:00[Europe/Kyiv]")
                .times();
        assertEquals("2025-11-13", t.get(0).local());
        assertEquals("2025-11-14T02:00+02:00", t.get(1).local());
    }

    @Test
    void withoutAPublishedTimeSpansAreStillSuggested() {
        List<TimeSuggestion> t = Shared.extract("The alert ended at 11.20am (9.20am GMT) on Saturday.", null)
                .times();
        assertEquals(2, t.size());
        for (TimeSuggestion x : t) {
            assertNull(x.local());
            assertNull(x.utc());
        }
        assertEquals(TimePrecision.MINUTE, t.get(0).precision());
        assertEquals(TimePrecision.DAY, t.get(1).precision());
    }

    @Test
    void aTimeTakesTheZoneOfThePlacesTheArticleNamesMost() {
        TimeSuggestion t = Shared.extract(
                        "Drones hit Odesa and Kyiv on Tuesday. Kyiv's mayor spoke in Warsaw.",
                        "2025-12-27T14:30Z[Europe/London]")
                .times()
                .get(0);
        assertEquals(ZoneId.of("Europe/Kyiv"), t.zone());
        assertEquals(LocalDateTime.parse("2025-12-23T00:00"), t.localStart());
    }

    @Test
    void withoutCitiesTheCountriesZoneAndWithoutPlacesTheOutletsZone() {
        assertEquals(
                ZoneId.of("Europe/Warsaw"),
                Shared.extract("Poland said on Tuesday it would help.", "2025-12-27T14:30Z[Europe/London]")
                        .times()
                        .get(0)
                        .zone());
        assertEquals(
                ZoneId.of("Europe/London"),
                Shared.extract("The meeting ended on Tuesday.", "2025-12-27T14:30Z[Europe/London]")
                        .times()
                        .get(0)
                        .zone());
        assertNull(
                Shared.extract("The meeting ended on Tuesday.", "2025-12-27T14:30Z")
                        .times()
                        .get(0)
                        .zone(),
                "a bare offset or UTC says nothing about where the story is");
    }

    @Test
    void anOffsetTheArticlesZoneDoesNotHaveThenStaysTheOffset() {
        TimeSuggestion t = Shared.extract(
                        "Sirens sounded in Kyiv at 2 a.m. local time (2300 GMT).", "2025-06-14T08:00Z[Europe/London]")
                .times()
                .get(0);
        assertEquals(ZoneId.of("Europe/Kyiv"), t.zone(), "+03:00 in June is Kyiv's summer offset");
        TimeSuggestion other = Shared.extract(
                        "Sirens sounded in Kyiv at 9 a.m. local time (2300 GMT).", "2025-06-14T08:00Z[Europe/London]")
                .times()
                .get(0);
        assertEquals(ZoneOffset.ofHours(10), other.zone());
    }

    @Test
    void anOffsetAloneTakesTheZoneAnEditorChoseWhenThatZoneHasItThen() {
        TimeSuggestion t = Shared.extract("The alert ended at 11.20am (9.20am GMT).", "2025-12-27T14:30Z")
                .times()
                .get(0);
        assertEquals(ZoneOffset.ofHours(2), t.zone(), "no place to say more than the offset");
        assertEquals(
                ZoneId.of("Europe/Kyiv"), t.inZone(ZoneId.of("Europe/Kyiv")).zone());
        assertEquals(ZoneOffset.ofHours(2), t.inZone(ZoneId.of("Europe/London")).zone(), "London is +00:00 then");
        TimeSuggestion named = Shared.extract("Sirens sounded at 2 a.m. Kyiv time.", "2025-12-27T14:30Z")
                .times()
                .get(0);
        assertEquals(
                ZoneId.of("Europe/Kyiv"),
                named.inZone(ZoneId.of("Europe/London")).zone(),
                "named in the text");
    }
}

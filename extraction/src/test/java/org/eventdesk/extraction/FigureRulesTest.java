package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.eventdesk.domain.record.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureRulesTest {

    private static List<FigureSuggestion> figures(String text) {
        return Shared.extract(text, null).figures();
    }

    private static FigureSuggestion only(String text) {
        List<FigureSuggestion> f = figures(text);
        assertEquals(1, f.size(), () -> text + " -> " + f);
        return f.get(0);
    }

    private static void assertValue(long expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), () -> expected + " != " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Almost 500 drones were launched.|APPROXIMATE|500|Almost 500",
                "Nearly 3,000 residents fled.|APPROXIMATE|3000|Nearly 3,000",
                "About 40 people gathered.|APPROXIMATE|40|About 40",
                "Police said around 40 people were hurt.|APPROXIMATE|40|around 40",
                "Some 45,000 people took part.|APPROXIMATE|45000|Some 45,000",
                "Roughly 2.5 million people were displaced.|APPROXIMATE|2500000|Roughly 2.5 million",
                "At least 46 people were wounded.|AT_LEAST|46|At least 46",
                "No fewer than 1,500 people were evacuated.|AT_LEAST|1500|No fewer than 1,500",
                "More than 240 people were injured.|MORE_THAN|240|More than 240",
                "Over 100 protesters were detained.|MORE_THAN|100|Over 100",
                "Upwards of 400,000 homes were without power.|MORE_THAN|400000|Upwards of 400,000",
                "Up to 150 people may be missing.|AT_MOST|150|Up to 150",
                "At most 20 soldiers were killed.|AT_MOST|20|At most 20",
                "Fewer than 500 officers were on duty.|FEWER_THAN|500|Fewer than 500",
                "Less than 30 people were arrested.|FEWER_THAN|30|Less than 30",
                "Under 200 people attended.|FEWER_THAN|200|Under 200",
                "Forty people were killed.|EXACT|40|Forty",
                "Twenty-five civilians were killed.|EXACT|25|Twenty-five",
                "The blast killed 3,400 people.|EXACT|3400|3,400",
                "A dozen people were arrested.|APPROXIMATE|12|A dozen",
                "The attack injured dozens.|AT_LEAST|24|dozens",
                "Police arrested 40 or more protesters.|AT_LEAST|40|40 or more",
            })
    void qualifiersAndNumbers(String text, Qualifier qualifier, long value, String span) {
        FigureSuggestion f = only(text);
        assertEquals(qualifier, f.amount().qualifier());
        assertValue(value, f.amount().value());
        assertEquals(span, f.text());
        assertEquals(text.substring(f.start(), f.end()), f.text());
    }

    @Test
    void rangesFillLowAndHigh() {
        FigureSuggestion between = only("Between 8 and 10 officers were hurt.");
        assertEquals(Qualifier.RANGE, between.amount().qualifier());
        assertValue(8, between.amount().low());
        assertValue(10, between.amount().high());
        assertNull(between.amount().value());
        assertEquals("Between 8 and 10", between.text());

        FigureSuggestion to = only("The storm killed 20 to 30 people.");
        assertEquals(Qualifier.RANGE, to.amount().qualifier());
        assertValue(20, to.amount().low());
        assertValue(30, to.amount().high());

        FigureSuggestion or = only("Two or three soldiers were wounded.");
        assertEquals(Qualifier.RANGE, or.amount().qualifier());
        assertValue(2, or.amount().low());
        assertValue(3, or.amount().high());
    }

    @Test
    void fractionsAndPercentages() {
        FigureSuggestion third = only("A third of the capital was left without heat.");
        assertEquals(Qualifier.FRACTION, third.amount().qualifier());
        assertValue(1, third.amount().numerator());
        assertValue(3, third.amount().denominator());
        assertEquals("WITHOUT_HEAT", third.category());

        FigureSuggestion percent = only("The draft is 90 per cent complete.");
        assertEquals(Qualifier.FRACTION, percent.amount().qualifier());
        assertValue(90, percent.amount().numerator());
        assertValue(100, percent.amount().denominator());

        FigureSuggestion twoThirds = only("Two-thirds of the roads were closed.");
        assertValue(2, twoThirds.amount().numerator());
        assertValue(3, twoThirds.amount().denominator());

        assertEquals(
                Qualifier.FRACTION, only("The fire was 5% contained.").amount().qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "The war began in 2022.",
                "The alert ended at 11.20am (9.20am GMT).",
                "It happened at 2 a.m. local time.",
                "The talks are set for 7:45 on Monday.",
                "The strike came on 27 December.",
                "The meeting is on December 27.",
                "A 34-year-old man was arrested.",
                "The driver, aged 60, survived.",
                "A magnitude 6.1 earthquake struck the coast.",
                "A 6.1-magnitude quake hit the region.",
                "Leaders of the G7 met in Rome.",
                "The Group of 20 met in Delhi.",
                "Ukraine asked for more F-16 jets.",
                "He said the 20-point plan was nearly ready.",
                "The air raid alert lasted 10 hours.",
                "A 60-day ceasefire was agreed.",
                "The quake struck at a depth of 10 km.",
                "Flight 370 disappeared.",
                "Olena Koval, 34, said she heard the blast.",
                "It was the 27th attack this year.",
                "One of the leaders spoke first.",
                "The two leaders met in Geneva.",
            })
    void notFigures(String text) {
        assertEquals(List.of(), figures(text), text);
    }

    @Test
    void includingTwoChildrenIsPartOfTheFigureBefore() {
        List<FigureSuggestion> f = figures("At least 46 people were wounded, including two children, officials said.");
        assertEquals(2, f.size());
        assertEquals("INJURED", f.get(0).category());
        assertNull(f.get(0).parentIndex());
        assertEquals("CHILDREN", f.get(1).category());
        assertEquals(0, f.get(1).parentIndex());
    }

    @Test
    void aPartNamedAfterTheNumberTakesItsParentsCategory() {
        List<FigureSuggestion> f = figures("Fourteen officers were injured, four of them seriously.");
        assertEquals(2, f.size());
        assertEquals(0, f.get(1).parentIndex());
        assertEquals("INJURED", f.get(1).category());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Russia launched 40 missiles overnight.|MISSILES_LAUNCHED",
                "Russia launched 500 drones overnight.|DRONES_LAUNCHED",
                "Air defences shot down 450 drones.|INTERCEPTED",
                "The strike killed 12 people.|KILLED",
                "Twelve people were wounded.|INJURED",
                "Police arrested 45 protesters.|ARRESTED",
                "Some 5,000 troops were deployed.|SOLDIERS",
                "More than 30,000 people were evacuated.|EVACUATED",
                "Nearly 3,000 people were displaced.|DISPLACED",
                "About 40,000 households were left without power.|WITHOUT_POWER",
                "Nine buildings were damaged.|BUILDINGS_DAMAGED",
                "Seven people are still missing.|MISSING",
                "Hamas released 20 hostages.|HOSTAGES",
                "About 10,000 protesters marched through the city.|CROWD_SIZE",
            })
    void categoryFromNearbyWords(String text, String category) {
        assertEquals(category, only(text).category());
    }

    @Test
    void aNumberWordBeforeAnyPluralNounCounts() {
        FigureSuggestion f = only("Police detained two managers.");
        assertValue(2, f.amount().value());
        assertEquals("ARRESTED", f.category());
        assertEquals(List.of(), figures("The talks lasted two hours."));
    }

    @Test
    void noCategoryWhenTheWordsSayNothingClear() {
        assertNull(only("Delegations from 14 countries confirmed.").category());
    }

    @Test
    void verbsOnEitherSideOfTwoFiguresStayWithTheirOwnFigure() {
        List<FigureSuggestion> f = figures("The bombardment killed two and injured dozens.");
        assertEquals(2, f.size());
        assertEquals("KILLED", f.get(0).category());
        assertEquals("INJURED", f.get(1).category());
    }

    @Test
    void figureSpansCoverQualifierWords() {
        String text = "Russia launched almost 500 drones and 40 missiles.";
        List<FigureSuggestion> f = figures(text);
        assertTrue(f.stream().allMatch(x -> text.substring(x.start(), x.end()).equals(x.text())));
        assertEquals("almost 500", f.get(0).text());
        assertEquals("40", f.get(1).text());
    }
}

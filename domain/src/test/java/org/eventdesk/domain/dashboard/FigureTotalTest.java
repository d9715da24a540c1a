package org.eventdesk.domain.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTotalTest {

    static Amount exact(long v) {
        return Amount.of(Qualifier.EXACT, BigDecimal.valueOf(v));
    }

    static Amount of(Qualifier q, long v) {
        return Amount.of(q, BigDecimal.valueOf(v));
    }

    static Amount range(long low, long high) {
        return Amount.range(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
    }

    static String sum(Amount... amounts) {
        return FigureTotal.of(List.of(amounts)).describe();
    }

    @Test
    void exactFiguresAddUpToAnExactNumber() {
        assertEquals("160", sum(exact(40), exact(120)));
        assertEquals("0", FigureTotal.none().describe());
        assertEquals(
                "2.5",
                sum(
                        Amount.of(Qualifier.EXACT, new BigDecimal("1.2500")),
                        exact(0),
                        Amount.of(Qualifier.EXACT, new BigDecimal("1.25"))));
    }

    @Test
    void aSumOfAtLeastFiguresIsAtLeastTheirSum() {
        assertEquals("at least 160", sum(of(Qualifier.AT_LEAST, 40), of(Qualifier.AT_LEAST, 120)));
        assertEquals("at least 160", sum(of(Qualifier.AT_LEAST, 40), exact(120)), "one open end opens the sum");
        assertEquals("at least 50", sum(of(Qualifier.AT_LEAST, 40), range(10, 20)), "a range adds its low end");
    }

    @Test
    void moreThanStaysStrict() {
        assertEquals("more than 50", sum(of(Qualifier.MORE_THAN, 40), exact(10)));
        assertEquals("more than 50", sum(of(Qualifier.MORE_THAN, 40), of(Qualifier.AT_LEAST, 10)));
    }

    @Test
    void rangesAddAsRanges() {
        assertEquals("30–50", sum(range(10, 20), range(20, 30)));
        assertEquals("25–35", sum(range(10, 20), exact(15)));
    }

    @Test
    void upperBoundsAddAsUpperBounds() {
        assertEquals("at most 50", sum(of(Qualifier.AT_MOST, 20), of(Qualifier.AT_MOST, 30)));
        assertEquals("fewer than 50", sum(of(Qualifier.FEWER_THAN, 20), of(Qualifier.AT_MOST, 30)));
        assertEquals("3–23", sum(exact(3), of(Qualifier.AT_MOST, 20)), "exactly 3 and up to 20 more");
        assertEquals("at least 3, fewer than 23", sum(exact(3), of(Qualifier.FEWER_THAN, 20)));
        assertEquals("at least 3", sum(of(Qualifier.AT_MOST, 20), of(Qualifier.AT_LEAST, 3)), "no upper bound left");
    }

    @Test
    void anApproximateFigureMakesTheWholeSumApproximate() {
        assertEquals("about 540", sum(of(Qualifier.APPROXIMATE, 500), exact(40)));
        assertEquals("at least about 540", sum(of(Qualifier.APPROXIMATE, 500), of(Qualifier.AT_LEAST, 40)));
        assertEquals("about 510–520", sum(of(Qualifier.APPROXIMATE, 500), range(10, 20)));
        assertEquals("about 500–530", sum(of(Qualifier.APPROXIMATE, 500), of(Qualifier.AT_MOST, 30)));
        assertEquals("at most about 30", sum(of(Qualifier.APPROXIMATE, 0), of(Qualifier.AT_MOST, 30)));
    }

    @Test
    void fractionsAndIncompleteFiguresAreLeftOutAndCounted() {
        FigureTotal total = FigureTotal.of(List.of(
                exact(10),
                Amount.fraction(BigDecimal.ONE, BigDecimal.valueOf(3)),
                new Amount(Qualifier.RANGE, null, BigDecimal.ONE, null, null, null),
                new Amount(Qualifier.AT_LEAST, null, null, null, null, null)));
        assertEquals("10", total.describe());
        assertEquals(1, total.added());
        assertEquals(3, total.leftOut());
        assertFalse(FigureTotal.isAddable(null));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        // competing figures of one record for one thing -> the one counted
        "EXACT 248, EXACT 217, 217",
        "AT_LEAST 46, APPROXIMATE 50, at least 46",
        "APPROXIMATE 50, EXACT 50, 50",
        "AT_LEAST 50, EXACT 50, 50",
        "MORE_THAN 50, AT_LEAST 50, at least 50",
        "RANGE 10 20, EXACT 15, 10–20",
        "AT_MOST 5, EXACT 3, at most 5",
        "AT_MOST 5, FEWER_THAN 5, fewer than 5",
        "RANGE 10 30, RANGE 10 20, 10–20",
    })
    void ofCompetingFiguresTheOneThatClaimsLeastIsCounted(String first, String second, String counted) {
        Optional<Amount> chosen = FigureTotal.mostConservative(List.of(parse(first), parse(second)));
        assertEquals(counted, FigureTotal.of(List.of(chosen.orElseThrow())).describe());
        Optional<Amount> reversed = FigureTotal.mostConservative(List.of(parse(second), parse(first)));
        assertEquals(chosen, reversed, "the order they were entered in does not matter");
    }

    @Test
    void noneOfSeveralFractionsCanBeCounted() {
        assertEquals(
                Optional.empty(),
                FigureTotal.mostConservative(List.of(Amount.fraction(BigDecimal.ONE, BigDecimal.valueOf(2)))));
    }

    /**
     * Whatever figures are added, any numbers they may truly stand for add up to a number the total stands for: the
     * sum never claims more than its parts. Checked on generated figures (a fixed seed, so a failure repeats).
     */
    @Test
    void theTotalAlwaysCoversEveryTrueSumItsFiguresAllow() {
        Random random = new Random(20261130);
        Qualifier[] counts = {
            Qualifier.EXACT,
            Qualifier.APPROXIMATE,
            Qualifier.AT_LEAST,
            Qualifier.MORE_THAN,
            Qualifier.AT_MOST,
            Qualifier.FEWER_THAN,
            Qualifier.RANGE
        };
        for (int round = 0; round < 2000; round++) {
            List<Amount> amounts = new ArrayList<>();
            long trueSum = 0;
            int size = 1 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                Qualifier q = counts[random.nextInt(counts.length)];
                long v = 1 + random.nextInt(100);
                long truth =
                        switch (q) {
                            case EXACT, APPROXIMATE -> v;
                            case AT_LEAST -> v + random.nextInt(50);
                            case MORE_THAN -> v + 1 + random.nextInt(50);
                            case AT_MOST -> random.nextInt((int) v + 1);
                            case FEWER_THAN -> random.nextInt((int) v);
                            default -> v + random.nextInt(20); // the range v..v+19
                        };
                amounts.add(q == Qualifier.RANGE ? range(v, v + 19) : of(q, v));
                trueSum += truth;
            }
            FigureTotal total = FigureTotal.of(amounts);
            BigDecimal sum = BigDecimal.valueOf(trueSum);
            String why = amounts + " truly " + trueSum + ", total " + total;
            assertTrue(total.isLowExcluded() ? sum.compareTo(total.low()) > 0 : sum.compareTo(total.low()) >= 0, why);
            total.high()
                    .ifPresent(high -> assertTrue(
                            total.isHighExcluded() ? sum.compareTo(high) < 0 : sum.compareTo(high) <= 0, why));
            assertEquals(size, total.added());
        }
    }

    /** "EXACT 248", "RANGE 10 20". */
    private static Amount parse(String words) {
        String[] parts = words.trim().split(" ");
        Qualifier q = Qualifier.valueOf(parts[0]);
        return q == Qualifier.RANGE
                ? range(Long.parseLong(parts[1]), Long.parseLong(parts[2]))
                : of(q, Long.parseLong(parts[1]));
    }
}

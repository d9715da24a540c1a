package org.eventdesk.domain.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Qualifier;

/**
 * A sum of reported figures that keeps what their qualifiers say. Each figure stands for an interval: "40" for
 * exactly 40, "at least 46" for 46 or more, "more than 10" for anything above 10, "at most 30" and "fewer than 30" for
 * up to 30, "10 to 20" for that range. The sum of intervals is an interval (the lows added, the highs added, no high
 * once one figure has none), so a sum of "at least" figures reads "at least", a sum with a range reads as a range,
 * and a sum never claims more certainty than its parts. "About 500" counts as 500 and marks the whole sum "about". A
 * fraction ("a third of the city") is not a number of things and is never added; it is counted as left out, so the
 * reader is told.
 *
 * <p>Immutable: {@link #plus} gives a new total.
 */
public final class FigureTotal {
    private static final FigureTotal NONE =
            new FigureTotal(BigDecimal.ZERO, false, BigDecimal.ZERO, false, false, 0, 0);

    private final BigDecimal low;
    /** "more than": the true value is above {@link #low}, not at it. */
    private final boolean lowExcluded;
    /** {@code null}: no upper bound. */
    private final BigDecimal high;
    /** "fewer than": the true value is below {@link #high}, not at it. */
    private final boolean highExcluded;

    private final boolean approximate;
    private final int added;
    private final int leftOut;

    private FigureTotal(
            BigDecimal low,
            boolean lowExcluded,
            BigDecimal high,
            boolean highExcluded,
            boolean approximate,
            int added,
            int leftOut) {
        this.low = low;
        this.lowExcluded = lowExcluded;
        this.high = high;
        this.highExcluded = highExcluded;
        this.approximate = approximate;
        this.added = added;
        this.leftOut = leftOut;
    }

    /** Nothing added yet: reads "0". */
    public static FigureTotal none() {
        return NONE;
    }

    public static FigureTotal of(List<Amount> amounts) {
        FigureTotal total = NONE;
        for (Amount amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /** Whether an amount can be added: a count of things, complete (a fraction is not; a range needs both ends). */
    public static boolean isAddable(Amount amount) {
        if (amount == null || amount.qualifier() == null) {
            return false;
        }
        return switch (amount.qualifier()) {
            case FRACTION -> false;
            case RANGE -> amount.low() != null && amount.high() != null;
            default -> amount.value() != null;
        };
    }

    /** This total with one more figure; a figure that cannot be added is counted as left out. */
    public FigureTotal plus(Amount amount) {
        if (!isAddable(amount)) {
            return new FigureTotal(low, lowExcluded, high, highExcluded, approximate, added, leftOut + 1);
        }
        Interval part = Interval.of(amount);
        return new FigureTotal(
                low.add(part.low),
                lowExcluded || part.lowExcluded,
                high == null || part.high == null ? null : high.add(part.high),
                high != null && part.high != null && (highExcluded || part.highExcluded),
                approximate || amount.qualifier() == Qualifier.APPROXIMATE,
                added + 1,
                leftOut);
    }

    /**
     * Of several figures one record gives for the same thing ("248, later 217"), the one that claims least: the
     * lowest low end, then the lowest high end (no high end is highest), then an exact figure before an approximate
     * one. Adding all of them would count one event several times; choosing the least is the conservative reading,
     * and the dashboard says it chose. Empty when none can be added.
     */
    public static Optional<Amount> mostConservative(List<Amount> competing) {
        return competing.stream()
                .filter(FigureTotal::isAddable)
                .min(Comparator.comparing((Amount a) -> Interval.of(a).low)
                        .thenComparing(a -> a.qualifier() == Qualifier.MORE_THAN)
                        .thenComparing(a -> Interval.of(a).high, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.qualifier() == Qualifier.FEWER_THAN ? 0 : 1)
                        .thenComparing(a -> a.qualifier() == Qualifier.APPROXIMATE));
    }

    /** The smallest number the total stands for (exclusive when {@link #isLowExcluded()}). */
    public BigDecimal low() {
        return low.stripTrailingZeros().scale() < 0 ? low.setScale(0) : low.stripTrailingZeros();
    }

    /** The largest number the total stands for, when it has one. */
    public Optional<BigDecimal> high() {
        return Optional.ofNullable(high)
                .map(h -> h.stripTrailingZeros().scale() < 0 ? h.setScale(0) : h.stripTrailingZeros());
    }

    public boolean isLowExcluded() {
        return lowExcluded;
    }

    public boolean isHighExcluded() {
        return highExcluded;
    }

    public boolean isApproximate() {
        return approximate;
    }

    /** How many figures the total adds up. */
    public int added() {
        return added;
    }

    /** How many figures could not be added (fractions, incomplete ranges). */
    public int leftOut() {
        return leftOut;
    }

    /**
     * As a reader would say it: "160", "about 540", "at least 160", "more than 40", "at most 30", "fewer than 30",
     * "10–20", "at least 3, fewer than 8"; "about" goes before the number when any part was approximate.
     */
    public String describe() {
        String about = approximate ? "about " : "";
        String lowWords = about + plain(low());
        if (high == null) {
            return (lowExcluded ? "more than " : "at least ") + lowWords;
        }
        String highWords = about + plain(high().orElseThrow());
        if (low.compareTo(high) == 0) {
            return lowWords;
        }
        if (low.signum() == 0) {
            return (highExcluded ? "fewer than " : "at most ") + highWords;
        }
        if (lowExcluded || highExcluded) {
            return (lowExcluded ? "more than " : "at least ") + lowWords + ", "
                    + (highExcluded ? "fewer than " : "at most ") + highWords;
        }
        return about + plain(low()) + "–" + plain(high().orElseThrow());
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** The numbers one figure stands for. */
    private record Interval(BigDecimal low, boolean lowExcluded, BigDecimal high, boolean highExcluded) {
        static Interval of(Amount amount) {
            BigDecimal value = amount.value();
            return switch (amount.qualifier()) {
                case EXACT, APPROXIMATE -> new Interval(value, false, value, false);
                case AT_LEAST -> new Interval(value, false, null, false);
                case MORE_THAN -> new Interval(value, true, null, false);
                case AT_MOST -> new Interval(BigDecimal.ZERO, false, value, false);
                case FEWER_THAN -> new Interval(BigDecimal.ZERO, false, value, true);
                case RANGE -> new Interval(amount.low(), false, amount.high(), false);
                case FRACTION -> throw new IllegalArgumentException("a fraction is not a number of things");
            };
        }
    }
}

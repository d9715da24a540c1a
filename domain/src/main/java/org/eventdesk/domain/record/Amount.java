package org.eventdesk.domain.record;

import java.math.BigDecimal;

/**
 * A reported number as the report words it: one value with its qualifier ("at least 46", "about 500"), a range
 * ("10 to 20") or a fraction ("a third"). The one shape of a figure's amount wherever it travels: the assistant
 * suggests it, an editor or the API hands it in, views and the public record show it, and {@link FigureValue}
 * stores it. Which parts are present follows from the qualifier; {@link RecordRules} checks that before a
 * figure is made, so an amount in hand may still be incomplete.
 */
public record Amount(
        Qualifier qualifier,
        BigDecimal value,
        BigDecimal low,
        BigDecimal high,
        BigDecimal numerator,
        BigDecimal denominator) {

    /** A single value with its qualifier ("at least 46"). */
    public static Amount of(Qualifier qualifier, BigDecimal value) {
        return new Amount(qualifier, value, null, null, null, null);
    }

    public static Amount range(BigDecimal low, BigDecimal high) {
        return new Amount(Qualifier.RANGE, null, low, high, null, null);
    }

    public static Amount fraction(BigDecimal numerator, BigDecimal denominator) {
        return new Amount(Qualifier.FRACTION, null, null, null, numerator, denominator);
    }

    /** As a reader would say it: "at least 46", "10–20", "1/3", "about 500"; a missing part reads "?". */
    public String describe() {
        if (qualifier == null) {
            return plain(value);
        }
        return switch (qualifier) {
            case EXACT -> plain(value);
            case RANGE -> plain(low) + "–" + plain(high);
            case FRACTION -> plain(numerator) + "/" + plain(denominator);
            default -> qualifier.words() + " " + plain(value);
        };
    }

    private static String plain(BigDecimal number) {
        return number == null ? "?" : number.stripTrailingZeros().toPlainString();
    }
}

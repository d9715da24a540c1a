package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;
import org.eventdesk.domain.shared.Wording;

/**
 * A reported number with its qualifier: a single value ("at least 46"), a range ("10 to 20") or a fraction
 * ("a third"). Which parts are present follows from the qualifier; {@link RecordRules} checks that before one
 * is made.
 */
@Embeddable
public class FigureValue {
    /** The columns are {@code numeric(20, 4)}: 20 digits, 4 of them after the decimal point. */
    public static final int PRECISION = 20;

    public static final int SCALE = 4;
    /** What is left before the decimal point. */
    public static final int INTEGER_DIGITS = PRECISION - SCALE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Qualifier qualifier;

    @Column(name = "amount", precision = PRECISION, scale = SCALE)
    private BigDecimal value;

    @Column(precision = PRECISION, scale = SCALE)
    private BigDecimal low;

    @Column(precision = PRECISION, scale = SCALE)
    private BigDecimal high;

    @Column(precision = PRECISION, scale = SCALE)
    private BigDecimal numerator;

    @Column(precision = PRECISION, scale = SCALE)
    private BigDecimal denominator;

    protected FigureValue() {}

    FigureValue(Amount amount) {
        this.qualifier = amount.qualifier();
        this.value = strip(amount.value());
        this.low = strip(amount.low());
        this.high = strip(amount.high());
        this.numerator = strip(amount.numerator());
        this.denominator = strip(amount.denominator());
    }

    /** The stored amount, its numbers as they were given (500.0000 from the database reads as 500). */
    public Amount amount() {
        return new Amount(qualifier, value(), low(), high(), numerator(), denominator());
    }

    /**
     * What keeps a number out of the figure's columns, or {@code null} when it fits: not negative, at most {@link
     * #SCALE} decimal places (nothing is rounded unseen) and at most {@link #INTEGER_DIGITS} digits before the
     * point. The one rule for figures typed in a form, sent to the API or built by a service. Safe for any
     * {@code BigDecimal} a parser makes, 1E+999999999 included: it only compares precision and scale.
     */
    public static Wording numberProblem(BigDecimal number) {
        if (number == null) {
            return null;
        }
        if (number.signum() < 0) {
            return Wording.of("record.figure.negative");
        }
        if (number.signum() == 0) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            return Wording.of("record.figure.tooManyDecimals", SCALE);
        }
        if ((long) stripped.precision() - stripped.scale() > INTEGER_DIGITS) {
            return Wording.of("record.figure.tooLarge", INTEGER_DIGITS);
        }
        return null;
    }

    /** 500.0000 from the database reads as 500 again; 2.5 stays 2.5. */
    private static BigDecimal strip(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public BigDecimal value() {
        return strip(value);
    }

    public BigDecimal low() {
        return strip(low);
    }

    public BigDecimal high() {
        return strip(high);
    }

    public BigDecimal numerator() {
        return strip(numerator);
    }

    public BigDecimal denominator() {
        return strip(denominator);
    }

    /** The largest number of things the figure can stand for, when it has one (for "of which" checks). */
    public Optional<BigDecimal> upperBound() {
        return switch (qualifier) {
            case EXACT, APPROXIMATE, AT_MOST -> Optional.ofNullable(value());
            case FEWER_THAN -> Optional.ofNullable(value());
            case RANGE -> Optional.ofNullable(high());
            case AT_LEAST, MORE_THAN, FRACTION -> Optional.empty();
        };
    }

    /** The smallest number of things the figure stands for ("at least 46" stands for 46 or more). */
    public Optional<BigDecimal> lowerBound() {
        return switch (qualifier) {
            case EXACT, AT_LEAST, MORE_THAN -> Optional.ofNullable(value());
            case RANGE -> Optional.ofNullable(low());
            case APPROXIMATE, AT_MOST, FEWER_THAN, FRACTION -> Optional.empty();
        };
    }

    /** As a reader would say it: "at least 46", "10–20", "1/3", "about 500". */
    public String describe() {
        return amount().describe();
    }
}

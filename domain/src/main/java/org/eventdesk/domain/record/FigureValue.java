package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A reported number with its qualifier: a single value ("at least 46"), a range ("10 to 20") or a fraction
 * ("a third"). Which parts are present follows from the qualifier; {@link RecordRules} checks that before one
 * is made.
 */
@Embeddable
public class FigureValue {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Qualifier qualifier;

    @Column(name = "amount", precision = 20, scale = 4)
    private BigDecimal value;

    @Column(precision = 20, scale = 4)
    private BigDecimal low;

    @Column(precision = 20, scale = 4)
    private BigDecimal high;

    @Column(precision = 20, scale = 4)
    private BigDecimal numerator;

    @Column(precision = 20, scale = 4)
    private BigDecimal denominator;

    protected FigureValue() {}

    FigureValue(
            Qualifier qualifier,
            BigDecimal value,
            BigDecimal low,
            BigDecimal high,
            BigDecimal numerator,
            BigDecimal denominator) {
        this.qualifier = qualifier;
        this.value = strip(value);
        this.low = strip(low);
        this.high = strip(high);
        this.numerator = strip(numerator);
        this.denominator = strip(denominator);
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
        return switch (qualifier) {
            case EXACT -> value().toPlainString();
            case RANGE -> low().toPlainString() + "–" + high().toPlainString();
            case FRACTION -> numerator().toPlainString() + "/" + denominator().toPlainString();
            default -> qualifier.words() + " " + value().toPlainString();
        };
    }
}

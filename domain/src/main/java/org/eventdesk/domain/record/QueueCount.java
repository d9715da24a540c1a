package org.eventdesk.domain.record;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How many records a work queue holds, said as exactly as the desk can afford on every page: counted exactly up to
 * {@link #EXACT_UP_TO}; above that an estimate, rounded so that it does not pretend to be exact ("about 720,000"),
 * or, where no estimate is kept, only that there are more ("1,000+").
 */
public record QueueCount(long value, Kind kind) {
    /** Counting this many rows reads as many index entries: a few milliseconds at most. */
    public static final int EXACT_UP_TO = 1000;

    public enum Kind {
        EXACT,
        /** At least {@code value}; how many more is not known. */
        MORE_THAN,
        /** An estimate, possibly a minute old. */
        ABOUT
    }

    public static QueueCount exact(long value) {
        return new QueueCount(value, Kind.EXACT);
    }

    public static QueueCount moreThan(long value) {
        return new QueueCount(value, Kind.MORE_THAN);
    }

    /** An estimate rounded to two significant figures. */
    public static QueueCount about(long estimate) {
        long rounded = new BigDecimal(estimate)
                .round(new MathContext(2, RoundingMode.HALF_UP))
                .longValueExact();
        return new QueueCount(rounded, Kind.ABOUT);
    }

    /** As the navigation shows it: "12", "1,000+", "about 720,000". */
    public String words() {
        String number = String.format(Locale.ENGLISH, "%,d", value);
        return switch (kind) {
            case EXACT -> number;
            case MORE_THAN -> number + "+";
            case ABOUT -> "about " + number;
        };
    }

    public boolean isExact() {
        return kind == Kind.EXACT;
    }
}

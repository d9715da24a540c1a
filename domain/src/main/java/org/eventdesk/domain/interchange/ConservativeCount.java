package org.eventdesk.domain.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.publishing.PublicRecord;

/**
 * The most conservative count a record's figures of one category support, the way ACLED codes fatalities: of
 * competing reports ("248, later 217") the lowest; of a qualified one the number it guarantees ("at least 46" is
 * 46, "10–20" is 10, "about 500" is 500). A figure that only bounds from above ("up to 10", "fewer than 10") or
 * is a fraction guarantees nothing and does not count. Subsets ("including two children") are not counted again.
 */
public final class ConservativeCount {
    private ConservativeCount() {}

    public static Optional<Long> of(List<PublicRecord.Figure> figures, String category) {
        return figures.stream()
                .filter(f -> f.category().equals(category) && f.partOf() == null)
                .map(ConservativeCount::guaranteed)
                .flatMap(Optional::stream)
                .min(BigDecimal::compareTo)
                .map(n -> n.setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    private static Optional<BigDecimal> guaranteed(PublicRecord.Figure f) {
        return switch (f.amount().qualifier()) {
            case EXACT, APPROXIMATE, AT_LEAST, MORE_THAN ->
                Optional.ofNullable(f.amount().value());
            case RANGE -> Optional.ofNullable(f.amount().low());
            case AT_MOST, FEWER_THAN, FRACTION -> Optional.empty();
        };
    }
}

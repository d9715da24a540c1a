package org.eventdesk.domain.record;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What makes two records look like one event, so that an editor about to create the second is offered the
 * first: the same type (sub-types of one top-level type count as the same: they are two desks' readings of one
 * event), a place of the same name, and times that come within {@link #SLACK} of each other (reports of one
 * event disagree by hours, and a record without an end is an instant).
 *
 * @param topLevelType the top-level type code the records must fall under
 * @param placeNames place names in lower case, one of which the records must have
 * @param from the earliest end (or start, for a record without an end) that counts
 * @param to the latest start that counts
 */
public record SameEventQuery(String topLevelType, Set<String> placeNames, Instant from, Instant to) {
    public static final Duration SLACK = Duration.ofDays(1);

    public SameEventQuery {
        Objects.requireNonNull(topLevelType);
        placeNames = Set.copyOf(placeNames);
    }

    /**
     * The query for a record being written, once it has what the comparison needs: a type, a start and a named
     * place. Without one of them there is nothing to compare.
     */
    public static Optional<SameEventQuery> forRecord(
            String typeCode, Collection<String> placeNames, Instant start, Instant end) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : placeNames) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (typeCode == null || typeCode.isBlank() || start == null || names.isEmpty()) {
            return Optional.empty();
        }
        Instant last = end == null || end.isBefore(start) ? start : end;
        return Optional.of(
                new SameEventQuery(EventType.topLevelOf(typeCode), names, start.minus(SLACK), last.plus(SLACK)));
    }
}

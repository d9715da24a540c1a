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
 * What makes a record look like the event something else reports, so that an editor is offered it instead of
 * starting a duplicate: a place of the same name, a time in the window, and, when the type is known, the same
 * type (sub-types of one top-level type count as the same: they are two desks' readings of one event). Spiked
 * records never count.
 *
 * <p>Two things ask: a record being written ({@link #forRecord}: its own time, {@link #SLACK} either side, since
 * reports of one event disagree by hours and a record without an end is an instant), and a source
 * ({@link #forSource}: it has no type, and it usually reports events of the days just before its publication;
 * records already quoting it are left out).
 *
 * @param topLevelType the top-level type code the records must fall under, or null for any type
 * @param placeNames place names in lower case, one of which the records must have
 * @param from the earliest end (or start, for a record without an end) that counts
 * @param to the latest start that counts
 * @param notCiting a source whose quoting records are left out, or null
 */
public record SameEventQuery(String topLevelType, Set<String> placeNames, Instant from, Instant to, Long notCiting) {
    public static final Duration SLACK = Duration.ofDays(1);
    /** How far before a source's publication the events it reports usually are. */
    public static final Duration BEFORE_PUBLICATION = Duration.ofDays(3);

    public SameEventQuery {
        placeNames = Set.copyOf(placeNames);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    /**
     * The query for a record being written, once it has what the comparison needs: a type, a start and a named
     * place. Without one of them there is nothing to compare.
     */
    public static Optional<SameEventQuery> forRecord(
            String typeCode, Collection<String> placeNames, Instant start, Instant end) {
        Set<String> names = names(placeNames);
        if (typeCode == null || typeCode.isBlank() || start == null || names.isEmpty()) {
            return Optional.empty();
        }
        Instant last = end == null || end.isBefore(start) ? start : end;
        return Optional.of(
                new SameEventQuery(EventType.topLevelOf(typeCode), names, start.minus(SLACK), last.plus(SLACK), null));
    }

    /** The query for a source: the places it names, from three days before its publication to a day after. */
    public static Optional<SameEventQuery> forSource(long sourceId, Collection<String> placeNames, Instant published) {
        Set<String> names = names(placeNames);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new SameEventQuery(null, names, published.minus(BEFORE_PUBLICATION), published.plus(SLACK), sourceId));
    }

    private static Set<String> names(Collection<String> placeNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : placeNames) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}

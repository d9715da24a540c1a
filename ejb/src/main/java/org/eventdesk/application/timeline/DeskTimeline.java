package org.eventdesk.application.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.timeline.EventSpan;
import org.eventdesk.domain.timeline.PlanState;
import org.eventdesk.domain.timeline.TimelineGrouping;
import org.eventdesk.domain.timeline.TimelineRecords;
import org.eventdesk.domain.timeline.TimelineWindow;
import org.eventdesk.domain.user.Role;

/** The desk's records on a time axis, one window at a time: what the screen shows and never more. */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class DeskTimeline {
    @Inject
    private TimelineRecords records;

    @Inject
    private TaxonomyRepository taxonomy;

    /**
     * The records of {@code [from, to)}: those whose span reaches into it, at most {@link TimelineWindow#LIMIT}.
     *
     * @throws InvalidInputException when the window is missing or ends before it starts, or no grouping is named
     */
    public Timeline read(Instant from, Instant to, TimelineGrouping grouping) {
        TimelineWindow window = new TimelineWindow(from, to);
        if (grouping == null) {
            throw new InvalidInputException(FieldError.of("group", "record.timeline.groupRequired"));
        }
        List<TimelineRecords.Row> rows = records.startingBetween(window.readFrom(), to, TimelineWindow.LIMIT + 1);
        boolean truncated = rows.size() > TimelineWindow.LIMIT;
        if (truncated) {
            rows = rows.subList(0, TimelineWindow.LIMIT);
        }
        Map<Long, TimelineRecords.Place> places = grouping == TimelineGrouping.PLACE
                ? records.firstPlaces(rows.stream().map(TimelineRecords.Row::id).toList())
                : Map.of();

        List<Timeline.Item> items = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (TimelineRecords.Row row : rows) {
            EventSpan span = EventSpan.of(row.start(), row.end(), row.precision(), row.zone());
            if (!window.shows(span)) {
                continue;
            }
            TimelineRecords.Place place = places.get(row.id());
            String name = place == null ? null : place.name();
            String country = place == null ? null : place.country();
            String group = grouping.key(row.type(), name, country);
            // Rows come latest first: the label ends as the row's earliest record writes it ("Kyiv", then "kyiv").
            labels.put(group, label(grouping, group, name, country));
            items.add(new Timeline.Item(
                    row.id(),
                    row.title(),
                    group,
                    span,
                    row.start(),
                    row.precision(),
                    row.zone(),
                    PlanState.of(row.occurrence()),
                    row.status()));
        }

        Set<Long> shown = items.stream().map(Timeline.Item::id).collect(Collectors.toSet());
        List<Timeline.Link> links = records.linksFrom(shown).stream()
                .filter(link -> shown.contains(link.to()) && link.to() != link.from())
                .map(link -> new Timeline.Link(link.from(), link.relation(), link.to()))
                .distinct()
                .toList();

        QueueCount count = truncated ? count(window) : QueueCount.exact(items.size());
        return new Timeline(window, grouping, groups(grouping, labels), items, links, count, truncated);
    }

    private QueueCount count(TimelineWindow window) {
        long counted = records.countStartingBetween(window.readFrom(), window.to(), TimelineWindow.COUNT_UP_TO + 1);
        return counted > TimelineWindow.COUNT_UP_TO
                ? QueueCount.moreThan(TimelineWindow.COUNT_UP_TO)
                : QueueCount.exact(counted);
    }

    private String label(TimelineGrouping grouping, String key, String placeName, String country) {
        if (grouping == TimelineGrouping.PLACE) {
            return TimelineGrouping.placeLabel(placeName, country);
        }
        if (key.equals(TimelineGrouping.NONE)) {
            return "No type";
        }
        return taxonomy.eventType(key).map(EventType::getLabel).orElse(key);
    }

    /** By type in the taxonomy's order, by place by name; records without either last. */
    private List<Timeline.Group> groups(TimelineGrouping grouping, Map<String, String> labels) {
        Map<String, Integer> order = new LinkedHashMap<>();
        if (grouping == TimelineGrouping.TYPE) {
            List<EventType> types = taxonomy.eventTypes();
            for (int i = 0; i < types.size(); i++) {
                order.put(types.get(i).getCode(), i);
            }
        }
        Comparator<Map.Entry<String, String>> byRow =
                Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().equals(TimelineGrouping.NONE));
        byRow = byRow.thenComparing(e -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                .thenComparing(e -> e.getValue().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Map.Entry::getKey);
        return labels.entrySet().stream()
                .sorted(byRow)
                .map(e -> new Timeline.Group(e.getKey(), e.getValue()))
                .toList();
    }
}

package org.eventdesk.application.timeline;

import java.time.Instant;
import java.util.List;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.timeline.EventSpan;
import org.eventdesk.domain.timeline.PlanState;
import org.eventdesk.domain.timeline.TimelineGrouping;
import org.eventdesk.domain.timeline.TimelineWindow;

/**
 * What the timeline shows for one window, read at one moment.
 *
 * @param groups the rows that hold items, in the taxonomy's order (by type) or by name (by place); the row of
 *     records without a type or place last
 * @param items at most {@link TimelineWindow#LIMIT}: the records starting latest in the window when it holds more
 * @param links the links between two of the items (a link to a record outside the window is not drawn)
 * @param startingInWindow how many records the window's read holds: {@code items} is all of them when it is exact and
 *     no more than {@code items}' size
 */
public record Timeline(
        TimelineWindow window,
        TimelineGrouping grouping,
        List<Group> groups,
        List<Item> items,
        List<Link> links,
        QueueCount startingInWindow,
        boolean truncated) {

    public Timeline {
        groups = List.copyOf(groups);
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    public record Group(String key, String label) {}

    /**
     * A record on the axis: its span (a point for a time to the minute) and the time as the record gives it, for its
     * words.
     */
    public record Item(
            long id,
            String title,
            String group,
            EventSpan span,
            Instant start,
            TimePrecision precision,
            String zone,
            PlanState plan,
            RecordStatus status) {}

    /** Record {@code from} {@code relation} record {@code to}: an arrow from one item to the other. */
    public record Link(long from, LinkRelation relation, long to) {}
}

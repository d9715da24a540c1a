package org.eventdesk.web.ui.timeline;

import static org.eventdesk.web.ui.i18n.Texts.t;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eventdesk.application.timeline.Timeline;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The timeline as vis-timeline takes it: rows ({@code groups}), items with their spans in milliseconds (a range, or a
 * box for a point in time), and links as timeline-arrows takes them. Texts go as text: the browser puts them into the
 * page with {@code textContent}, never as HTML.
 */
final class TimelineJson {
    private TimelineJson() {}

    static JsonObject of(Timeline timeline) {
        // Rows by their position: a key may be empty (the row of records without a type or place).
        JsonArrayBuilder groups = Json.createArrayBuilder();
        java.util.Map<String, Integer> rows = new java.util.HashMap<>();
        for (Timeline.Group group : timeline.groups()) {
            int row = rows.size() + 1;
            rows.put(group.key(), row);
            groups.add(Json.createObjectBuilder()
                    .add("id", row)
                    .add("label", group.label())
                    .add("order", row));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Timeline.Item item : timeline.items()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", item.id())
                    .add("group", rows.get(item.group()))
                    .add("start", item.span().start().toEpochMilli())
                    .add("label", item.title())
                    .add("when", when(item))
                    .add("status", Texts.of(item.status()))
                    .add("className", classes(item));
            if (item.span().point()) {
                json.add("type", "box");
            } else {
                json.add("type", "range").add("end", item.span().end().toEpochMilli());
            }
            if (item.plan().word() != null) {
                json.add("plan", t("timeline.plan." + item.plan().name()));
            }
            items.add(json);
        }
        JsonArrayBuilder links = Json.createArrayBuilder();
        int id = 0;
        for (Timeline.Link link : timeline.links()) {
            links.add(arrow(link, id++));
        }
        return Json.createObjectBuilder()
                .add("groups", groups)
                .add("items", items)
                .add("links", links)
                .build();
    }

    private static String when(Timeline.Item item) {
        String zone = item.zone() == null ? "UTC" : item.zone();
        try {
            return Formats.eventTime(item.start(), item.precision(), zone);
        } catch (java.time.DateTimeException e) {
            return Formats.eventTime(item.start(), item.precision(), "UTC");
        }
    }

    private static String classes(Timeline.Item item) {
        StringBuilder classes = new StringBuilder("desk-record-" + item.id());
        if (item.plan().planned()) {
            classes.append(" desk-planned");
        }
        if (item.plan().struckThrough()) {
            classes.append(" desk-cancelled");
        }
        if (item.precision() != null) {
            classes.append(" desk-precision-")
                    .append(item.precision()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'));
        }
        return classes.toString();
    }

    /**
     * Time runs left to right, so a "follows" arrow runs from the record followed to the one that follows; a part
     * points at its whole; the same incident is a line without a head (it reads the same from both ends).
     */
    private static JsonObject arrow(Timeline.Link link, int id) {
        boolean follows = link.relation() == LinkRelation.FOLLOWS;
        return Json.createObjectBuilder()
                .add("id", id)
                .add("from", follows ? link.to() : link.from())
                .add("to", follows ? link.from() : link.to())
                .add("direction", link.relation() == LinkRelation.SAME_INCIDENT ? 0 : 1)
                .add("dashed", link.relation() == LinkRelation.CONTRADICTS)
                .add(
                        "title",
                        t(
                                "timeline.link." + link.relation().name(),
                                String.valueOf(link.from()),
                                String.valueOf(link.to())))
                .build();
    }
}

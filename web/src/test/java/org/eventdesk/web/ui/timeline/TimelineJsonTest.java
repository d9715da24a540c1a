package org.eventdesk.web.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eventdesk.application.timeline.Timeline;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.timeline.EventSpan;
import org.eventdesk.domain.timeline.PlanState;
import org.eventdesk.domain.timeline.TimelineGrouping;
import org.eventdesk.domain.timeline.TimelineWindow;
import org.junit.jupiter.api.Test;

/** What vis-timeline and timeline-arrows are given for a window's records. */
class TimelineJsonTest {
    private static final Instant START = Instant.parse("2026-05-03T09:20:00Z");

    private static Timeline.Item item(long id, String group, TimePrecision precision, Occurrence occurrence) {
        return new Timeline.Item(
                id,
                "Record " + id,
                group,
                EventSpan.of(START, null, precision, "Europe/Kyiv"),
                START,
                precision,
                "Europe/Kyiv",
                PlanState.of(occurrence),
                RecordStatus.DRAFT);
    }

    @Test
    void itemsCarryTheirSpanPlanAndRowAndLinksRunWithTime() {
        Timeline timeline = new Timeline(
                new TimelineWindow(START.minusSeconds(86_400), START.plusSeconds(86_400)),
                TimelineGrouping.TYPE,
                List.of(new Timeline.Group("MEETING", "Meeting"), new Timeline.Group("", "No type")),
                List.of(
                        item(1, "MEETING", TimePrecision.MINUTE, null),
                        item(2, "", TimePrecision.DAY, Occurrence.CANCELLED),
                        item(3, "MEETING", TimePrecision.HOUR, Occurrence.HAPPENED)),
                List.of(
                        new Timeline.Link(2, LinkRelation.FOLLOWS, 1),
                        new Timeline.Link(3, LinkRelation.SAME_INCIDENT, 1)),
                QueueCount.exact(3),
                false);

        JsonObject json = TimelineJson.of(timeline);

        assertEquals(2, json.getJsonArray("groups").size());
        assertEquals("No type", json.getJsonArray("groups").getJsonObject(1).getString("label"));
        JsonObject point = json.getJsonArray("items").getJsonObject(0);
        assertEquals("box", point.getString("type"));
        assertEquals(1, point.getInt("group"));
        assertFalse(point.containsKey("end"));
        assertFalse(point.containsKey("plan"));
        assertEquals("3 May 2026, 12:20 Europe/Kyiv", point.getString("when"), "in words, as the record page says it");

        JsonObject day = json.getJsonArray("items").getJsonObject(1);
        assertEquals("range", day.getString("type"));
        assertEquals(2, day.getInt("group"), "the row without a type has an id of its own");
        assertEquals(
                Instant.parse("2026-05-02T21:00:00Z").toEpochMilli(),
                day.getJsonNumber("start").longValue());
        assertEquals(
                Instant.parse("2026-05-03T21:00:00Z").toEpochMilli(),
                day.getJsonNumber("end").longValue());
        assertEquals("cancelled", day.getString("plan"));
        assertTrue(day.getString("className").contains("desk-planned"));
        assertTrue(day.getString("className").contains("desk-cancelled"));
        assertTrue(day.getString("className").contains("desk-record-2"));
        assertFalse(json.getJsonArray("items")
                .getJsonObject(2)
                .getString("className")
                .contains("desk-planned"));

        JsonObject follows = json.getJsonArray("links").getJsonObject(0);
        assertEquals(1, follows.getInt("from"), "from the record followed to the one that follows");
        assertEquals(2, follows.getInt("to"));
        assertEquals(1, follows.getInt("direction"));
        assertEquals("#2 follows #1", follows.getString("title"));
        assertEquals(0, json.getJsonArray("links").getJsonObject(1).getInt("direction"), "a line without a head");
    }
}

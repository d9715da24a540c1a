package org.eventdesk.application.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eventdesk.application.Callers;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.timeline.PlanState;
import org.eventdesk.domain.timeline.TimelineGrouping;
import org.eventdesk.domain.timeline.TimelineWindow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timeline's reads on the real server and database: drafts written through the services into a week of a random
 * far year (the database is shared with the other tests), then windows read. What reaches the window is there (a
 * month-precision record that began before it too), what ends before it or starts after it is not, nor a spiked
 * record; links are drawn only between records both shown; rows by type family and by first place.
 */
@ExtendWith(ArquillianExtension.class)
class DeskTimelineIT {
    private static final Set<String> EDITOR = Set.of("EDITOR");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private DeskTimeline timeline;

    @Resource(lookup = "java:jboss/datasources/EventDeskDS")
    private DataSource dataSource;

    @Inject
    private RecordService records;

    @Inject
    private WorkflowService workflow;

    @Test
    void aWindowShowsTheRecordsThatReachItWithTheirSpansPlansRowsAndLinks() throws Exception {
        LocalDate monday = LocalDate.of(3000 + new SecureRandom().nextInt(900), 6, 10)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();

        long month = create(RecordInputs.titled("Month of shelling")
                .type("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK")
                .at(monday.withDayOfMonth(1) + "T10:00:00Z", null, TimePrecision.MONTH, "UTC")
                .place("Kharkiv", "UA"));
        long strike = create(RecordInputs.titled("Strike")
                .at(monday.plusDays(1) + "T09:30:00+03:00", null, TimePrecision.MINUTE, "Europe/Kyiv")
                .place("Kyiv", "UA"));
        long day = create(RecordInputs.titled("Second strike")
                .at(monday.plusDays(2) + "T09:30:00+03:00", null, TimePrecision.DAY, "Europe/Kyiv")
                .place("kyiv", "UA")
                .link(LinkRelation.FOLLOWS, strike));
        long meeting = create(RecordInputs.titled("Meeting")
                .type("MEETING")
                .at(monday.plusDays(3) + "T15:00:00Z", null, TimePrecision.HOUR, "UTC")
                .occurrence(Occurrence.CANCELLED));
        long dayBefore = create(RecordInputs.titled("The day before")
                .at(monday.minusDays(1) + "T12:00:00Z", null, TimePrecision.DAY, "UTC")
                .link(LinkRelation.SAME_INCIDENT, strike));
        long after = create(RecordInputs.titled("After").at(to + "", null, TimePrecision.MINUTE, "UTC"));
        long spiked = create(RecordInputs.titled("Spiked").at(monday.plusDays(4) + "T12:00:00Z"));
        Callers.as("timeline-editor", EDITOR, () -> workflow.spike(spiked, "a duplicate"));

        Timeline byType = Callers.editor(() -> timeline.read(from, to, TimelineGrouping.TYPE));
        Map<Long, Timeline.Item> items =
                byType.items().stream().collect(Collectors.toMap(Timeline.Item::id, Function.identity()));
        assertEquals(Set.of(month, strike, day, meeting), items.keySet(), "not the day before, nor after, nor spiked");
        assertFalse(byType.truncated());
        assertEquals(4, byType.startingInWindow().value());

        assertEquals(
                monday.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                items.get(month).span().start());
        assertEquals(
                monday.withDayOfMonth(1)
                        .plusMonths(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant(),
                items.get(month).span().end());
        assertTrue(items.get(strike).span().point());
        assertEquals(
                monday.plusDays(2).atStartOfDay(ZoneOffset.ofHours(3)).toInstant(),
                items.get(day).span().start(),
                "the day in Kyiv");
        assertEquals(PlanState.CANCELLED, items.get(meeting).plan());
        assertEquals(PlanState.HAPPENED, items.get(strike).plan());

        assertEquals(
                List.of("Explosions/Remote violence", "Meeting"),
                byType.groups().stream().map(Timeline.Group::label).toList());
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE", items.get(month).group());
        assertEquals(
                List.of(new Timeline.Link(day, LinkRelation.FOLLOWS, strike)),
                byType.links(),
                "the day before is not shown, so its link is not drawn");

        Timeline byPlace = Callers.as(
                "timeline-reviewer",
                Set.of("REVIEWER", "EDITOR"),
                () -> timeline.read(from, to, TimelineGrouping.PLACE));
        assertEquals(
                List.of("Kharkiv (UA)", "Kyiv (UA)", "No place"),
                byPlace.groups().stream().map(Timeline.Group::label).toList(),
                "Kyiv and kyiv are one row; the meeting has no place");
        assertEquals(
                byPlace.items().stream()
                        .filter(i -> i.id() == strike)
                        .findFirst()
                        .orElseThrow()
                        .group(),
                byPlace.items().stream()
                        .filter(i -> i.id() == day)
                        .findFirst()
                        .orElseThrow()
                        .group());

        InvalidInputException backwards = assertThrows(
                InvalidInputException.class,
                () -> Callers.editor(() -> timeline.read(to, from, TimelineGrouping.TYPE)));
        assertEquals("to", backwards.errors().get(0).field());
        assertThrows(
                EJBAccessException.class, () -> Callers.admin(() -> timeline.read(from, to, TimelineGrouping.TYPE)));
    }

    /**
     * A window holding more than the limit: the latest {@link TimelineWindow#LIMIT} are drawn and the rest counted.
     * The records are bare table rows written in one JDBC batch (2,001 records through the services would cost this
     * test most of a minute), with ids far above the desk's sequence, in a day of a far year of their own.
     */
    @Test
    void aWindowHoldingMoreThanTheLimitShowsTheLatestAndCountsTheRest() throws Exception {
        SecureRandom random = new SecureRandom();
        Instant day = LocalDate.of(4000 + random.nextInt(900), 1 + random.nextInt(12), 3)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        long firstId = 1_000_000_000_000L + random.nextInt(1_000_000) * 10_000L;
        int rows = TimelineWindow.LIMIT + 1;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into event_record (id, version, title,"
                        + " event_start, time_precision, time_zone, verification, status, created_by, created_at,"
                        + " updated_by, updated_at) values (?, 0, ?, ?, 'MINUTE', 'UTC', 'UNVERIFIED', 'DRAFT',"
                        + " 'timeline-editor', ?, 'timeline-editor', ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < rows; i++) {
                insert.setLong(1, firstId + i);
                insert.setString(2, "Row " + i);
                insert.setObject(3, day.plusSeconds(30L * i).atOffset(ZoneOffset.UTC));
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }

        try {
            Timeline full =
                    Callers.editor(() -> timeline.read(day, day.plus(Duration.ofDays(1)), TimelineGrouping.TYPE));
            assertTrue(full.truncated());
            assertEquals(TimelineWindow.LIMIT, full.items().size());
            assertEquals(QueueCount.exact(rows), full.startingInWindow());
            assertEquals(firstId + rows - 1, full.items().get(0).id(), "the latest first");
            assertFalse(full.items().stream().anyMatch(i -> i.id() == firstId), "the earliest is the one left out");

            Timeline zoomedIn =
                    Callers.editor(() -> timeline.read(day, day.plus(Duration.ofHours(1)), TimelineGrouping.TYPE));
            assertFalse(zoomedIn.truncated());
            assertEquals(120, zoomedIn.items().size(), "one every 30 seconds");
        } finally {
            // The rows are bare (no history, not in the search index) and would push the shared test database's draft
            // queue past the point where the desk counts exactly (DeskDashboardIT counts a draft added there).
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete =
                            connection.prepareStatement("delete from event_record where id between ? and ?")) {
                delete.setLong(1, firstId);
                delete.setLong(2, firstId + rows - 1);
                delete.executeUpdate();
            }
        }
    }

    private long create(RecordInputs input) throws Exception {
        return Callers.as("timeline-editor", EDITOR, () -> records.create(input.input()))
                .id();
    }
}

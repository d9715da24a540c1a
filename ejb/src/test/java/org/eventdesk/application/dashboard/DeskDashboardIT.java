package org.eventdesk.application.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eventdesk.application.Callers;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.admin.TaxonomyAdministration;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.dashboard.FigureWeeks;
import org.eventdesk.domain.dashboard.PublicationDay;
import org.eventdesk.domain.dashboard.ReviewWeeks;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard on the real server and database: records written, reviewed and published through the services,
 * then the dashboard read. The figures go into a category of the test's own (made by the admin first), so the sums are
 * exactly the test's; the counts the whole desk shares (queues, publications, decisions) are compared with a reading
 * taken before.
 */
@ExtendWith(ArquillianExtension.class)
class DeskDashboardIT {
    private static final Set<String> EDITOR = Set.of("EDITOR");
    /** Last week's place among the window's twelve. */
    private static final int LAST_WEEK = 10;

    private static final Set<String> REVIEWER = Set.of("REVIEWER", "EDITOR");
    private static final String WORDS = "Officials said at least 40 drones, then 120 drones or about 150 drones,"
            + " and between 10 and 20 drones, and 1000 drones in a draft, were launched at the port.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private DeskDashboard dashboard;

    @Inject
    private TaxonomyAdministration taxonomy;

    @Inject
    private SourceIngestService ingest;

    @Inject
    private RecordService records;

    @Inject
    private RecordCatalog catalog;

    @Inject
    private WorkflowService workflow;

    @Test
    void theDashboardCountsQueuesPublicationsReviewsAndSumsFiguresWithTheirQualifiers() throws Exception {
        Dashboard before = Callers.editor(() -> dashboard.read());
        String category = "DASH_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Callers.admin(() -> taxonomy.addFigureCategory(category, "Dashboard test drones"));
        SourceDetails source = Callers.as(
                "dash-editor",
                EDITOR,
                () -> ingest.ingest(new SourceSubmission(
                        SourceKind.WIRE,
                        "Drones over the port",
                        "Dashboard Wire",
                        null,
                        null,
                        ZonedDateTime.now(ZoneOffset.UTC).minusDays(1),
                        null,
                        "en",
                        WORDS + " (" + UUID.randomUUID() + ")",
                        InputFormat.PLAIN_TEXT,
                        null)));
        // Wednesday noon of last week: inside the window, in the past, in a week of its own.
        LocalDate lastWeek = before.window().weeks().get(LAST_WEEK);
        String when =
                lastWeek.plusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC).toString();

        long atLeast = publish(record(
                source, when, "at least", figure(source, category, Qualifier.AT_LEAST, 40, "at least 40 drones")));
        long competing = publish(record(
                source,
                when,
                "competing",
                figure(source, category, Qualifier.EXACT, 120, "120 drones"),
                figure(source, category, Qualifier.APPROXIMATE, 150, "about 150 drones")));
        long range = record(
                source,
                when,
                "range",
                new RecordInput.FigureInput(
                        category,
                        Amount.range(BigDecimal.TEN, BigDecimal.valueOf(20)),
                        null,
                        null,
                        null,
                        null,
                        List.of(RecordInputs.span(source.id(), source.text(), "between 10 and 20 drones"))));
        // Returned once, then approved and published: a return and an approval for the week.
        Callers.as("dash-editor", EDITOR, () -> workflow.submit(range));
        Callers.as(
                "dash-reviewer",
                REVIEWER,
                () -> workflow.sendBack(
                        range, "Check the range.", catalog.view(range).version()));
        publish(range);
        record(source, when, "draft", figure(source, category, Qualifier.EXACT, 1000, "1000 drones"));

        Dashboard after = Callers.editor(() -> dashboard.read());

        List<FigureWeeks.Cell> cells = after.figures().stream()
                .filter(c -> c.category().equals(category))
                .toList();
        assertEquals(1, cells.size(), cells.toString());
        FigureWeeks.Cell cell = cells.get(0);
        assertEquals(lastWeek, cell.week());
        assertEquals(3, cell.records(), "the draft's figure is not counted");
        assertEquals("at least 170 (1 competing figure set aside, the lowest counted)", cell.describe());
        assertEquals("Dashboard test drones", after.label(category));
        assertTrue(after.figureCategories().contains(category));

        assertEquals(queue(before, RecordStatus.DRAFT) + 1, queue(after, RecordStatus.DRAFT));
        assertEquals(today(before).published() + 3, today(after).published());
        assertEquals(after.window().days().size(), after.published().size());

        // Under correction, a record's published version is still what readers read: its figures keep counting
        // (the working copy's are not published yet).
        Callers.as("dash-editor", EDITOR, () -> workflow.startCorrection(atLeast, "Recount the drones."));
        FigureWeeks.Cell correcting = Callers.editor(() -> dashboard.read()).figures().stream()
                .filter(c -> c.category().equals(category))
                .findFirst()
                .orElseThrow();
        assertEquals(3, correcting.records(), "the record under correction still counts");
        assertEquals("at least 170 (1 competing figure set aside, the lowest counted)", correcting.describe());

        ReviewWeeks.Week thisWeek = week(after);
        assertEquals(week(before).approved() + 3, thisWeek.approved());
        assertEquals(week(before).returned() + 1, thisWeek.returned());
        assertTrue(thisWeek.median().isPresent() && thisWeek.ninetieth().isPresent(), thisWeek.toString());
        assertTrue(thisWeek.median().get().compareTo(thisWeek.ninetieth().get()) <= 0, thisWeek.toString());
        assertEquals(12, after.reviews().size());
        assertTrue(thisWeek.returnedRate().orElseThrow() > 0, thisWeek.toString());

        assertThrows(EJBAccessException.class, () -> Callers.admin(() -> dashboard.read()));
    }

    private static long queue(Dashboard dashboard, RecordStatus status) {
        return dashboard.queues().stream()
                .filter(q -> q.status() == status)
                .findFirst()
                .orElseThrow()
                .count()
                .value();
    }

    private static PublicationDay today(Dashboard dashboard) {
        return dashboard.published().get(dashboard.published().size() - 1);
    }

    private static ReviewWeeks.Week week(Dashboard dashboard) {
        return dashboard.reviews().get(dashboard.reviews().size() - 1);
    }

    private static RecordInput.FigureInput figure(
            SourceDetails source, String category, Qualifier qualifier, long value, String words) {
        return RecordInputs.figureOf(category, qualifier, value, RecordInputs.span(source.id(), source.text(), words));
    }

    private long record(SourceDetails source, String when, String title, RecordInput.FigureInput... figures)
            throws Exception {
        RecordInputs input = RecordInputs.titled("Dashboard " + title)
                .at(when, null, TimePrecision.MINUTE, "UTC")
                .place("Port district", "UA", RecordInputs.span(source.id(), source.text(), "the port"));
        for (RecordInput.FigureInput figure : figures) {
            input.figure(figure);
        }
        return Callers.as("dash-editor", EDITOR, () -> records.create(input.input()))
                .id();
    }

    /** Submitted by the editor, approved by the reviewer (four eyes), published by the editor. */
    private long publish(long id) throws Exception {
        Callers.as("dash-editor", EDITOR, () -> workflow.submit(id));
        Callers.as(
                "dash-reviewer",
                REVIEWER,
                () -> workflow.approve(id, catalog.view(id).version()));
        Callers.as(
                "dash-editor",
                EDITOR,
                () -> workflow.publish(id, catalog.view(id).version()));
        return id;
    }
}

package org.eventdesk.web.ui.dashboard;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventdesk.application.dashboard.Dashboard;
import org.eventdesk.application.dashboard.DeskDashboard;
import org.eventdesk.domain.dashboard.DeskWindow;
import org.eventdesk.domain.dashboard.FigureWeeks;
import org.eventdesk.domain.dashboard.PublicationDay;
import org.eventdesk.domain.dashboard.ReviewWeeks;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.i18n.Words;

/**
 * The desk at a glance: what waits now, and the last {@link DeskWindow#WEEKS} weeks of publishing, review and of the
 * figures the published records report. Every chart has a table beside it with the same numbers, in words where
 * words say more ("at least 160"): readable without the chart, by a screen reader and by a test.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class DashboardView extends VerticalLayout implements HasDynamicTitle {
    private static final String CELL_PADDING = "var(--lumo-space-xs) var(--lumo-space-m)";

    @Inject
    public DashboardView(DeskDashboard dashboard) {
        Dashboard read = dashboard.read();
        setWidthFull();
        setMaxWidth("70em");
        add(new H2(t("dashboard.title")));
        Paragraph window = new Paragraph(t(
                "dashboard.window", DeskWindow.WEEKS, Formats.date(read.window().firstDay())));
        window.setId("dashboard-window");
        add(window);
        queues(read);
        published(read);
        reviews(read);
        figures(read);
    }

    private void queues(Dashboard read) {
        EChart chart = new EChart("queues-chart", t("dashboard.queues.chart"));
        chart.setOption(DashboardCharts.bars(
                read.queues().stream().map(q -> Texts.of(q.status())).toList(),
                List.of(new DashboardCharts.Series(
                        t("dashboard.queues.records"),
                        read.queues().stream()
                                .map(q -> (Number) q.count().value())
                                .toList()))));
        NativeTable table = table(
                "queues-table", t("dashboard.queues.table"), t("dashboard.queues.step"), t("dashboard.queues.records"));
        read.queues().forEach(q -> row(table, Texts.of(q.status()), Words.count(q.count())));
        section(t("dashboard.queues.title"), chart, table);
    }

    private void published(Dashboard read) {
        List<PublicationDay> days = read.published();
        EChart chart = new EChart("published-chart", t("dashboard.published.chart"));
        chart.setOption(DashboardCharts.bars(
                days.stream().map(d -> Formats.dayAndMonth(d.day())).toList(),
                List.of(
                        new DashboardCharts.Series(
                                t("dashboard.published.published"),
                                days.stream().map(d -> (Number) d.published()).toList()),
                        new DashboardCharts.Series(
                                t("dashboard.published.corrected"),
                                days.stream().map(d -> (Number) d.corrected()).toList()))));
        int published = days.stream().mapToInt(PublicationDay::published).sum();
        int corrected = days.stream().mapToInt(PublicationDay::corrected).sum();
        NativeTable table = table(
                "published-table",
                t("dashboard.published.table", published, corrected),
                t("dashboard.published.day"),
                t("dashboard.published.published"),
                t("dashboard.published.corrected"));
        days.stream()
                .filter(d -> d.published() + d.corrected() > 0)
                .forEach(d ->
                        row(table, Formats.date(d.day()), Texts.number(d.published()), Texts.number(d.corrected())));
        section(t("dashboard.published.title"), chart, table);
    }

    private void reviews(Dashboard read) {
        List<ReviewWeeks.Week> weeks = read.reviews();
        List<String> labels =
                weeks.stream().map(w -> Formats.dayAndMonth(w.week())).toList();
        EChart times = new EChart("review-chart", t("dashboard.review.chart"));
        times.setOption(DashboardCharts.lines(
                labels,
                t("dashboard.review.hours"),
                List.of(
                        new DashboardCharts.Series(
                                t("dashboard.review.median"),
                                weeks.stream().map(w -> hours(w.median())).toList()),
                        new DashboardCharts.Series(
                                t("dashboard.review.ninetieth"),
                                weeks.stream().map(w -> hours(w.ninetieth())).toList()))));
        EChart returned = new EChart("returned-chart", t("dashboard.returned.chart"));
        returned.setOption(DashboardCharts.lines(
                labels,
                "%",
                List.of(new DashboardCharts.Series(
                        t("dashboard.review.returned"),
                        weeks.stream()
                                .map(w -> w.returnedRate()
                                        .map(rate -> (Number) Math.round(rate * 100))
                                        .orElse(null))
                                .toList()))));
        NativeTable table = table(
                "review-table",
                t("dashboard.review.table"),
                t("dashboard.week-of"),
                t("dashboard.review.approved"),
                t("dashboard.review.returned"),
                t("dashboard.review.returned-rate"),
                t("dashboard.review.median-time"),
                t("dashboard.review.ninetieth"));
        weeks.forEach(w -> row(
                table,
                Formats.date(w.week()),
                Texts.number(w.approved()),
                Texts.number(w.returned()),
                w.returnedRate()
                        .map(rate -> t("dashboard.percent", Math.round(rate * 100)))
                        .orElse("—"),
                w.median().map(Words::duration).orElse("—"),
                w.ninetieth().map(Words::duration).orElse("—")));
        section(t("dashboard.review.title"), times, null);
        section(t("dashboard.review.returned-rate"), returned, table);
    }

    private void figures(Dashboard read) {
        List<LocalDate> weeks = read.window().weeks();
        List<String> categories = read.figureCategories();
        Map<String, Map<LocalDate, FigureWeeks.Cell>> cells = read.figures().stream()
                .collect(Collectors.groupingBy(
                        FigureWeeks.Cell::category, Collectors.toMap(FigureWeeks.Cell::week, Function.identity())));
        EChart chart = new EChart("figures-chart", t("dashboard.figures.chart"));
        chart.setOption(DashboardCharts.bars(
                weeks.stream().map(Formats::dayAndMonth).toList(),
                categories.stream()
                        .map(category -> new DashboardCharts.Series(
                                read.label(category),
                                weeks.stream()
                                        .map(week -> Optional.ofNullable(
                                                        cells.get(category).get(week))
                                                .map(cell ->
                                                        (Number) cell.total().low())
                                                .orElse(BigDecimal.ZERO))
                                        .toList()))
                        .toList()));
        NativeTable table = table(
                "figures-table",
                t("dashboard.figures.table"),
                t("dashboard.figures.category"),
                t("dashboard.week-of"),
                t("dashboard.figures.total"),
                t("dashboard.figures.records"));
        read.figures()
                .forEach(cell -> row(
                        table,
                        read.label(cell.category()),
                        Formats.date(cell.week()),
                        Words.cell(cell),
                        Texts.number(cell.records())));
        Paragraph none = new Paragraph(t("dashboard.figures.none"));
        none.setVisible(categories.isEmpty());
        section(t("dashboard.figures.title"), chart, table);
        add(none);
    }

    @Override
    public String getPageTitle() {
        return t("dashboard.page-title");
    }

    private static Number hours(Optional<Duration> duration) {
        return duration.map(d -> (Number) BigDecimal.valueOf(d.toSeconds())
                        .divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP))
                .orElse(null);
    }

    private void section(String title, EChart chart, NativeTable table) {
        add(new H3(title), chart);
        if (table != null) {
            add(table);
        }
    }

    private static NativeTable table(String id, String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("desk-table");
        table.setCaptionText(caption);
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        table.getCaption().getStyle().set("text-align", "left").set("color", "var(--lumo-secondary-text-color)");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getStyle().set("text-align", "left").set("padding", CELL_PADDING);
        }
        return table;
    }

    private static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String text : cells) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(text);
            cell.getStyle().set("padding", CELL_PADDING).set("border-top", "1px solid var(--lumo-contrast-10pct)");
        }
    }
}

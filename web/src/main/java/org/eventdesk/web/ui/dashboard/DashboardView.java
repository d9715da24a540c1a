package org.eventdesk.web.ui.dashboard;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.eventdesk.web.ui.MainLayout;

/**
 * The desk at a glance: what waits now, and the last {@link DeskWindow#WEEKS} weeks of publishing, review and of the
 * figures the published records report. Every chart has a table beside it with the same numbers, in words where
 * words say more ("at least 160"): readable without the chart, by a screen reader and by a test.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · Event Desk")
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class DashboardView extends VerticalLayout {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final String CELL_PADDING = "var(--lumo-space-xs) var(--lumo-space-m)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    public DashboardView(DeskDashboard dashboard) {
        Dashboard read = dashboard.read();
        setWidthFull();
        setMaxWidth("70em");
        add(new H2("Dashboard"));
        Paragraph window = new Paragraph("The last " + DeskWindow.WEEKS + " weeks, from "
                + DATE.format(read.window().firstDay()) + " to today; days and weeks (from Monday) in UTC.");
        window.setId("dashboard-window");
        add(window);
        queues(read);
        published(read);
        reviews(read);
        figures(read);
    }

    private void queues(Dashboard read) {
        EChart chart = new EChart("queues-chart", "Records waiting in each step now; the numbers are in the table");
        chart.setOption(DashboardCharts.bars(
                read.queues().stream().map(q -> q.status().label()).toList(),
                List.of(new DashboardCharts.Series(
                        "Records",
                        read.queues().stream()
                                .map(q -> (Number) q.count().value())
                                .toList()))));
        NativeTable table = table("queues-table", "Records in each step now", "Step", "Records");
        read.queues().forEach(q -> row(table, q.status().label(), q.count().words()));
        section("Queues now", chart, table);
    }

    private void published(Dashboard read) {
        List<PublicationDay> days = read.published();
        EChart chart = new EChart(
                "published-chart", "Records published per day, first publications and corrections; see the table");
        chart.setOption(DashboardCharts.bars(
                days.stream().map(d -> DAY.format(d.day())).toList(),
                List.of(
                        new DashboardCharts.Series(
                                "Published",
                                days.stream().map(d -> (Number) d.published()).toList()),
                        new DashboardCharts.Series(
                                "Corrected",
                                days.stream().map(d -> (Number) d.corrected()).toList()))));
        int published = days.stream().mapToInt(PublicationDay::published).sum();
        int corrected = days.stream().mapToInt(PublicationDay::corrected).sum();
        NativeTable table = table(
                "published-table",
                published + " records published and " + corrected + " corrections in the window;"
                        + " days without either are left out",
                "Day",
                "Published",
                "Corrected");
        days.stream()
                .filter(d -> d.published() + d.corrected() > 0)
                .forEach(d -> row(table, DATE.format(d.day()), "" + d.published(), "" + d.corrected()));
        section("Published per day", chart, table);
    }

    private void reviews(Dashboard read) {
        List<ReviewWeeks.Week> weeks = read.reviews();
        List<String> labels = weeks.stream().map(w -> DAY.format(w.week())).toList();
        EChart times = new EChart(
                "review-chart",
                "Hours from submission to approval per week, median and 90th percentile; see the table");
        times.setOption(DashboardCharts.lines(
                labels,
                "hours",
                List.of(
                        new DashboardCharts.Series(
                                "Median",
                                weeks.stream().map(w -> hours(w.median())).toList()),
                        new DashboardCharts.Series(
                                "90th percentile",
                                weeks.stream().map(w -> hours(w.ninetieth())).toList()))));
        EChart returned = new EChart("returned-chart", "Share of review decisions that returned the record, per week");
        returned.setOption(DashboardCharts.lines(
                labels,
                "%",
                List.of(new DashboardCharts.Series(
                        "Returned",
                        weeks.stream()
                                .map(w -> w.returnedRate()
                                        .map(rate -> (Number) Math.round(rate * 100))
                                        .orElse(null))
                                .toList()))));
        NativeTable table = table(
                "review-table",
                "Review per week: the time runs from a revision's first submission to its approval, returns included",
                "Week of",
                "Approved",
                "Returned",
                "Returned rate",
                "Median time",
                "90th percentile");
        weeks.forEach(w -> row(
                table,
                DATE.format(w.week()),
                "" + w.approved(),
                "" + w.returned(),
                w.returnedRate().map(rate -> Math.round(rate * 100) + "%").orElse("—"),
                w.median().map(ReviewWeeks::describe).orElse("—"),
                w.ninetieth().map(ReviewWeeks::describe).orElse("—")));
        section("Time to approval", times, null);
        section("Returned rate", returned, table);
    }

    private void figures(Dashboard read) {
        List<LocalDate> weeks = read.window().weeks();
        List<String> categories = read.figureCategories();
        Map<String, Map<LocalDate, FigureWeeks.Cell>> cells = read.figures().stream()
                .collect(Collectors.groupingBy(
                        FigureWeeks.Cell::category, Collectors.toMap(FigureWeeks.Cell::week, Function.identity())));
        EChart chart = new EChart(
                "figures-chart",
                "Figures of published records per category and week, the lower end of each total; see the table");
        chart.setOption(DashboardCharts.bars(
                weeks.stream().map(DAY::format).toList(),
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
                "Figures of published records, by the week the event began. Of competing figures one record gives"
                        + " for one thing, only the lowest is counted; the chart shows each total's lower end.",
                "Category",
                "Week of",
                "Total",
                "Records");
        read.figures()
                .forEach(cell -> row(
                        table,
                        read.label(cell.category()),
                        DATE.format(cell.week()),
                        cell.describe(),
                        "" + cell.records()));
        Paragraph none = new Paragraph("No published record of these weeks gives figures.");
        none.setVisible(categories.isEmpty());
        section("Figures per week", chart, table);
        add(none);
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

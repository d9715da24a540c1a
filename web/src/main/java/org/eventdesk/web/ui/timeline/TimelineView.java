package org.eventdesk.web.ui.timeline;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.application.timeline.DeskTimeline;
import org.eventdesk.application.timeline.Timeline;
import org.eventdesk.domain.timeline.TimelineGrouping;
import org.eventdesk.domain.timeline.TimelineWindow;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.records.RecordPage;

/**
 * The desk's records on a time axis: zoom and pan, rows by type family or by place, each record as long as its time
 * is uncertain (a day-precision event is a day wide), plans drawn as plans, links as arrows, a click opening the
 * record. Only the window on screen is read, at most {@link TimelineWindow#LIMIT} records, again after each move.
 * The address keeps the grouping and the window ({@code ?group=place&from=…&to=…}), so a view can be shared.
 */
@Route(value = "timeline", layout = MainLayout.class)
@PageTitle("Timeline · Event Desk")
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class TimelineView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final DeskTimeline service;
    private final RadioButtonGroup<TimelineGrouping> grouping = new RadioButtonGroup<>("Rows");
    private final Paragraph status = new Paragraph();
    private final VisTimeline axis = new VisTimeline(
            "timeline", "Records on a time axis; zoom with the buttons above or the mouse wheel, drag to move");
    private Instant from;
    private Instant to;

    @Inject
    public TimelineView(DeskTimeline service) {
        this.service = service;
        setWidthFull();
        add(new H2("Timeline"));

        grouping.setId("timeline-group");
        grouping.setItems(TimelineGrouping.values());
        grouping.setItemLabelGenerator(g -> g == TimelineGrouping.TYPE ? "By type" : "By place");
        grouping.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
            }
        });

        Button zoomIn = new Button("Zoom in", VaadinIcon.PLUS.create(), e -> axis.zoomIn());
        zoomIn.setId("timeline-zoom-in");
        Button zoomOut = new Button("Zoom out", VaadinIcon.MINUS.create(), e -> axis.zoomOut());
        zoomOut.setId("timeline-zoom-out");
        Button today = new Button("Today", VaadinIcon.CALENDAR.create(), e -> axis.today());
        today.setId("timeline-today");
        List.of(zoomIn, zoomOut, today).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_CONTRAST));
        HorizontalLayout tools = new HorizontalLayout(grouping, zoomIn, zoomOut, today);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        status.setId("timeline-status");
        status.getElement().setAttribute("aria-live", "polite");
        Paragraph legend = new Paragraph("A bar spans the time a record's event may have taken: a whole day for a"
                + " day, a month for a month; a box is a time to the minute. A dashed outline and its word mark a plan"
                + " (planned, postponed; cancelled is struck through). Arrows are the records' links. Click an item to"
                + " open its record.");
        legend.setId("timeline-legend");
        legend.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        axis.addRangeListener(e -> {
            from = e.from();
            to = e.to();
            show();
        });
        axis.addOpenListener(e -> getUI().ifPresent(ui -> ui.navigate(RecordPage.class, e.recordId())));
        add(tools, status, axis, legend);
    }

    /** {@code /timeline?group=place&from=2026-05-01T00:00:00Z&to=2026-05-08T00:00:00Z}: anything unreadable is left out. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        grouping.setValue(
                TimelineGrouping.fromParameter(single(parameters, "group").orElse(null)));
        TimelineWindow around = TimelineWindow.around(Instant.now());
        Optional<Instant> start = single(parameters, "from").flatMap(TimelineView::instant);
        Optional<Instant> end = single(parameters, "to").flatMap(TimelineView::instant);
        boolean given = start.isPresent() && end.isPresent() && end.get().isAfter(start.get());
        from = given ? start.get() : around.from();
        to = given ? end.get() : around.to();
        show();
    }

    private void show() {
        Timeline timeline = service.read(from, to, grouping.getValue());
        axis.draw(TimelineJson.of(timeline), from, to);
        status.setText(statusWords(timeline));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("group", grouping.getValue().parameter());
        query.put("from", from.toString());
        query.put("to", to.toString());
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("timeline", QueryParameters.simple(query))));
    }

    private static String statusWords(Timeline timeline) {
        String window = DATE.format(timeline.window().from().atOffset(ZoneOffset.UTC)) + " to "
                + DATE.format(timeline.window().to().atOffset(ZoneOffset.UTC)) + " UTC";
        int shown = timeline.items().size();
        if (timeline.truncated()) {
            String of = timeline.startingInWindow().isExact()
                    ? timeline.startingInWindow().words()
                    : "more than "
                            + String.format(
                                    Locale.ENGLISH,
                                    "%,d",
                                    timeline.startingInWindow().value());
            return String.format(
                    Locale.ENGLISH,
                    "Showing the %,d latest of %s records around %s; zoom in to see them all.",
                    shown,
                    of,
                    window);
        }
        return String.format(Locale.ENGLISH, "%,d record%s from %s.", shown, shown == 1 ? "" : "s", window);
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.size() != 1 ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

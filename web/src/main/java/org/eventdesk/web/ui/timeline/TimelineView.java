package org.eventdesk.web.ui.timeline;

import static org.eventdesk.web.ui.i18n.Texts.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.application.timeline.DeskTimeline;
import org.eventdesk.application.timeline.Timeline;
import org.eventdesk.domain.timeline.TimelineGrouping;
import org.eventdesk.domain.timeline.TimelineWindow;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.i18n.Words;
import org.eventdesk.web.ui.records.RecordPage;

/**
 * The desk's records on a time axis: zoom and pan, rows by type family or by place, each record as long as its time
 * is uncertain (a day-precision event is a day wide), plans drawn as plans, links as arrows, a click opening the
 * record. Only the window on screen is read, at most {@link TimelineWindow#LIMIT} records, again after each move.
 * The address keeps the grouping and the window ({@code ?group=place&from=…&to=…}), so a view can be shared.
 */
@Route(value = "timeline", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class TimelineView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DeskTimeline service;
    private final RadioButtonGroup<TimelineGrouping> grouping = new RadioButtonGroup<>(t("timeline.rows"));
    private final Paragraph status = new Paragraph();
    private final VisTimeline axis = new VisTimeline("timeline", t("timeline.aria"));
    private Instant from;
    private Instant to;

    @Inject
    public TimelineView(DeskTimeline service) {
        this.service = service;
        setWidthFull();
        add(new H2(t("timeline.title")));

        grouping.setId("timeline-group");
        grouping.setItems(TimelineGrouping.values());
        grouping.setItemLabelGenerator(
                g -> g == TimelineGrouping.TYPE ? t("timeline.by-type") : t("timeline.by-place"));
        grouping.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
            }
        });

        Button zoomIn = new Button(t("timeline.zoom-in"), VaadinIcon.PLUS.create(), e -> axis.zoomIn());
        zoomIn.setId("timeline-zoom-in");
        Button zoomOut = new Button(t("timeline.zoom-out"), VaadinIcon.MINUS.create(), e -> axis.zoomOut());
        zoomOut.setId("timeline-zoom-out");
        Button today = new Button(t("timeline.today"), VaadinIcon.CALENDAR.create(), e -> axis.today());
        today.setId("timeline-today");
        List.of(zoomIn, zoomOut, today).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_CONTRAST));
        HorizontalLayout tools = new HorizontalLayout(grouping, zoomIn, zoomOut, today);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        status.setId("timeline-status");
        status.getElement().setAttribute("aria-live", "polite");
        Paragraph legend = new Paragraph(t("timeline.legend"));
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
        String window = t(
                "timeline.status.window",
                Formats.utcClock(timeline.window().from()),
                Formats.utcClock(timeline.window().to()));
        int shown = timeline.items().size();
        if (timeline.truncated()) {
            String of = timeline.startingInWindow().isExact()
                    ? Words.count(timeline.startingInWindow())
                    : t(
                            "timeline.status.more-than",
                            Texts.number(timeline.startingInWindow().value()));
            return t("timeline.status.truncated", shown, of, window);
        }
        return t("timeline.status.shown", shown, window);
    }

    @Override
    public String getPageTitle() {
        return t("timeline.page-title");
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

package org.eventdesk.web.ui.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * A vis-timeline time axis (Apache-2.0 OR MIT) with timeline-arrows (MIT) for the links between items. The server
 * builds the rows, items and links as JSON ({@link TimelineJson}) and the browser only draws them
 * ({@code webapp/static/scripts/eventdesk-timeline.js}). Both libraries are static files of the WAR, downloaded by the
 * build from the npm registry with their checksums (the parent POM's {@code version.vis-timeline}); loading them with
 * {@code context://} keeps them out of Vaadin's front-end bundle, so Vaadin's pre-compiled bundle serves and the build
 * needs no Node.
 *
 * <p>When the person pans or zooms, the element reports the window it shows ({@link RangeEvent}, debounced in the
 * browser), and the view answers with that window's records. After each drawing the element carries what
 * vis-timeline received: {@code data-items}, {@code data-groups}, and {@code data-links} (the arrows drawn).
 */
@JavaScript("context://static/vendor/vis-timeline/vis-timeline-graph2d.min.js")
@JavaScript("context://static/scripts/eventdesk-timeline.js")
@StyleSheet("context://static/vendor/vis-timeline/vis-timeline-graph2d.min.css")
@StyleSheet("context://static/styles/eventdesk-timeline.css")
public class VisTimeline extends Div {

    public VisTimeline(String id, String description) {
        setId(id);
        addClassName("desk-timeline");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", description);
        setWidthFull();
    }

    /** Draws the timeline on the window given, or keeps the window it shows and replaces what it draws. */
    public void draw(JsonObject data, Instant from, Instant to) {
        getElement()
                .executeJs(
                        "window.eventdeskTimeline.draw(this, $0, $1, $2, $3)",
                        data.toString(),
                        (double) from.toEpochMilli(),
                        (double) to.toEpochMilli(),
                        Texts.locale().getLanguage());
    }

    public void zoomIn() {
        getElement().executeJs("window.eventdeskTimeline.zoom(this, 'in')");
    }

    public void zoomOut() {
        getElement().executeJs("window.eventdeskTimeline.zoom(this, 'out')");
    }

    /** Centres the axis on now, keeping its zoom. */
    public void today() {
        getElement().executeJs("window.eventdeskTimeline.today(this)");
    }

    public Registration addRangeListener(ComponentEventListener<RangeEvent> listener) {
        return addListener(RangeEvent.class, listener);
    }

    public Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }

    /** The window the person moved the axis to, in milliseconds since the epoch. */
    @DomEvent("eventdesk-range")
    public static class RangeEvent extends ComponentEvent<VisTimeline> {
        private final Instant from;
        private final Instant to;

        public RangeEvent(
                VisTimeline source,
                boolean fromClient,
                @EventData("event.detail.start") double start,
                @EventData("event.detail.end") double end) {
            super(source, fromClient);
            this.from = Instant.ofEpochMilli((long) start);
            this.to = Instant.ofEpochMilli((long) end);
        }

        public Instant from() {
            return from;
        }

        public Instant to() {
            return to;
        }
    }

    /** An item was clicked (or chosen with Enter): its record should open. */
    @DomEvent("eventdesk-open")
    public static class OpenEvent extends ComponentEvent<VisTimeline> {
        private final long recordId;

        public OpenEvent(VisTimeline source, boolean fromClient, @EventData("event.detail.id") double id) {
            super(source, fromClient);
            this.recordId = (long) id;
        }

        public long recordId() {
            return recordId;
        }
    }
}

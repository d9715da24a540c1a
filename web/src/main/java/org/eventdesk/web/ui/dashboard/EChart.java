package org.eventdesk.web.ui.dashboard;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import jakarta.json.JsonObject;

/**
 * An Apache ECharts chart (Apache-2.0; Vaadin's own Charts need a commercial licence). The server builds the chart's
 * whole option as JSON and the browser only draws it ({@code webapp/static/scripts/eventdesk-chart.js}): the page fetches
 * no data of its own. ECharts is a static script of the WAR, downloaded by the build from the npm registry with its
 * checksum (see the parent POM's {@code version.echarts}); loading it with {@code context://} keeps it out of
 * Vaadin's front-end bundle, so Vaadin's pre-compiled bundle serves and the build needs no Node.
 *
 * <p>After drawing, the element carries {@code data-series}: how many series ECharts holds, as it reports them.
 */
@JavaScript("context://static/vendor/echarts/echarts.min.js")
@JavaScript("context://static/scripts/eventdesk-chart.js")
public class EChart extends Div {

    /** @param description what the chart shows, for screen readers (the numbers are in the table beside it) */
    public EChart(String id, String description) {
        setId(id);
        addClassName("desk-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        setWidthFull();
        setHeight("260px");
    }

    /** Replaces what the chart shows. */
    public void setOption(JsonObject option) {
        getElement().removeAttribute("data-series");
        getElement().executeJs("window.eventdeskChart(this, $0)", option.toString());
    }
}

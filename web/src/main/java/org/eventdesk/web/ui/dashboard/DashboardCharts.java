package org.eventdesk.web.ui.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** The ECharts options the dashboard draws: a category axis of labels and one or more numeric series. */
final class DashboardCharts {
    private DashboardCharts() {}

    /** One series: its name and a value per label ({@code null}: no value, a gap). */
    record Series(String name, List<Number> values) {}

    static JsonObject bars(List<String> labels, List<Series> series) {
        return option(labels, series, "bar", null);
    }

    static JsonObject lines(List<String> labels, String unit, List<Series> series) {
        return option(labels, series, "line", unit);
    }

    private static JsonObject option(List<String> labels, List<Series> series, String type, String unit) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        labels.forEach(categories::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("type", "value");
        if (unit == null) {
            valueAxis.add("minInterval", 1); // counts of records: no half records on the axis
        } else {
            valueAxis.add("name", unit);
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number value : one.values()) {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(new BigDecimal(value.toString()));
                }
            }
            all.add(Json.createObjectBuilder()
                    .add("name", one.name())
                    .add("type", type)
                    .add("connectNulls", false)
                    .add("data", data));
        }
        return Json.createObjectBuilder()
                .add("animation", false)
                .add("aria", Json.createObjectBuilder().add("enabled", true))
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder().add("top", 0))
                .add(
                        "grid",
                        Json.createObjectBuilder()
                                .add("left", 48)
                                .add("right", 16)
                                .add("top", 36)
                                .add("bottom", 28))
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", categories))
                .add("yAxis", valueAxis)
                .add("series", all)
                .build();
    }
}

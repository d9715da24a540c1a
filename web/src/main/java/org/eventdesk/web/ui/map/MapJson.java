package org.eventdesk.web.ui.map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.application.record.RecordMap;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.MapCell;
import org.eventdesk.domain.record.MapMarker;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * What the map script draws, as JSON: clusters, markers in their type's colour with the words of their card, and
 * the area drawn. The colours are assigned to the top-level types in the taxonomy's order, from a palette that
 * colour-blind readers can tell apart (Okabe and Ito's), so a type keeps its colour on every map and in the legend.
 */
public final class MapJson {
    private static final List<String> PALETTE =
            List.of("#D55E00", "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#8C6D1F", "#F0E442");
    private static final String NO_TYPE = "#7F7F7F";

    private final Map<String, String> colours = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    public MapJson(List<TaxonomyEntry> eventTypes) {
        for (TaxonomyEntry type : eventTypes) {
            if (type.parentCode() == null) {
                labels.put(type.code(), type.label());
                colours.put(type.code(), PALETTE.get(colours.size() % PALETTE.size()));
            } else {
                labels.put(type.code(), type.label());
            }
        }
    }

    /** The top-level types with their colours, for the legend: code → [label, colour]. */
    public Map<String, String[]> legend() {
        Map<String, String[]> legend = new LinkedHashMap<>();
        colours.forEach((code, colour) -> legend.put(code, new String[] {labels.get(code), colour}));
        return legend;
    }

    public JsonObject view(RecordMap.MapView view, GeoBox area) {
        JsonArrayBuilder clusters = Json.createArrayBuilder();
        for (MapCell cell : view.clusters()) {
            clusters.add(Json.createObjectBuilder()
                    .add("lat", cell.lat())
                    .add("lon", cell.lon())
                    .add("count", cell.places())
                    .add("onePoint", cell.atOnePoint())
                    .add("west", cell.extent().west())
                    .add("south", cell.extent().south())
                    .add("east", cell.extent().east())
                    .add("north", cell.extent().north()));
        }
        JsonArrayBuilder markers = Json.createArrayBuilder();
        view.markers().forEach(marker -> markers.add(marker(marker)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("clusters", clusters)
                .add("markers", markers)
                .add("places", view.places())
                .add("capped", view.capped());
        if (area != null) {
            json.add("area", box(area));
        }
        return json.build();
    }

    /** The records at one point, for the list a cluster that zooming cannot split shows. */
    public String list(List<MapMarker> markers) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        markers.forEach(marker -> list.add(marker(marker)));
        return list.build().toString();
    }

    private JsonObjectBuilder marker(MapMarker marker) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("record", marker.record())
                .add("place", marker.placeName())
                .add("lat", marker.lat())
                .add("lon", marker.lon())
                .add("title", marker.title())
                .add("when", Formats.eventTime(marker.start(), marker.precision(), marker.zone()))
                .add("status", Texts.of(marker.status()))
                .add("type", marker.type() == null ? "" : labels.getOrDefault(marker.type(), marker.type()))
                .add(
                        "colour",
                        marker.typeFamily() == null ? NO_TYPE : colours.getOrDefault(marker.typeFamily(), NO_TYPE));
        if (marker.geoPrecision() != null) {
            json.add("geoPrecision", Texts.of(marker.geoPrecision()));
        }
        if (marker.largestCasualtyFigure() != null) {
            json.add("figure", marker.largestCasualtyFigure());
        }
        return json;
    }

    static JsonObjectBuilder box(GeoBox box) {
        return Json.createObjectBuilder()
                .add("west", box.west())
                .add("south", box.south())
                .add("east", box.east())
                .add("north", box.north());
    }
}

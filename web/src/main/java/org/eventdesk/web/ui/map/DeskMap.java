package org.eventdesk.web.ui.map;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.BiFunction;
import org.eventdesk.domain.record.GeoBox;

/**
 * The records map of the desk, drawn by Leaflet in the browser ({@code webapp/static/scripts/eventdesk-map.js}) from
 * what the server found for the view on screen: the browser reports each view it settles on, the server answers
 * with the clusters and markers of that view only. Leaflet, topojson-client and the country outlines are static
 * files of the WAR (see {@code version.leaflet} in the parent POM), outside Vaadin's front-end bundle.
 *
 * <p>After drawing, the element says what it received: {@code data-clusters}, {@code data-markers}, {@code
 * data-places} and {@code data-drawn} (how many times it drew), which the browser tests read.
 */
@JavaScript("context://static/vendor/leaflet/leaflet.js")
@JavaScript("context://static/vendor/topojson-client/topojson-client.min.js")
@JavaScript("context://static/scripts/eventdesk-map.js")
@StyleSheet("context://static/vendor/leaflet/leaflet.css")
@StyleSheet("context://static/styles/eventdesk-map.css")
public class DeskMap extends Div {
    /** Where a map opens when no area is asked for: the inhabited world, at the zoom that fits it on screen. */
    private static final GeoBox WORLD = new GeoBox(-170, -56, 180, 75);

    /** What the map does with the views the editor moves to and the areas drawn. */
    public interface Listener {
        void viewChanged(GeoBox view, int zoom);

        void areaDrawn(GeoBox area);
    }

    private final MapTiles tiles;
    private final Listener listener;
    private final BiFunction<Double, Double, String> recordsAt;
    private GeoBox opening;

    /**
     * @param recordsAt the records at one point as the JSON array the card lists, for a cluster zooming cannot split
     */
    public DeskMap(MapTiles tiles, Listener listener, BiFunction<Double, Double, String> recordsAt) {
        this.tiles = tiles;
        this.listener = listener;
        this.recordsAt = recordsAt;
        setId("records-map");
        addClassName("desk-map");
        getElement().setAttribute("data-record-link", "records/");
        getElement().setAttribute("aria-label", t("map.aria"));
        setWidthFull();
    }

    /** Opens on this area rather than on the whole world (set before the map is shown). */
    public void openOn(GeoBox area) {
        this.opening = area;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        JsonObjectBuilder options = tiles.options()
                .add("area", MapJson.box(opening == null ? WORLD : opening))
                .add("texts", texts());
        getElement()
                .executeJs("window.eventdeskMap.desk(this, $0)", options.build().toString());
    }

    /** Replaces what the map shows. */
    /** The words of the map's own controls, in the tab's language. */
    static JsonObjectBuilder texts() {
        return Json.createObjectBuilder()
                .add("open", t("map.card.open"))
                .add("draw", t("map.draw"))
                .add("drawHint", t("map.draw.hint"))
                .add("outlines", t("map.outlines"));
    }

    public void show(JsonObject data) {
        getElement().executeJs("window.eventdeskMap.show(this, $0)", data.toString());
    }

    /** Moves the view to a rectangle. */
    public void fit(GeoBox box) {
        getElement()
                .executeJs(
                        "window.eventdeskMap.fit(this, $0, $1, $2, $3)",
                        box.west(),
                        box.south(),
                        box.east(),
                        box.north());
    }

    @ClientCallable
    private void viewChanged(double west, double south, double east, double north, int zoom) {
        listener.viewChanged(GeoBox.clamped(west, south, east, north), zoom);
    }

    @ClientCallable
    private void areaDrawn(double west, double south, double east, double north) {
        listener.areaDrawn(GeoBox.clamped(west, south, east, north));
    }

    @ClientCallable
    private String recordsAt(double lat, double lon) {
        return recordsAt.apply(lat, lon);
    }

    static JsonObject empty() {
        return Json.createObjectBuilder()
                .add("clusters", Json.createArrayBuilder())
                .add("markers", Json.createArrayBuilder())
                .add("places", 0)
                .build();
    }
}

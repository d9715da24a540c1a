package org.eventdesk.web.ui.map;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.eventdesk.domain.interchange.Countries;
import org.eventdesk.domain.record.GeoPrecision;

/**
 * A small map in the record editor's place card: it draws the place as the card holds it, with its precision (an
 * exact spot as a point, a town as a circle of a few kilometres, a region as a wider one, a country as its outline),
 * and a click on it gives the card new coordinates. The same script and files as the desk's map ({@link DeskMap}).
 *
 * <p>After drawing, the element says which precision it drew ({@code data-drawn-precision}), for the browser tests.
 */
@JavaScript("context://static/vendor/leaflet/leaflet.js")
@JavaScript("context://static/vendor/topojson-client/topojson-client.min.js")
@JavaScript("context://static/scripts/eventdesk-map.js")
@StyleSheet("context://static/vendor/leaflet/leaflet.css")
@StyleSheet("context://static/styles/eventdesk-map.css")
public class PlacePicker extends Div {
    private final MapTiles tiles;
    private final BiConsumer<Double, Double> picked;
    private Double lat;
    private Double lon;
    private GeoPrecision precision;
    private String country;
    private String admin1;
    private boolean started;

    /** @param picked what a click on the map does with its latitude and longitude */
    public PlacePicker(MapTiles tiles, BiConsumer<Double, Double> picked) {
        this.tiles = tiles;
        this.picked = picked;
        addClassName("place-picker");
        getElement().setAttribute("aria-label", t("editor.place.map"));
        setWidthFull();
        setHeight("260px");
    }

    /** Draws the place as it stands now. */
    public void show(Double lat, Double lon, GeoPrecision precision, String country, String admin1) {
        this.lat = lat;
        this.lon = lon;
        this.precision = precision;
        this.country = country;
        this.admin1 = admin1;
        if (started) {
            getElement()
                    .executeJs(
                            "window.eventdeskMap.place(this, $0)",
                            options().build().toString());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        started = true;
        getElement()
                .executeJs(
                        "window.eventdeskMap.picker(this, $0)",
                        options().build().toString());
    }

    private JsonObjectBuilder options() {
        JsonObjectBuilder options = tiles.options();
        if (lat != null && lon != null) {
            options.add("lat", lat).add("lon", lon);
        }
        if (precision != null) {
            options.add("precision", precision.name());
        }
        if (country != null && country.strip().length() == 2) {
            // The outlines name countries in English, as Java does for the ISO code (a few differ, e.g. "United
            // States of America": those are drawn as a point only).
            options.add(
                    "countryName",
                    new Locale("", country.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH));
            // A region is drawn as the outline of its country's region that holds the point (else the one with the
            // region's name); the country's regions are in a file named by its alpha-3 code.
            Countries.of(country)
                    .ifPresent(c -> options.add("regionFile", c.alpha3().toLowerCase(Locale.ROOT)));
        }
        if (admin1 != null && !admin1.isBlank()) {
            options.add("admin1", admin1.strip());
        }
        return options;
    }

    @ClientCallable
    private void pick(double lat, double lon) {
        if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
            picked.accept(lat, lon);
        }
    }
}

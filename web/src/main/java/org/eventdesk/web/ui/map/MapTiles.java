package org.eventdesk.web.ui.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.eventdesk.application.startup.DeskSettings;
import org.eventdesk.domain.interchange.Countries;

/**
 * What every map of the desk starts from: where the static files are, and the tile server when one is configured
 * ({@code eventdesk.map.tiles}); without one, the country outlines that ship with the desk are the base layer.
 */
@ApplicationScoped
public class MapTiles {
    @Inject
    private DeskSettings settings;

    /** The options the map script reads, relative to the page's base address (Vaadin's is the desk's root). */
    public JsonObjectBuilder options() {
        return options("static/");
    }

    /** The same, for a page that names the static files' address itself (the reader's pages). */
    public JsonObjectBuilder options(String staticBase) {
        JsonObjectBuilder options =
                Json.createObjectBuilder().add("staticBase", staticBase).add("regions", REGION_FILES);
        settings.mapTiles().ifPresent(url -> options.add("tiles", url).add("attribution", settings.mapAttribution()));
        return options;
    }

    /**
     * Which file holds each country's first-level regions: the country outlines are named by their ISO numeric code
     * ("804"), the regions' files by the alpha-3 code ("ukr").
     */
    private static final JsonObject REGION_FILES = regionFiles();

    private static JsonObject regionFiles() {
        JsonObjectBuilder files = Json.createObjectBuilder();
        for (String alpha2 : Locale.getISOCountries()) {
            Countries.of(alpha2)
                    .filter(c -> c.numeric() > 0)
                    .ifPresent(c ->
                            files.add(String.valueOf(c.numeric()), c.alpha3().toLowerCase(Locale.ROOT)));
        }
        return files.build();
    }

    public String tiles() {
        return settings.mapTiles().orElse("");
    }

    public String attribution() {
        return settings.mapAttribution();
    }
}

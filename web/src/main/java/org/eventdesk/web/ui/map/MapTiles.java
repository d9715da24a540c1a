package org.eventdesk.web.ui.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.eventdesk.application.startup.DeskSettings;

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
        JsonObjectBuilder options = Json.createObjectBuilder().add("staticBase", staticBase);
        settings.mapTiles().ifPresent(url -> options.add("tiles", url).add("attribution", settings.mapAttribution()));
        return options;
    }

    public String tiles() {
        return settings.mapTiles().orElse("");
    }

    public String attribution() {
        return settings.mapAttribution();
    }
}

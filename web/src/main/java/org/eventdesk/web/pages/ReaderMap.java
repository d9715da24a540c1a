package org.eventdesk.web.pages;

/**
 * A map on a reader's page: the record's places, or the public list's, drawn by the desk's map script from GeoJSON
 * written into the page (the same features as the GeoJSON export). The country outlines ship with the desk; a tile
 * server is drawn under them only when the desk is configured with one.
 *
 * @param id the element's id
 * @param label what the map shows, for screen readers
 * @param geoJson a FeatureCollection of points
 * @param note a line under the map, or {@code ""}
 */
public record ReaderMap(String id, String label, String geoJson, String tiles, String attribution, String note) {}

package org.eventdesk.domain.record;

/**
 * How the desk's map gathers places into clusters on the server, so that a view of the world with 100,000 records
 * sends a few hundred cells rather than every place: a grid of square cells, four to a map tile's width at the
 * view's zoom (about 64 pixels on Leaflet's 256-pixel tiles), so that clusters split as the editor zooms in.
 *
 * <p>A cell holding one place is drawn as that place. Places that share one point (a city's centre, where reports
 * say no more than the city) stay together at every zoom; the map lists the records there instead of zooming on.
 */
public final class MapGrid {
    /** The deepest zoom the map offers (Leaflet's default for tile layers). */
    public static final int MAX_ZOOM = 18;

    /** At most this many cells answer one view: a grid at the view's zoom never needs more on a screen. */
    public static final int MAX_CELLS = 5_000;

    private static final int CELLS_PER_TILE = 4;

    private MapGrid() {}

    /** A cell's side in degrees at a zoom (from 0, the whole world in one tile, to {@link #MAX_ZOOM}). */
    public static double cellDegrees(int zoom) {
        int z = Math.max(0, Math.min(MAX_ZOOM, zoom));
        return 360.0 / ((1L << z) * CELLS_PER_TILE);
    }
}

package org.eventdesk.application.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.MapCell;
import org.eventdesk.domain.record.MapGrid;
import org.eventdesk.domain.record.MapMarker;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordRepository;

/**
 * The records on the desk's map: only what the screen shows, gathered on the server into the cells of the {@link
 * MapGrid}, so that the answer stays a few hundred entries whether the desk holds a hundred records or a million.
 */
@Stateless
@RolesAllowed(org.eventdesk.domain.user.Role.Names.EDITOR)
public class RecordMap {
    /** The records listed at one point (a city's centre); more are said to be there and found with the grid. */
    public static final int MAX_AT_POINT = 50;

    @Inject
    private RecordRepository records;

    /**
     * What the map draws for a view at a zoom: a cell holding one place is that place's marker, and every other cell
     * a cluster to be opened by zooming in (or, when its places share one point, by listing them).
     */
    public MapView view(RecordQuery query, GeoBox view, int zoom) {
        List<MapCell> cells = records.mapCells(query, view, MapGrid.cellDegrees(zoom), MapGrid.MAX_CELLS + 1);
        boolean capped = cells.size() > MapGrid.MAX_CELLS;
        List<MapCell> shown = capped ? cells.subList(0, MapGrid.MAX_CELLS) : cells;
        List<MapMarker> markers = records.mapMarkers(shown.stream()
                .filter(cell -> cell.places() == 1)
                .map(MapCell::firstPlace)
                .toList());
        List<MapCell> clusters =
                shown.stream().filter(cell -> cell.places() > 1).toList();
        long places = shown.stream().mapToLong(MapCell::places).sum();
        return new MapView(clusters, markers, places, capped);
    }

    /** The records found at one point, newest event first: what a cluster that zooming cannot split holds. */
    public List<MapMarker> at(RecordQuery query, double lat, double lon) {
        return records.mapMarkersAt(query, lat, lon, MAX_AT_POINT);
    }

    /**
     * @param places how many places the clusters and markers stand for
     * @param capped whether the view held more cells than {@link MapGrid#MAX_CELLS} (some are then missing)
     */
    public record MapView(List<MapCell> clusters, List<MapMarker> markers, long places, boolean capped) {}
}

package org.eventdesk.application.record;

import static org.eventdesk.application.Callers.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.eventdesk.application.Deployments;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.MapCell;
import org.eventdesk.domain.record.MapGrid;
import org.eventdesk.domain.record.MapMarker;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.RecordQuery;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The map's reads on the real server and database (H2, and PostgreSQL in CI's second pass): which places a view
 * holds under each kind of filter. The filters by places alone (the area drawn) compare the places' record ids
 * without reading the records; those by the record's own columns (its type) join it; both must keep the grid's
 * meaning, checked here on records of the test's own in an empty stretch of the Southern Ocean.
 */
@ExtendWith(ArquillianExtension.class)
class RecordMapIT {
    /** Deep enough that every place of the test has a cell of its own (cells of about 3 cm). */
    private static final int STREET = MapGrid.MAX_ZOOM;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private RecordService records;

    @Inject
    private RecordMap map;

    @Test
    void aViewHoldsThePlacesOfTheRecordsItsFiltersKeep() throws Exception {
        // A spot of this run's own: the database may hold an earlier run's records.
        double lat = -60 + ThreadLocalRandom.current().nextDouble(-2, 2);
        double lon = -130 + ThreadLocalRandom.current().nextDouble(-20, 20);
        long twoPlaces = create(
                RecordInputs.titled("Strike at two points"), point("Near", lat, lon), point("Far", lat + 0.5, lon));
        long inside = create(RecordInputs.titled("Strike inside"), point("Inside", lat + 0.01, lon + 0.01));
        long meeting =
                create(RecordInputs.titled("Meeting outside").type("MEETING"), point("Outside", lat + 0.3, lon + 0.3));
        GeoBox view = new GeoBox(lon - 1, lat - 1, lon + 1, lat + 1);
        GeoBox area = new GeoBox(lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05);

        RecordMap.MapView everything = editor(() -> map.view(query(null, null), view, STREET));
        assertEquals(4, everything.places());
        assertEquals(Set.of("Near", "Far", "Inside", "Outside"), names(everything.markers()));

        // The area keeps the records with a place inside it, and the map shows every place of theirs in view.
        RecordMap.MapView inArea = editor(() -> map.view(query(null, area), view, STREET));
        assertEquals(Set.of("Near", "Far", "Inside"), names(inArea.markers()), "a record is kept by any of its places");
        assertEquals(Set.of(twoPlaces, inside), recordIds(inArea.markers()));

        RecordMap.MapView meetings = editor(() -> map.view(query("MEETING", null), view, STREET));
        assertEquals(Set.of(meeting), recordIds(meetings.markers()));
        assertEquals(
                0, editor(() -> map.view(query("MEETING", area), view, STREET)).places(), "type and area both");

        // Zoomed out, the same places gather in one cluster, filtered alike.
        RecordMap.MapView world = editor(() -> map.view(query(null, area), view, 2));
        assertEquals(List.of(3L), world.clusters().stream().map(MapCell::places).toList());
        assertEquals(List.of(), world.markers());
    }

    private long create(RecordInputs input, RecordInput.PlaceInput... places) throws Exception {
        for (RecordInput.PlaceInput place : places) {
            input.place(place);
        }
        return editor(() -> records.create(input.input())).id();
    }

    private static RecordInput.PlaceInput point(String name, double lat, double lon) {
        return new RecordInput.PlaceInput(name, null, null, null, lat, lon, GeoPrecision.EXACT, null, List.of());
    }

    private static RecordQuery query(String type, GeoBox area) {
        return new RecordQuery(null, type, null, null, null, null, null, null, null, null, null, area);
    }

    private static Set<String> names(List<MapMarker> markers) {
        return markers.stream().map(MapMarker::placeName).collect(Collectors.toSet());
    }

    private static Set<Long> recordIds(List<MapMarker> markers) {
        return markers.stream().map(MapMarker::record).collect(Collectors.toSet());
    }
}

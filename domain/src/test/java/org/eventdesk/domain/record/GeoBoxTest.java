package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoBoxTest {

    @Test
    void readsWestSouthEastNorthAndWritesItBackShort() {
        GeoBox kyiv = GeoBox.parse(" 30.2, 50.3 ,30.8,50.6 ");
        assertEquals(new GeoBox(30.2, 50.3, 30.8, 50.6), kyiv);
        assertEquals("30.2,50.3,30.8,50.6", kyiv.text());
        assertEquals(kyiv, GeoBox.parse(kyiv.text()));
        assertEquals("-120.123457,-40,0,1", new GeoBox(-120.1234567, -40, 0, 1).text());
    }

    @Test
    void itsEdgesAreInside() {
        GeoBox box = new GeoBox(30, 50, 31, 51);
        assertTrue(box.contains(50, 30));
        assertTrue(box.contains(51, 31));
        assertTrue(box.contains(50.5, 30.5));
        assertFalse(box.contains(49.99, 30.5));
        assertFalse(box.contains(50.5, 31.01));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1,2,3",
                "1,2,3,4,5",
                "a,2,3,4",
                "30,50,29,51",
                "30,51,31,50",
                "-181,0,0,1",
                "0,-91,1,0",
                "0,0,1,91",
                "NaN,0,1,1",
                "Infinity,0,1,1"
            })
    void refusesWhatIsNotARectangleOfTheWorldNamingTheArea(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> GeoBox.parse(text));
        assertEquals("area", refused.errors().get(0).field());
    }

    @Test
    void aViewWiderThanTheWorldIsCutToIt() {
        assertEquals(new GeoBox(-180, -85, 180, 85), GeoBox.clamped(-400, -85, 300, 85));
        assertEquals(new GeoBox(-180, -90, 180, 90), GeoBox.clamped(-10, -95, 400, 95));
        assertEquals(new GeoBox(100, 0, 180, 10), GeoBox.clamped(100, 0, 200, 10));
    }

    @Test
    void cellsAreAQuarterTileAndHalveWithEachZoom() {
        assertEquals(90.0, MapGrid.cellDegrees(0));
        assertEquals(22.5, MapGrid.cellDegrees(2));
        assertEquals(MapGrid.cellDegrees(7) / 2, MapGrid.cellDegrees(8));
        assertEquals(MapGrid.cellDegrees(MapGrid.MAX_ZOOM), MapGrid.cellDegrees(40), "zooms beyond the deepest");
        assertEquals(90.0, MapGrid.cellDegrees(-3));
    }

    @Test
    void aMarkerIsColouredByItsTopLevelType() {
        assertEquals("PROTESTS", marker("PROTESTS.PEACEFUL_PROTEST").typeFamily());
        assertEquals("BATTLES", marker("BATTLES").typeFamily());
        assertEquals(null, marker(null).typeFamily());
    }

    private static MapMarker marker(String type) {
        return new MapMarker(
                1, 0, 0, "Kyiv", GeoPrecision.NEAR, 2, "t", type, RecordStatus.DRAFT, null, null, null, null);
    }
}

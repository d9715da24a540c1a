package org.eventdesk.domain.record;

/**
 * The places of the records a map shows that fall into one cell of the {@link MapGrid}: how many, where their
 * centre is, and the rectangle they span (a single point when they all share one, as places given as a city do).
 *
 * @param firstPlace the lowest id among the cell's places: the place itself when the cell holds one
 */
public record MapCell(long places, double lat, double lon, GeoBox extent, long firstPlace) {
    /** Whether the cell's places all stand at one point, so that zooming in would never split them. */
    public boolean atOnePoint() {
        return extent.west() == extent.east() && extent.south() == extent.north();
    }
}

package org.eventdesk.domain.record;

/** How precisely a place's coordinates locate the event (ACLED's geo-precision, in words). */
public enum GeoPrecision {
    /** The coordinates are where it happened. */
    EXACT("exact"),
    /** Near the coordinates: a town or a part of a city. */
    NEAR("near"),
    /** Somewhere in a region; the coordinates are the region's centre. */
    REGION("region"),
    /** Somewhere in the country. */
    COUNTRY("country");

    private final String label;

    GeoPrecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

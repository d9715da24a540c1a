package org.eventdesk.domain.timeline;

import java.util.Locale;
import org.eventdesk.domain.record.EventType;

/**
 * The rows of the timeline: records by their type's family (its top-level type: every air strike, shelling and
 * remote explosive under "Explosions/Remote violence") or by their first place (the place a record names first is
 * where the editor put the event; a record with several keeps one row). A key is what records of one row share;
 * records without a type or a place share the row of {@link #NONE}.
 */
public enum TimelineGrouping {
    TYPE("type"),
    PLACE("place");

    /** The key of the row for records that lack what the grouping reads. */
    public static final String NONE = "";

    private final String parameter;

    TimelineGrouping(String parameter) {
        this.parameter = parameter;
    }

    /** How the grouping is written in the timeline's address ({@code ?group=type}). */
    public String parameter() {
        return parameter;
    }

    /** The grouping an address names; anything else (absent, misspelt) is the default, by type. */
    public static TimelineGrouping fromParameter(String value) {
        return value != null && value.strip().equalsIgnoreCase(PLACE.parameter) ? PLACE : TYPE;
    }

    /**
     * @param typeCode the record's type code, or null
     * @param placeName its first place's name, or null
     * @param country that place's country (ISO 3166 alpha-2), or null
     */
    public String key(String typeCode, String placeName, String country) {
        return switch (this) {
            case TYPE -> typeCode == null || typeCode.isBlank() ? NONE : EventType.topLevelOf(typeCode);
            case PLACE -> placeKey(placeName, country);
        };
    }

    /**
     * Names are compared without case ("KYIV" is Kyiv); the same name in two countries is two rows, and a name
     * without a country is a row of its own (the desk does not guess which country it meant).
     */
    private static String placeKey(String name, String country) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        return country == null || country.isBlank()
                ? normalized
                : normalized + "|" + country.strip().toUpperCase(Locale.ROOT);
    }

    /** A place row's label: a name as a record of the row writes it, with its country ("Kyiv (UA)"). */
    public static String placeLabel(String name, String country) {
        if (name == null || name.isBlank()) {
            return "No place";
        }
        return country == null || country.isBlank()
                ? name.strip()
                : name.strip() + " (" + country.strip().toUpperCase(Locale.ROOT) + ")";
    }
}

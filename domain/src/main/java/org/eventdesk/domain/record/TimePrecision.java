package org.eventdesk.domain.record;

/** How precisely a report gives a time: "at 11:20" is a minute, "overnight" a part of the day. */
public enum TimePrecision {
    MINUTE("to the minute"),
    HOUR("to the hour"),
    PART_OF_DAY("part of the day"),
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String label;

    TimePrecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.eventdesk.domain.record;

/** Whether a planned event (a meeting, a vote) took place. Absent for events reported after the fact. */
public enum Occurrence {
    SCHEDULED("Scheduled"),
    HAPPENED("Happened"),
    POSTPONED("Postponed"),
    CANCELLED("Cancelled");

    private final String label;

    Occurrence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

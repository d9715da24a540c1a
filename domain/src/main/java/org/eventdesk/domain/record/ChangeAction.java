package org.eventdesk.domain.record;

/** What happened to a record, as its history tells it. */
public enum ChangeAction {
    CREATED("created"),
    SAVED("saved"),
    SUBMITTED("submitted for review"),
    APPROVED("approved"),
    RETURNED("returned to its editors"),
    SCHEDULED("scheduled for publication"),
    UNSCHEDULED("took back the scheduled publication"),
    PUBLISHED("published"),
    SPIKED("spiked"),
    RETRACTED("retracted"),
    CORRECTION_STARTED("started a correction"),
    TAKEN_OVER("took over editing"),
    /** The scheduler could not publish the record and took it back from the schedule, for a person to look at. */
    SCHEDULE_FAILED("could not publish it as scheduled; it is back among the approved records");

    private final String words;

    ChangeAction(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

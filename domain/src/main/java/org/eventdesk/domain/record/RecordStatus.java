package org.eventdesk.domain.record;

/** Where a record stands in the desk's workflow (see DOMAIN.md, "The workflow"). */
public enum RecordStatus {
    DRAFT("Draft"),
    SUBMITTED("In review"),
    RETURNED("Returned"),
    APPROVED("Approved"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    SPIKED("Spiked"),
    RETRACTED("Retracted");

    private final String label;

    RecordStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether editors may change the record's facts: only a draft, or a revision returned to them. */
    public boolean isOpenForEditing() {
        return this == DRAFT || this == RETURNED;
    }
}

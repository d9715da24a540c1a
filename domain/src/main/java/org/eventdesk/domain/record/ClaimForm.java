package org.eventdesk.domain.record;

/** Whether a claim gives the speaker's own words or the desk's summary of them. */
public enum ClaimForm {
    QUOTE("Quote"),
    PARAPHRASE("Paraphrase");

    private final String label;

    ClaimForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

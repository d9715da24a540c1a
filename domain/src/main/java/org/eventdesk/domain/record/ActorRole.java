package org.eventdesk.domain.record;

/** The part an actor plays in the event. */
public enum ActorRole {
    INITIATOR("Initiator"),
    TARGET("Target"),
    PARTICIPANT("Participant"),
    SPEAKER("Speaker");

    private final String label;

    ActorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

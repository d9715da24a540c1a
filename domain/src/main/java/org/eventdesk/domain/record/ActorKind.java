package org.eventdesk.domain.record;

/** What an actor is. */
public enum ActorKind {
    STATE("State"),
    ARMED_GROUP("Armed group"),
    GOVERNMENT("Government"),
    ORGANISATION("Organisation"),
    PERSON("Person"),
    CIVILIANS("Civilians");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

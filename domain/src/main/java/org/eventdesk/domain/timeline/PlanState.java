package org.eventdesk.domain.timeline;

import org.eventdesk.domain.record.Occurrence;

/**
 * Whether a record tells what happened or what was planned, and how a plan stands. A record without an occurrence
 * reports something after the fact; a planned event that took place ({@link Occurrence#HAPPENED}) is drawn like any
 * event. The others stay plans and are drawn as plans (a dashed outline), each with its word, never by colour alone;
 * a cancelled plan is struck through as well, since it will not take place at that time.
 */
public enum PlanState {
    HAPPENED(null),
    SCHEDULED("planned"),
    POSTPONED("postponed"),
    CANCELLED("cancelled");

    private final String word;

    PlanState(String word) {
        this.word = word;
    }

    public static PlanState of(Occurrence occurrence) {
        if (occurrence == null) {
            return HAPPENED;
        }
        return switch (occurrence) {
            case HAPPENED -> HAPPENED;
            case SCHEDULED -> SCHEDULED;
            case POSTPONED -> POSTPONED;
            case CANCELLED -> CANCELLED;
        };
    }

    /** Drawn as a plan rather than as something that happened. */
    public boolean planned() {
        return this != HAPPENED;
    }

    /** Will not take place at the time drawn. */
    public boolean struckThrough() {
        return this == CANCELLED;
    }

    /** The word shown with the item ("planned", "postponed", "cancelled"), or null for what happened. */
    public String word() {
        return word;
    }
}

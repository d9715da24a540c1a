package org.eventdesk.domain.record;

import java.util.Set;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.user.Role;

/**
 * The steps a person can take on a record, each with the role it needs (DOMAIN.md, "Roles"). Which steps a record
 * offers in its state, and why it refuses one, is the record's to say ({@link EventRecord#availableSteps}); the
 * services check the same roles with their {@code @RolesAllowed}, and the API and the desk render the steps from
 * the record's answer rather than recoding the rules.
 */
public enum WorkflowStep {
    EDIT(Role.EDITOR, "Edit"),
    SUBMIT(Role.EDITOR, "Submit for review"),
    NOTE_CORRECTION(Role.EDITOR, "Write the correction note"),
    SPIKE(Role.EDITOR, "Spike"),
    APPROVE(Role.REVIEWER, "Approve"),
    RETURN(Role.REVIEWER, "Return to its editors"),
    PUBLISH(Role.EDITOR, "Publish now"),
    SCHEDULE(Role.EDITOR, "Schedule the publication"),
    UNSCHEDULE(Role.EDITOR, "Take back from the schedule"),
    START_CORRECTION(Role.EDITOR, "Start a correction"),
    RETRACT(Role.REVIEWER, "Retract");

    private final Role role;
    private final String label;

    WorkflowStep(Role role, String label) {
        this.role = role;
        this.label = label;
    }

    /** The role a person needs to take this step. */
    public Role role() {
        return role;
    }

    public String label() {
        return label;
    }

    /** The step's name in the API: {@code START_CORRECTION} is {@code start-correction}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Who is asking which steps they may take: a user name and the roles the desk gave it. */
    public record Actor(String username, Set<Role> roles) {
        public Actor {
            roles = Set.copyOf(roles);
        }
    }

    /**
     * A step the record offers to someone: allowed, or refused with the reason (four eyes, a record not ready for
     * review) so that the person sees why before trying. The reason and what is missing are wordings, said in the
     * reader's language on the desk and in English by the API.
     */
    public record Option(WorkflowStep step, Wording refusal, java.util.List<Wording> missing) {
        public Option {
            missing = java.util.List.copyOf(missing);
        }

        static Option allowed(WorkflowStep step) {
            return new Option(step, null, java.util.List.of());
        }

        public boolean allowed() {
            return refusal == null;
        }
    }
}

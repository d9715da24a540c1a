package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * One entry of the event-type taxonomy: ACLED's six event types with their sub-types, and the news types
 * (meeting, statement, ...). A sub-type's code is its parent's code, a dot, and its own name, e.g.
 * {@code EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE}. Seeded by the migrations; admins manage the list.
 *
 * <p>Entries are never deleted, since records use their codes: an admin adds, relabels and deactivates them. A
 * deactivated type is refused for new use (the record rules accept active codes only) and stays readable on the
 * records that have it. The code never changes once made.
 */
@Entity
@Table(name = "event_type")
public class EventType {
    @Id
    @Column(length = 100)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "parent_code", length = 100)
    private String parentCode;

    /** ACLED or NEWS: where the type comes from, which matters for the ACLED-compatible export. */
    @Column(nullable = false, length = 10)
    private String family;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    public static final int MAX_CODE = 100;
    public static final int MAX_LABEL = 200;
    /** The family of types the desk adds itself; ACLED's come only from the migrations. */
    public static final String DESK_FAMILY = "NEWS";

    /** One part of a code: upper-case letters, digits and underscores, starting with a letter. */
    private static final Pattern PART = Pattern.compile("[A-Z][A-Z0-9_]*");

    protected EventType() {}

    /**
     * A new entry. A top-level type belongs to the desk's own family; a sub-type joins its parent's family, so the
     * ACLED export still finds its ACLED parent.
     *
     * @param parent the type it is a sub-type of (a top-level, active type), or null for a top-level type
     * @param position where it sorts in the list
     */
    public static EventType create(String code, String label, EventType parent, int position) {
        String trimmed = code == null ? null : code.strip();
        Validation validation = new Validation()
                .require(trimmed != null && !trimmed.isEmpty(), "code", Wording.of("text.required"))
                .requireText(label, "label", MAX_LABEL);
        if (trimmed != null && !trimmed.isEmpty()) {
            validation.require(trimmed.length() <= MAX_CODE, "code", Wording.of("text.tooLong", MAX_CODE));
            if (parent == null) {
                validation.require(
                        PART.matcher(trimmed).matches(), "code", Wording.of("taxonomy.eventType.codeInvalid"));
            } else {
                String prefix = parent.code + ".";
                validation.require(
                        trimmed.startsWith(prefix)
                                && PART.matcher(trimmed.substring(prefix.length()))
                                        .matches(),
                        "code",
                        Wording.of("taxonomy.eventType.subTypeCode", parent.code));
            }
        }
        if (parent != null) {
            validation.require(!parent.isSubType(), "parentCode", Wording.of("taxonomy.eventType.subTypeOfSubType"));
            validation.require(
                    parent.active, "parentCode", Wording.of("taxonomy.eventType.parentDeactivated", parent.code));
        }
        validation.throwIfAny();
        EventType type = new EventType();
        type.code = trimmed;
        type.label = label.strip();
        type.parentCode = parent == null ? null : parent.code;
        type.family = parent == null ? DESK_FAMILY : parent.family;
        type.position = position;
        type.active = true;
        return type;
    }

    public void relabel(String newLabel) {
        new Validation().requireText(newLabel, "label", MAX_LABEL).throwIfAny();
        label = newLabel.strip();
    }

    /** Refused for new use from now on; records that have it keep it. Sub-types go with their parent. */
    public void deactivate() {
        active = false;
    }

    /** Back in use; a sub-type only while its parent is. */
    public void reactivate(EventType parent) {
        if (parentCode != null && (parent == null || !parent.code.equals(parentCode) || !parent.active)) {
            throw new InvalidInputException(FieldError.of("active", "taxonomy.eventType.parentInactive", parentCode));
        }
        active = true;
    }

    /** Moves it in the list, to make room for a new sub-type before it. */
    public void moveTo(int newPosition) {
        position = newPosition;
    }

    /** The top-level type a code belongs to: itself, or for a sub-type the part before the dot. */
    public static String topLevelOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getFamily() {
        return family;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSubType() {
        return parentCode != null;
    }
}

package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the event-type taxonomy: ACLED's six event types with their sub-types, and the news types
 * (meeting, statement, ...). A sub-type's code is its parent's code, a dot, and its own name, e.g.
 * {@code EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE}. Seeded by the migrations; admins manage the list.
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

    protected EventType() {}

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

package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a figure counts (killed, injured, drones launched, ...). Seeded by the migrations; admins manage it. */
@Entity
@Table(name = "figure_category")
public class FigureCategory {
    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected FigureCategory() {}

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}

package org.eventdesk.domain.record;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a record's history: who did what, when, which fields changed from what to what, and why.
 * Written once and never changed (there are no setters, and no service updates or deletes history).
 */
@Entity
@Table(name = "record_change")
public class RecordChange {
    /**
     * The size of a history comment. What people type for one (a return comment, a spike reason) is held to it by
     * the step that takes it; a comment the desk composes around a person's text ({@code "version 2, correction:
     * " + note}) keeps its start, and the full text stays where it belongs (the record, its publications).
     */
    public static final int MAX_COMMENT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
    @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ChangeAction action;

    @Column(name = "change_comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "revision", nullable = false)
    private int revision;

    @ElementCollection
    @CollectionTable(name = "record_change_field", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> fields = new ArrayList<>();

    protected RecordChange() {}

    public RecordChange(
            long recordId,
            int revision,
            ChangeAction action,
            String by,
            Instant at,
            String comment,
            List<FieldChange> fields) {
        this.recordId = recordId;
        this.revision = revision;
        this.action = action;
        this.by = by;
        this.at = at;
        this.comment = comment == null || comment.isBlank() ? null : clip(comment.strip());
        this.fields.addAll(fields);
    }

    private static String clip(String comment) {
        return comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public ChangeAction action() {
        return action;
    }

    public String comment() {
        return comment;
    }

    public int revision() {
        return revision;
    }

    public List<FieldChange> fields() {
        return List.copyOf(fields);
    }
}

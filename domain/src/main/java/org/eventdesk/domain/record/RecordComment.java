package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eventdesk.domain.shared.Validation;

/** A note in a record's discussion thread: editors and reviewers talking about the record, kept in order. */
@Entity
@Table(name = "record_comment")
public class RecordComment {
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "written_by", nullable = false, length = 64)
    private String by;

    @Column(name = "written_at", nullable = false)
    private Instant at;

    @Column(name = "comment_text", nullable = false, length = MAX_TEXT)
    private String text;

    protected RecordComment() {}

    public static RecordComment write(long recordId, String text, String by, Instant at) {
        new Validation().requireText(text, "text", MAX_TEXT).throwIfAny();
        RecordComment comment = new RecordComment();
        comment.recordId = recordId;
        comment.text = text.strip();
        comment.by = by;
        comment.at = at;
        return comment;
    }

    public Long getId() {
        return id;
    }

    public long recordId() {
        return recordId;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    public String text() {
        return text;
    }
}

package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer's remark on one fact ("the article says 'at least 46', not 46"). Made by the record
 * ({@link EventRecord#commentOnFact}); kept for good, with the fact's words as they were, so the editor who gets the
 * record back reads what was said about which fact, even after changing it.
 */
@Entity
@Table(name = "fact_comment")
public class FactComment {
    public static final int MAX_TEXT = 4000;
    /** The fact's words kept with a comment: enough to recognise the fact. */
    public static final int MAX_FACT_WORDS = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_comment_seq")
    @SequenceGenerator(name = "fact_comment_seq", sequenceName = "fact_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "fact_ref", nullable = false, length = FactCheck.MAX_REF)
    private String factRef;

    @Column(nullable = false)
    private int revision;

    @Column(name = "fact_words", nullable = false, length = MAX_FACT_WORDS)
    private String factWords;

    @Column(name = "written_by", nullable = false, length = 64)
    private String by;

    @Column(name = "written_at", nullable = false)
    private Instant at;

    @Column(name = "comment_text", nullable = false, length = MAX_TEXT)
    private String text;

    protected FactComment() {}

    static FactComment of(
            long recordId, String factRef, int revision, String factWords, String text, String by, Instant at) {
        FactComment comment = new FactComment();
        comment.recordId = recordId;
        comment.factRef = factRef;
        comment.revision = revision;
        comment.factWords =
                factWords.length() <= MAX_FACT_WORDS ? factWords : factWords.substring(0, MAX_FACT_WORDS - 1) + "…";
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

    public String factRef() {
        return factRef;
    }

    public int revision() {
        return revision;
    }

    public String factWords() {
        return factWords;
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

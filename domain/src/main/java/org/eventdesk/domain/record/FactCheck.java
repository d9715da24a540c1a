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
 * A reviewer's tick on one fact of a record in review: "I compared this with its source". It is made by the record
 * ({@link EventRecord#checkFact}), which decides who may give it, and it holds only for the fact as it was then: the
 * same revision and the same fingerprint ({@link org.eventdesk.domain.publishing.ReviewFacts.Fact#fingerprint}).
 * When the editor changes the fact after a return, or a correction opens a new revision, the tick no longer counts
 * and the fact is to be checked again; facts left untouched keep their ticks through a return and resubmission.
 */
@Entity
@Table(name = "fact_check")
public class FactCheck {
    public static final int MAX_REF = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_check_seq")
    @SequenceGenerator(name = "fact_check_seq", sequenceName = "fact_check_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "fact_ref", nullable = false, length = MAX_REF)
    private String factRef;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "checked_by", nullable = false, length = 64)
    private String by;

    @Column(name = "checked_at", nullable = false)
    private Instant at;

    protected FactCheck() {}

    static FactCheck of(long recordId, String factRef, int revision, String fingerprint, String by, Instant at) {
        FactCheck check = new FactCheck();
        check.recordId = recordId;
        check.factRef = factRef;
        check.renew(revision, fingerprint, by, at);
        return check;
    }

    /** The same fact ticked again (after it changed, or by another reviewer): the newest tick is the one kept. */
    void renew(int revision, String fingerprint, String by, Instant at) {
        this.revision = revision;
        this.fingerprint = fingerprint;
        this.by = by;
        this.at = at;
    }

    /** Whether the tick still holds for the fact as it is now, in the revision under review. */
    public boolean holdsFor(int revision, String fingerprint) {
        return this.revision == revision && this.fingerprint.equals(fingerprint);
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

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}

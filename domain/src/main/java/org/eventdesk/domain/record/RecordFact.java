package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.util.List;

/**
 * What every fact of a record has: the record it belongs to, its evidence (each subclass keeps that in a table
 * of its own) and its verification, which the evidence decides unless an editor has judged it.
 */
@MappedSuperclass
public abstract class RecordFact {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private EventRecord record;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_judgement", length = 30)
    private Verification judgement;

    /**
     * Its place in the record's list of facts of its kind, written with the row: the record's list maps the column
     * read-only (see {@link EventRecord}), which spares one update a fact.
     */
    @Column(name = "position")
    private int position;

    /** The judgement if any, else what the evidence says; stored so that records can be filtered by it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Verification verification;

    protected RecordFact() {}

    /** A computed state given as a judgement (a record read from the API and sent back) counts as none. */
    protected RecordFact(EventRecord record, int position, Verification judgement) {
        this.record = record;
        this.position = position;
        this.judgement = judgement != null && judgement.isJudgement() ? judgement : null;
    }

    public abstract List<Evidence> evidence();

    /** Called once the evidence is in place. */
    void settleVerification() {
        verification = judgement != null
                ? judgement
                : Verification.fromOutlets(
                        evidence().stream().map(Evidence::outletKey).distinct().count());
    }

    public Long getId() {
        return id;
    }

    public Verification judgement() {
        return judgement;
    }

    public Verification verification() {
        return verification;
    }
}

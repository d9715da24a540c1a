package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** "This record follows record 12": kept once, on the record that states it, and read from both ends. */
@Entity
@Table(name = "record_link")
public class RecordLink {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private EventRecord record;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkRelation relation;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    /** Its place in the record's list of links, written with the row (see {@link RecordFact}'s). */
    @Column(name = "position")
    private int position;

    protected RecordLink() {}

    RecordLink(EventRecord record, int position, LinkRelation relation, long targetId) {
        this.record = record;
        this.position = position;
        this.relation = relation;
        this.targetId = targetId;
    }

    public LinkRelation relation() {
        return relation;
    }

    public long targetId() {
        return targetId;
    }

    public long recordId() {
        return record.getId();
    }
}

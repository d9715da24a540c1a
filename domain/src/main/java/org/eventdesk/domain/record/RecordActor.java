package org.eventdesk.domain.record;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** Who took part, and how: Russia as initiator, Ukraine as target, a president as speaker. */
@Entity
@Table(name = "record_actor")
public class RecordActor extends RecordFact {
    public static final int MAX_NAME = 200;

    @Column(nullable = false, length = MAX_NAME)
    @FullTextField(analyzer = RecordIndex.ENGLISH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 20)
    private ActorRole role;

    @ElementCollection
    @CollectionTable(name = "actor_evidence", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected RecordActor() {}

    RecordActor(EventRecord record, int position, RecordInput.ActorInput input, List<Evidence> evidence) {
        super(record, position, input.verification());
        this.name = input.name().strip();
        this.kind = input.kind();
        this.role = input.role();
        this.evidence.addAll(evidence);
        settleVerification();
    }

    @Override
    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public String name() {
        return name;
    }

    public ActorKind kind() {
        return kind;
    }

    public ActorRole role() {
        return role;
    }
}

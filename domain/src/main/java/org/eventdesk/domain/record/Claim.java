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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** Something someone said, attributed to them and to where they said it. */
@Entity
@Table(name = "record_claim")
public class Claim extends RecordFact {
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SPEAKER = 200;
    public static final int MAX_MEDIUM = 300;

    @Column(nullable = false, length = MAX_SPEAKER)
    @FullTextField(analyzer = RecordIndex.ENGLISH)
    private String speaker;

    @Column(name = "claim_text", nullable = false, length = MAX_TEXT)
    @FullTextField(analyzer = RecordIndex.ENGLISH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimForm form;

    @Column(length = MAX_MEDIUM)
    private String medium;

    @Column(name = "said_at")
    private Instant saidAt;

    @ElementCollection
    @CollectionTable(name = "claim_evidence", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected Claim() {}

    Claim(EventRecord record, int position, RecordInput.ClaimInput input, List<Evidence> evidence) {
        super(record, position, input.verification());
        this.speaker = input.speaker().strip();
        this.text = input.text().strip();
        this.form = input.form() == null ? ClaimForm.QUOTE : input.form();
        this.medium = org.eventdesk.domain.shared.Validation.trimToNull(input.medium());
        this.saidAt = input.time() == null ? null : input.time().toInstant();
        this.evidence.addAll(evidence);
        settleVerification();
    }

    @Override
    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public String speaker() {
        return speaker;
    }

    public String text() {
        return text;
    }

    public ClaimForm form() {
        return form;
    }

    public String medium() {
        return medium;
    }

    public Instant saidAt() {
        return saidAt;
    }
}

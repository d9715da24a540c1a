package org.eventdesk.domain.record;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A number the reports give: what it counts, the value with its qualifier, who says so and as of when. Several
 * figures of one category may stand side by side ("248, later 217"); a figure may be part of another
 * ("including two children" of the injured), named by the other's place in the record's list.
 */
@Entity
@Table(name = "record_figure")
public class Figure extends RecordFact {
    public static final int MAX_ATTRIBUTION = 300;

    @Column(name = "category_code", nullable = false, length = FigureCategory.MAX_CODE)
    @KeywordField
    private String category;

    @Embedded
    private FigureValue value;

    @Column(name = "parent_position")
    private Integer parent;

    @Column(name = "as_of")
    private Instant asOf;

    @Column(length = MAX_ATTRIBUTION)
    private String attribution;

    @ElementCollection
    @CollectionTable(name = "figure_evidence", joinColumns = @JoinColumn(name = "figure_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected Figure() {}

    Figure(EventRecord record, int position, RecordInput.FigureInput input, List<Evidence> evidence) {
        super(record, position, input.verification());
        this.category = input.category().strip();
        this.value = new FigureValue(input.amount());
        this.parent = input.parent();
        this.asOf = input.asOf() == null ? null : input.asOf().toInstant();
        this.attribution = org.eventdesk.domain.shared.Validation.trimToNull(input.attribution());
        this.evidence.addAll(evidence);
        settleVerification();
    }

    @Override
    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public String category() {
        return category;
    }

    public FigureValue value() {
        return value;
    }

    /** The position of the figure this one is part of, in the record's list of figures. */
    public Integer parent() {
        return parent;
    }

    public Instant asOf() {
        return asOf;
    }

    public String attribution() {
        return attribution;
    }
}

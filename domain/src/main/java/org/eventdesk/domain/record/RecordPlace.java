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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Where the event happened, with as much precision as the reports allow. */
@Entity
@Table(name = "record_place")
public class RecordPlace extends RecordFact {
    public static final int MAX_NAME = 200;
    /** For the first- and second-level administrative areas alike. */
    public static final int MAX_ADMIN_AREA = 200;

    @Column(nullable = false, length = MAX_NAME)
    @FullTextField(analyzer = RecordIndex.ENGLISH)
    private String name;

    /** Another name for the place (the gazetteer's, when the record names it as the report does), or null. */
    @Column(length = MAX_NAME)
    @FullTextField(analyzer = RecordIndex.ENGLISH)
    private String alias;

    @Column(length = 2)
    @KeywordField
    private String country;

    @Column(length = MAX_ADMIN_AREA)
    private String admin1;

    @Column(length = MAX_ADMIN_AREA)
    private String admin2;

    /** Indexed so that a search with words can keep to an area drawn on the map. */
    @GenericField
    private Double lat;

    @GenericField
    private Double lon;

    @Enumerated(EnumType.STRING)
    @Column(name = "geo_precision", length = 20)
    private GeoPrecision precision;

    @ElementCollection
    @CollectionTable(name = "place_evidence", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected RecordPlace() {}

    RecordPlace(EventRecord record, int position, RecordInput.PlaceInput input, List<Evidence> evidence) {
        super(record, position, input.verification());
        this.name = input.name().strip();
        String alias = org.eventdesk.domain.shared.Validation.trimToNull(input.alias());
        // A name is no alias of itself.
        this.alias = alias == null || alias.equalsIgnoreCase(this.name) ? null : alias;
        this.country = input.country() == null ? null : input.country().strip().toUpperCase(java.util.Locale.ROOT);
        this.admin1 = org.eventdesk.domain.shared.Validation.trimToNull(input.admin1());
        this.admin2 = org.eventdesk.domain.shared.Validation.trimToNull(input.admin2());
        this.lat = input.lat();
        this.lon = input.lon();
        this.precision = input.precision();
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

    public String alias() {
        return alias;
    }

    public String country() {
        return country;
    }

    public String admin1() {
        return admin1;
    }

    public String admin2() {
        return admin2;
    }

    public Double lat() {
        return lat;
    }

    public Double lon() {
        return lon;
    }

    public GeoPrecision precision() {
        return precision;
    }
}

package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field's change: before and after as a reader reads them; {@code null} where the field was empty. */
@Embeddable
public class FieldChange {
    public static final int MAX_VALUE = 4000;

    @Column(nullable = false, length = 300)
    private String field;

    @Column(name = "before_value", length = MAX_VALUE)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE)
    private String after;

    protected FieldChange() {}

    public FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = clip(before);
        this.after = clip(after);
    }

    /** Very long values (a summary) keep their start; the full text stays in the record and its publications. */
    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public String field() {
        return field;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}

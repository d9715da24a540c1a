package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * What a figure counts (killed, injured, drones launched, ...). Seeded by the migrations; admins manage it like
 * the event types: add, relabel, deactivate (refused for new figures, kept on old ones), never delete.
 */
@Entity
@Table(name = "figure_category")
public class FigureCategory {
    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    public static final int MAX_CODE = 60;
    public static final int MAX_LABEL = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    protected FigureCategory() {}

    public static FigureCategory create(String code, String label, int position) {
        String trimmed = code == null ? null : code.strip();
        new Validation()
                .require(trimmed != null && !trimmed.isEmpty(), "code", Wording.of("text.required"))
                .require(
                        trimmed == null
                                || trimmed.isEmpty()
                                || CODE.matcher(trimmed).matches(),
                        "code",
                        Wording.of("taxonomy.figureCategory.codeInvalid"))
                .require(trimmed == null || trimmed.length() <= MAX_CODE, "code", Wording.of("text.tooLong", MAX_CODE))
                .requireText(label, "label", MAX_LABEL)
                .throwIfAny();
        FigureCategory category = new FigureCategory();
        category.code = trimmed;
        category.label = label.strip();
        category.position = position;
        category.active = true;
        return category;
    }

    public void relabel(String newLabel) {
        new Validation().requireText(newLabel, "label", MAX_LABEL).throwIfAny();
        label = newLabel.strip();
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}

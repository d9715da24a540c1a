package org.eventdesk.application.record;

import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;

/** An entry of a managed code list (event types, figure categories) as the UI and the API list it. */
public record CodeList(String code, String label, String parentCode, String family, boolean active) {
    public static CodeList of(EventType type) {
        return new CodeList(type.getCode(), type.getLabel(), type.getParentCode(), type.getFamily(), type.isActive());
    }

    public static CodeList of(FigureCategory category) {
        return new CodeList(category.getCode(), category.getLabel(), null, null, category.isActive());
    }
}

package org.eventdesk.application.admin;

import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;

/**
 * An entry of a code list as the admin manages it.
 *
 * @param parentCode the top-level type of a sub-type; absent for top-level types and figure categories
 * @param family ACLED or NEWS for event types; absent for figure categories
 */
public record TaxonomyEntry(String code, String label, String parentCode, String family, int position, boolean active) {
    static TaxonomyEntry of(EventType type) {
        return new TaxonomyEntry(
                type.getCode(),
                type.getLabel(),
                type.getParentCode(),
                type.getFamily(),
                type.getPosition(),
                type.isActive());
    }

    static TaxonomyEntry of(FigureCategory category) {
        return new TaxonomyEntry(
                category.getCode(), category.getLabel(), null, null, category.getPosition(), category.isActive());
    }

    public boolean subType() {
        return parentCode != null;
    }
}

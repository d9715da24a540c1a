package org.eventdesk.application.taxonomy;

import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;

/**
 * An entry of a code list (an event type or a figure category) as every service hands it out: the editor's and the
 * readers' lists, the API and the admin's taxonomy screen read the same shape.
 *
 * @param parentCode the top-level type of a sub-type; absent for top-level types and figure categories
 * @param family ACLED or NEWS for event types; absent for figure categories
 * @param position the entry's place in its list, as the admin orders it
 */
public record TaxonomyEntry(String code, String label, String parentCode, String family, int position, boolean active) {
    public static TaxonomyEntry of(EventType type) {
        return new TaxonomyEntry(
                type.getCode(),
                type.getLabel(),
                type.getParentCode(),
                type.getFamily(),
                type.getPosition(),
                type.isActive());
    }

    public static TaxonomyEntry of(FigureCategory category) {
        return new TaxonomyEntry(
                category.getCode(), category.getLabel(), null, null, category.getPosition(), category.isActive());
    }

    public boolean subType() {
        return parentCode != null;
    }
}

package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.web.ui.records.SameEventOffer;

/**
 * Warns, while a new record is written, that the desk may already have its event: records of the same type, at a
 * place of the same name, within a day ({@link org.eventdesk.domain.record.SameEventQuery}). Each can be opened in
 * a new tab, or the source being read can go to it as further evidence instead of starting a duplicate.
 */
class SameEventPanel extends VerticalLayout {
    private final RecordCatalog catalog;
    private final VerticalLayout rows = new VerticalLayout();

    SameEventPanel(RecordCatalog catalog) {
        this.catalog = catalog;
        setId("same-event");
        setPadding(true);
        setSpacing(false);
        getStyle()
                .set("background", "var(--lumo-primary-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        rows.setPadding(false);
        rows.setSpacing(false);
        add(new Span(t("editor.same-event.text")), rows);
        setVisible(false);
    }

    /** Looks again with what the form holds now; hides itself when nothing matches or a field is missing. */
    void refresh(String typeCode, List<String> placeNames, Instant start, Instant end, Optional<Long> sourceId) {
        List<RecordListing> found = catalog.sameEvent(typeCode, placeNames, start, end);
        rows.removeAll();
        for (RecordListing record : found) {
            rows.add(SameEventOffer.row(record, sourceId.orElse(null)));
        }
        setVisible(!found.isEmpty());
    }
}

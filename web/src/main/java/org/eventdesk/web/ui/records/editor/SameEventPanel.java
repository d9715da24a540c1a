package org.eventdesk.web.ui.records.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.domain.record.RecordListing;

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
        add(
                new Span("The desk may already have this event (same type, same place, within a day). Rather than a"
                        + " duplicate, add the source to it as further evidence:"),
                rows);
        setVisible(false);
    }

    /** Looks again with what the form holds now; hides itself when nothing matches or a field is missing. */
    void refresh(String typeCode, List<String> placeNames, Instant start, Instant end, Optional<Long> sourceId) {
        List<RecordListing> found = catalog.sameEvent(typeCode, placeNames, start, end);
        rows.removeAll();
        for (RecordListing record : found) {
            Anchor open = new Anchor("records/" + record.id(), record.title() + " (#" + record.id() + ")");
            open.setTarget(AnchorTarget.BLANK);
            HorizontalLayout row = new HorizontalLayout(open, new Span(String.join(", ", record.places())));
            row.addClassName("same-event-record");
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            sourceId.ifPresent(source -> {
                Button addSource = new Button(
                        "Add the source there", VaadinIcon.LINK.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                                "records/" + record.id() + "/edit",
                                QueryParameters.of("source", String.valueOf(source)))));
                addSource.addThemeVariants(ButtonVariant.LUMO_SMALL);
                addSource.addClassName("add-source-there");
                row.add(addSource);
            });
            rows.add(row);
        }
        setVisible(!found.isEmpty());
    }
}

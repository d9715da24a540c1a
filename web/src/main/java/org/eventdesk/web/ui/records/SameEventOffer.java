package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import org.eventdesk.domain.record.RecordListing;

/**
 * One record offered as the event a source or a new record may describe (on the source page and in the editor):
 * the record, opened in a new tab so unsaved work stays, its places, and a button that takes the source to that
 * record's editor as further evidence.
 */
public final class SameEventOffer {
    private SameEventOffer() {}

    public static HorizontalLayout row(RecordListing record, Long sourceId) {
        Anchor open = new Anchor("records/" + record.id(), record.title() + " (#" + record.id() + ")");
        open.setTarget(AnchorTarget.BLANK);
        HorizontalLayout row = new HorizontalLayout(open, new Span(String.join(", ", record.places())));
        row.addClassName("same-event-record");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (sourceId != null) {
            Button addSource =
                    new Button(t("records.same-event.add-source"), VaadinIcon.LINK.create(), e -> e.getSource()
                            .getUI()
                            .ifPresent(ui -> ui.navigate(
                                    "records/" + record.id() + "/edit",
                                    QueryParameters.of("source", String.valueOf(sourceId)))));
            addSource.addThemeVariants(ButtonVariant.LUMO_SMALL);
            addSource.addClassName("add-source-there");
            row.add(addSource);
        }
        return row;
    }
}

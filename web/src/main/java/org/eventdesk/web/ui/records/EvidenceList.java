package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.eventdesk.application.record.RecordView;

/**
 * A fact's evidence shown beside it: each quote in the source's own words, with its outlet, linking to the
 * source page scrolled to the highlighted span.
 */
final class EvidenceList extends Div {
    EvidenceList(List<RecordView.EvidenceView> evidence) {
        addClassName("evidence-list");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (evidence.isEmpty()) {
            Span none = new Span(t("records.evidence.none"));
            none.getStyle().set("font-style", "italic");
            add(none);
        }
        for (RecordView.EvidenceView e : evidence) {
            Anchor quote = new Anchor(
                    "sources/" + e.sourceId() + "?highlight=" + e.start() + "-" + e.end(), "“" + e.quote() + "”");
            quote.addClassName("evidence-quote");
            Div line = new Div(quote, new Span(" — " + e.outlet()));
            add(line);
        }
    }
}

package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.RecordInput;

/**
 * A fact's evidence while editing: the quotes it has (each removable, each showing its outlet) and the button
 * that turns the current selection in the source panel into one more. Quotes are never typed.
 */
public class EvidenceEditor extends Div {
    private final SourcePanel panel;
    private final Runnable onChange;
    private final List<SourcePanel.Selection> evidence = new ArrayList<>();
    private final Div quotes = new Div();
    private final Button use = new Button(t("editor.evidence.use"), VaadinIcon.QUOTE_LEFT.create());

    public EvidenceEditor(SourcePanel panel, Runnable onChange) {
        this.panel = panel;
        this.onChange = onChange;
        addClassName("evidence-editor");
        use.addClassName("use-selection");
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        use.addClickListener(e -> panel.readSelection(selection -> selection.ifPresentOrElse(
                this::add,
                () -> Notification.show(t("editor.evidence.nothing-selected"), 5000, Notification.Position.MIDDLE))));
        quotes.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(quotes, use);
    }

    public void setEvidence(List<RecordView.EvidenceView> loaded) {
        evidence.clear();
        loaded.forEach(
                e -> evidence.add(new SourcePanel.Selection(e.sourceId(), e.start(), e.end(), e.quote(), e.outlet())));
        render();
    }

    public List<RecordInput.EvidenceRef> refs() {
        return evidence.stream()
                .map(e -> new RecordInput.EvidenceRef(e.sourceId(), e.start(), e.end()))
                .toList();
    }

    /** The quoted words of each span, for showing a comparison. */
    public java.util.Map<RecordInput.EvidenceRef, String> quotes() {
        java.util.Map<RecordInput.EvidenceRef, String> quotes = new java.util.HashMap<>();
        evidence.forEach(e -> quotes.put(new RecordInput.EvidenceRef(e.sourceId(), e.start(), e.end()), e.quote()));
        return quotes;
    }

    public void add(SourcePanel.Selection selection) {
        if (evidence.stream()
                .noneMatch(e -> e.sourceId() == selection.sourceId()
                        && e.start() == selection.start()
                        && e.end() == selection.end())) {
            evidence.add(selection);
            render();
            onChange.run();
        }
    }

    private void render() {
        quotes.removeAll();
        for (SourcePanel.Selection e : evidence) {
            Span quote = new Span(t("editor.evidence.quote", e.quote(), e.outlet()));
            quote.addClassName("evidence-quote");
            quote.getStyle().set("cursor", "pointer");
            quote.getElement().setAttribute("title", t("editor.evidence.show"));
            quote.addClickListener(click -> {
                panel.show(e.sourceId());
                panel.highlight(e.start(), e.end());
            });
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                evidence.remove(e);
                render();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", t("editor.evidence.remove"));
            HorizontalLayout row = new HorizontalLayout(quote, remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setSpacing(false);
            quotes.add(row);
        }
    }
}

package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * One fact being edited (a place, an actor, a figure, a claim): its fields under a buffered binder, its
 * evidence, the editor's verification judgement, and a way to remove it. Field errors from the server arrive
 * by name ({@code high}, {@code evidence[0]}) and are shown on the field they belong to.
 *
 * @param <B> the mutable bean the binder writes into when the record is saved
 */
abstract class FactCard<B> extends VerticalLayout {
    protected final Binder<B> binder;
    protected final B bean;
    protected final EvidenceEditor evidence;
    protected final Select<Verification> judgement = new Select<>();
    protected final FormLayout fields = new FormLayout();
    private final Map<String, HasValidation> byName = new HashMap<>();
    private final Span problems = new Span();

    protected FactCard(
            String kind, Class<B> type, B bean, SourcePanel panel, Runnable onChange, Consumer<FactCard<?>> onRemove) {
        this.binder = new Binder<>(type);
        this.bean = bean;
        this.evidence = new EvidenceEditor(panel, onChange);
        addClassName("fact-card");
        addClassName(kind + "-card");
        setPadding(true);
        setSpacing(false);
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");

        judgement.setLabel(t("editor.fact.verification"));
        judgement.setItems(Verification.OFFICIALLY_CONFIRMED, Verification.DISPUTED, Verification.FALSE);
        judgement.setEmptySelectionAllowed(true);
        judgement.setEmptySelectionCaption(t("editor.fact.from-evidence"));
        judgement.setItemLabelGenerator(v -> v == null ? t("editor.fact.from-evidence") : Texts.of(v));
        judgement.addClassName("fact-judgement");

        Button remove = new Button(t("editor.fact.remove"), VaadinIcon.TRASH.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.addClassName("remove-fact");
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        fields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("28em", 2),
                new FormLayout.ResponsiveStep("42em", 3));
        binder.addValueChangeListener(e -> onChange.run());
        add(fields, evidence, problems, remove);
    }

    /** Registers a field under the name the server uses for it. */
    protected <F extends HasValidation> F named(String name, F field) {
        byName.put(name, field);
        return field;
    }

    /** Writes the fields into the bean if they are valid; invalid fields show their messages. */
    boolean commit() {
        problems.setText("");
        return binder.writeBeanIfValid(bean);
    }

    java.util.Map<org.eventdesk.domain.record.RecordInput.EvidenceRef, String> quotes() {
        return evidence.quotes();
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** A server-side error for this fact, by its name within the fact. */
    void showError(String field, String message) {
        HasValidation target = byName.get(field.contains(".") ? field.substring(0, field.indexOf('.')) : field);
        if (target != null && !field.startsWith("evidence")) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            problems.setText((problems.getText().isEmpty() ? "" : problems.getText() + " ") + field + ": " + message);
        }
    }
}

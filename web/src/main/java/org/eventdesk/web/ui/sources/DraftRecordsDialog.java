package org.eventdesk.web.ui.sources;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventdesk.application.extraction.DraftRecord;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInput.EvidenceRef;
import org.eventdesk.domain.record.RecordInput.FactAt;
import org.eventdesk.domain.record.RecordInput.FactList;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The records an article reports, as the assistant proposes them: the editor ticks which to create, corrects a
 * title, unticks any fact that is wrong (each shown beside the source's words for it) and creates the ticked ones
 * as drafts. Nothing is saved before that; a draft the desk refuses stays in the dialog with the reason, while
 * the others are created.
 */
class DraftRecordsDialog extends Dialog {

    /** Creates one record as a draft and returns its id; throws {@link InvalidInputException} when refused. */
    interface Creator {
        long create(RecordInput input);
    }

    private final Creator creator;
    private final Consumer<List<Long>> created;
    private final Function<String, String> typeLabel;
    private final List<Proposal> proposals = new ArrayList<>();
    private final Button create = new Button();

    DraftRecordsDialog(
            List<DraftRecord> drafts,
            Function<String, String> typeLabel,
            Creator creator,
            Consumer<List<Long>> created) {
        this.creator = creator;
        this.created = created;
        this.typeLabel = typeLabel;
        setId("draft-records-dialog");
        setHeaderTitle(t("sources.drafts.title"));
        setWidth("min(900px, 95vw)");

        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (drafts.isEmpty()) {
            body.add(new Paragraph(t("sources.drafts.none")));
        } else {
            body.add(new Paragraph(t("sources.drafts.intro")));
        }
        for (int i = 0; i < drafts.size(); i++) {
            Proposal proposal = new Proposal(i, drafts.get(i));
            proposals.add(proposal);
            body.add(proposal.panel);
        }
        add(body);

        create.setId("create-drafts");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createTicked());
        Button cancel = new Button(t("sources.drafts.cancel"), e -> close());
        cancel.setId("cancel-drafts");
        getFooter().add(cancel, create);
        updateCreateButton();
    }

    private void updateCreateButton() {
        long ticked = proposals.stream().filter(p -> p.chosen.getValue()).count();
        create.setText(
                ticked == 1 ? t("sources.drafts.create.one") : t("sources.drafts.create.many", String.valueOf(ticked)));
        create.setEnabled(ticked > 0);
    }

    void createTicked() {
        List<Long> ids = new ArrayList<>();
        for (Proposal proposal : List.copyOf(proposals)) {
            if (!proposal.chosen.getValue()) {
                continue;
            }
            try {
                ids.add(creator.create(proposal.edited()));
                proposals.remove(proposal);
                proposal.panel.removeFromParent();
            } catch (InvalidInputException e) {
                proposal.refused(e);
            }
        }
        updateCreateButton();
        if (!ids.isEmpty()) {
            created.accept(ids);
        }
        if (proposals.stream().noneMatch(p -> p.chosen.getValue())) {
            close();
        }
    }

    /** One proposed record: its choice, its title and a tick per fact. */
    private final class Proposal {
        private final DraftRecord draft;
        private final Div panel = new Div();
        private final Checkbox chosen = new Checkbox();
        private final TextField title = new TextField(t("sources.drafts.record-title"));
        private final Set<FactAt> dropped = new HashSet<>();
        private final Div errors = new Div();

        Proposal(int index, DraftRecord draft) {
            this.draft = draft;
            RecordInput record = draft.record();
            panel.setId("draft-" + index);
            panel.addClassName("draft-proposal");
            panel.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)");

            chosen.setLabel(t("sources.drafts.choose"));
            chosen.setId("draft-" + index + "-create");
            chosen.getElement()
                    .setAttribute("aria-label", t("sources.drafts.choose-named", String.valueOf(record.title())));
            chosen.addValueChangeListener(e -> updateCreateButton());

            title.setId("draft-" + index + "-title");
            title.setValue(record.title() == null ? "" : record.title());
            title.setWidthFull();

            String type = record.type() == null ? t("sources.drafts.no-type") : typeLabel.apply(record.type());
            Span what = new Span(type + " · " + timeWords(record.time()) + occurrenceWords(record));
            what.addClassName("draft-what");

            errors.addClassName("draft-errors");
            errors.getStyle().set("color", "var(--lumo-error-text-color)");

            panel.add(new H4(record.title()), chosen, title, what, errors);
            if (record.time() != null && !record.time().evidence().isEmpty()) {
                panel.add(passages(record.time().evidence()));
            }
            section(
                    t("sources.drafts.places"),
                    FactList.PLACES,
                    record.places(),
                    p -> p.name() + (p.country() == null ? "" : ", " + p.country()),
                    RecordInput.PlaceInput::evidence,
                    index);
            section(
                    t("sources.drafts.actors"),
                    FactList.ACTORS,
                    record.actors(),
                    a -> a.name() + (a.role() == null ? "" : " (" + lowerCase(Texts.of(a.role())) + ")"),
                    RecordInput.ActorInput::evidence,
                    index);
            section(
                    t("sources.drafts.figures"),
                    FactList.FIGURES,
                    record.figures(),
                    DraftRecordsDialog::figureWords,
                    RecordInput.FigureInput::evidence,
                    index);
            section(
                    t("sources.drafts.claims"),
                    FactList.CLAIMS,
                    record.claims(),
                    c -> (c.speaker() == null ? t("sources.drafts.someone") : c.speaker()) + ": “" + c.text() + "”",
                    RecordInput.ClaimInput::evidence,
                    index);
        }

        private <T> void section(
                String heading,
                FactList list,
                List<T> facts,
                Function<T, String> words,
                Function<T, List<EvidenceRef>> evidence,
                int index) {
            if (facts.isEmpty()) {
                return;
            }
            VerticalLayout items = new VerticalLayout();
            items.setPadding(false);
            items.setSpacing(false);
            items.addClassName("draft-" + list.name().toLowerCase(Locale.ROOT));
            for (int i = 0; i < facts.size(); i++) {
                FactAt fact = new FactAt(list, i);
                String label = words.apply(facts.get(i));
                Checkbox keep = new Checkbox(label, true);
                keep.setId("draft-" + index + "-" + list.name().toLowerCase(Locale.ROOT) + "-" + i);
                keep.addClassName("draft-fact");
                keep.getElement().setAttribute("aria-label", t("sources.drafts.keep", label));
                keep.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        dropped.remove(fact);
                    } else {
                        dropped.add(fact);
                    }
                });
                items.add(keep, passages(evidence.apply(facts.get(i))));
            }
            panel.add(new Span(heading), items);
        }

        private Div passages(List<EvidenceRef> spans) {
            Div quotes = new Div();
            quotes.addClassName("draft-evidence");
            quotes.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("margin-left", "var(--lumo-space-l)");
            quotes.setText(spans.stream()
                    .map(draft::quote)
                    .filter(q -> q != null)
                    .distinct()
                    .map(q -> "“" + q + "”")
                    .collect(Collectors.joining(" · ")));
            return quotes;
        }

        RecordInput edited() {
            RecordInput pruned = draft.record().without(dropped);
            return new RecordInput(
                    pruned.type(),
                    title.getValue(),
                    pruned.summary(),
                    pruned.summaryEvidence(),
                    pruned.time(),
                    pruned.places(),
                    pruned.actors(),
                    pruned.figures(),
                    pruned.claims(),
                    pruned.links(),
                    pruned.tags(),
                    pruned.occurrence(),
                    pruned.verification());
        }

        void refused(InvalidInputException e) {
            errors.removeAll();
            errors.add(new Span(t(
                    "sources.drafts.refused",
                    e.errors().stream()
                            .map(error -> error.field() + " " + Texts.say(error.wording()))
                            .collect(Collectors.joining("; ")))));
            if (e.errors().stream().anyMatch(error -> error.field().equals("title"))) {
                title.setInvalid(true);
                title.setErrorMessage(e.errors().stream()
                        .filter(error -> error.field().equals("title"))
                        .map(error -> Texts.say(error.wording()))
                        .findFirst()
                        .orElse(""));
            }
        }
    }

    private static String timeWords(RecordInput.TimeInput time) {
        if (time == null || time.start() == null) {
            return t("sources.drafts.no-time");
        }
        String zone =
                time.zone() != null ? time.zone() : time.start().getOffset().getId();
        return Formats.eventTime(time.start().toInstant(), time.precision(), zone);
    }

    private static String occurrenceWords(RecordInput record) {
        return record.occurrence() == null ? "" : " · " + lowerCase(Texts.of(record.occurrence()));
    }

    /** "at least 4 killed", "10–20 injured", "1/3 of displaced". */
    static String figureWords(RecordInput.FigureInput f) {
        String amount = f.amount() == null
                ? "?"
                : f.amount().qualifier() == org.eventdesk.domain.record.Qualifier.FRACTION
                        ? t("sources.drafts.figure.fraction-of", f.amount().describe())
                        : f.amount().describe();
        String category = f.category() == null
                ? t("sources.drafts.figure.no-category")
                : f.category().toLowerCase(Locale.ROOT).replace('_', ' ');
        return amount + " " + category
                + (f.parent() == null ? "" : ", " + t("sources.drafts.figure.part-of", String.valueOf(f.parent() + 1)));
    }

    /** A label inside running words: "Initiator" reads "initiator" there. */
    private static String lowerCase(String label) {
        return label.toLowerCase(Texts.locale());
    }
}

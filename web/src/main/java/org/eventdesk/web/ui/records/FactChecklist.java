package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.function.Supplier;
import org.eventdesk.application.record.FactReview;
import org.eventdesk.application.record.FactReviewService;
import org.eventdesk.domain.publishing.ReviewFacts;
import org.eventdesk.domain.record.FactComment;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The record fact by fact, as the reviewer works through it: each fact in readers' words, marked with what changed
 * for readers (added; removed, struck through; before → after), each quote highlighted inside its sentence, a tick
 * box and the comments on the fact. Everything it shows and every rule it obeys comes from {@link FactReview}: the
 * box is enabled only when the record lets this person check ({@link FactReview#refusal}), and the service checks
 * again.
 */
public class FactChecklist extends VerticalLayout {
    private final FactReviewService service;
    private final Runnable changed;
    private Long lastRecordId;

    /**
     * @param changed called after a tick or comment was stored, with the fresh review shown here already (the
     *     screen updates its progress line)
     */
    public FactChecklist(FactReview review, FactReviewService service, Runnable changed) {
        this.service = service;
        this.changed = changed;
        setPadding(false);
        setId("review-facts");
        show(review);
    }

    private void show(FactReview review) {
        removeAll();
        lastRecordId = review.recordId();
        if (review.refusal() != null) {
            Span why = new Span(Texts.say(review.refusal()));
            why.setId("review-facts-refusal");
            why.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(why);
        }
        review.facts().forEach(f -> add(row(review, f)));
        if (!review.formerComments().isEmpty()) {
            Div former = new Div(new Span(t("records.checklist.former-comments")));
            former.setId("review-former-comments");
            review.formerComments().forEach(c -> former.add(comment(c, true)));
            add(former);
        }
    }

    private Component row(FactReview review, FactReview.Fact f) {
        VerticalLayout row = new VerticalLayout();
        row.setId("fact-" + f.ref());
        row.addClassName("review-fact");
        row.getElement().setAttribute("data-change", f.change().name().toLowerCase());
        row.setPadding(false);
        row.setSpacing(false);
        row.getStyle().set("border-left", "4px solid " + colour(f.change())).set("padding-left", "var(--lumo-space-s)");

        Span kind = new Span(Texts.of(f.kind()) + ": ");
        kind.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "0.3em");
        Span words = new Span(f.words());
        words.addClassName("fact-words");
        words.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(kind);
        head.setSpacing(false);
        switch (f.change()) {
            case ADDED -> head.add(words, mark(t("records.checklist.added"), "fact-added"));
            case REMOVED -> {
                Element struck = new Element("s").setText(f.words());
                Span gone = new Span();
                gone.getElement().appendChild(struck);
                head.add(gone, mark(t("records.checklist.removed"), "fact-removed"));
            }
            case CHANGED -> {
                Span before = new Span(f.before() + " →");
                before.getStyle().set("margin-right", "0.3em");
                before.addClassName("fact-before");
                head.add(before, words, mark(t("records.checklist.changed"), "fact-changed"));
            }
            case UNCHANGED -> head.add(words);
        }
        row.add(head);
        f.quotes().forEach(q -> row.add(quote(q)));

        if (f.isCurrent()) {
            Checkbox box = new Checkbox(
                    f.check() == null
                            ? t("records.checklist.check")
                            : t(
                                    "records.checklist.checked-by",
                                    f.check().by(),
                                    Formats.utc(f.check().at())));
            box.setId("check-" + f.ref());
            box.setValue(f.check() != null);
            box.setEnabled(review.refusal() == null);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> e.getValue()
                            ? service.check(review.recordId(), f.ref())
                            : service.uncheck(review.recordId(), f.ref()));
                }
            });
            row.add(box);
            if (f.lapsedCheck() != null) {
                Span lapsed = new Span(t(
                        "records.checklist.check-lapsed",
                        f.lapsedCheck().by(),
                        Formats.utc(f.lapsedCheck().at())));
                lapsed.addClassName("fact-check-lapsed");
                row.add(lapsed);
            }
        }
        f.comments().forEach(c -> row.add(comment(c, false)));
        if (f.isCurrent() && review.refusal() == null) {
            TextArea text = new TextArea();
            text.setId("comment-text-" + f.ref());
            text.setPlaceholder(t("records.checklist.comment-placeholder"));
            text.setMaxLength(FactComment.MAX_TEXT);
            text.setWidthFull();
            text.setAriaLabel(t("records.checklist.comment-on", f.words()));
            Button send = new Button(t("records.checklist.comment"), e -> {
                try {
                    show(service.comment(review.recordId(), f.ref(), text.getValue()));
                    changed.run();
                } catch (InvalidInputException invalid) {
                    // The words stay in the field, marked, so nothing typed is lost.
                    text.setErrorMessage(Texts.say(invalid.errors().get(0).wording()));
                    text.setInvalid(true);
                } catch (DomainException refused) {
                    act(() -> {
                        throw refused;
                    });
                }
            });
            send.setId("comment-" + f.ref());
            send.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            send.getElement().setAttribute("aria-label", t("records.checklist.comment-on", f.words()));
            HorizontalLayout write = new HorizontalLayout(text, send);
            write.setWidthFull();
            write.setAlignItems(Alignment.END);
            row.add(write);
        }
        return row;
    }

    /** Runs a tick or comment; shows the fresh review, or the refusal (nothing was stored then). */
    private FactReview act(Supplier<FactReview> step) {
        try {
            FactReview fresh = step.get();
            show(fresh);
            changed.run();
            return fresh;
        } catch (DomainException e) {
            Notification.show(Texts.say(e), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            // Show what is stored (a refused tick must not look given).
            if (lastRecordId != null) {
                show(service.review(lastRecordId));
            }
            return null;
        }
    }

    /** The quote highlighted inside its sentence, with its outlet. */
    static Component quote(FactReview.Quote q) {
        Paragraph sentence = new Paragraph();
        sentence.addClassName("fact-sentence");
        Element p = sentence.getElement();
        p.appendChild(Element.createText((q.cutBefore() ? "… " : "") + q.before()));
        p.appendChild(new Element("mark").setText(q.quoted()));
        p.appendChild(Element.createText(q.after() + (q.cutAfter() ? " …" : "")));
        if (!q.outlet().isEmpty()) {
            Span outlet = new Span(" — " + q.outlet());
            outlet.getStyle().set("color", "var(--lumo-secondary-text-color)");
            sentence.add(outlet);
        }
        sentence.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-s)");
        return sentence;
    }

    static Component comment(FactReview.Comment c, boolean withFact) {
        Div line = new Div();
        line.addClassName("fact-comment");
        String said = c.by() + ", " + Formats.utc(c.at()) + ": " + c.text();
        line.setText(withFact ? t("records.checklist.comment-on-fact", c.factWords(), said) : said);
        line.getStyle().set("font-style", "italic");
        return line;
    }

    private static Span mark(String words, String className) {
        Span mark = new Span(words);
        mark.getElement().getThemeList().add("badge");
        mark.addClassName(className);
        mark.getStyle().set("margin-left", "var(--lumo-space-s)");
        return mark;
    }

    private static String colour(ReviewFacts.Change change) {
        return switch (change) {
            case ADDED -> "var(--lumo-success-color)";
            case REMOVED -> "var(--lumo-error-color)";
            case CHANGED -> "var(--lumo-warning-color, orange)";
            case UNCHANGED -> "var(--lumo-contrast-10pct)";
        };
    }
}

package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.CommentView;
import org.eventdesk.application.record.PublicationView;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.web.ui.Formats;

/** A record's past and its talk: published versions, every change with its fields, and the comment thread. */
class HistoryPanel extends VerticalLayout {

    HistoryPanel(
            List<PublicationView> publications,
            List<ChangeView> history,
            List<CommentView> comments,
            Function<String, CommentView> addComment) {
        setPadding(false);
        if (!publications.isEmpty()) {
            add(new H3(t("records.history.published-versions")));
            for (PublicationView p : publications) {
                add(line(t(
                                "records.history.publication",
                                String.valueOf(p.version()),
                                kind(p.kind()),
                                Formats.utc(p.at()),
                                p.by())
                        + (p.approvedBy() == null ? "" : t("records.history.publication-approved", p.approvedBy()))
                        + (p.note() == null ? "" : ": " + p.note())));
            }
        }

        add(new H3(t("records.history.discussion")));
        VerticalLayout thread = new VerticalLayout();
        thread.setId("comment-thread");
        thread.setPadding(false);
        thread.setSpacing(false);
        comments.forEach(c -> thread.add(comment(c)));
        TextArea text = new TextArea();
        text.setId("comment-text");
        text.setPlaceholder(t("records.history.comment-placeholder"));
        text.setWidthFull();
        Button send = new Button(t("records.history.add-comment"), e -> {
            try {
                thread.add(comment(addComment.apply(text.getValue())));
                text.clear();
            } catch (InvalidInputException refused) {
                text.setErrorMessage(t("records.history.comment-empty"));
                text.setInvalid(true);
            }
        });
        send.setId("add-comment");
        add(thread, text, send);

        add(new H3(t("records.history.title")));
        VerticalLayout entries = new VerticalLayout();
        entries.setId("record-history");
        entries.setPadding(false);
        for (int i = history.size() - 1; i >= 0; i--) {
            entries.add(change(history.get(i)));
        }
        add(entries);
    }

    private static Div comment(CommentView c) {
        Div comment = line(c.by() + ", " + Formats.utc(c.at()) + ": " + c.text());
        comment.addClassName("record-comment");
        return comment;
    }

    private static Div change(ChangeView change) {
        String at = Formats.utc(change.at());
        String revision = String.valueOf(change.revision());
        Div entry = line(
                change.comment() == null
                        ? t("records.history.change", at, change.by(), action(change.action()), revision)
                        : t(
                                "records.history.change-with-comment",
                                at,
                                change.by(),
                                action(change.action()),
                                revision,
                                change.comment()));
        entry.addClassName("history-entry");
        for (ChangeView.FieldView field : change.fields()) {
            Div line = new Div(
                    new Span(field.field() + ": "),
                    value(field.before(), true),
                    new Span(" → "),
                    value(field.after(), false));
            line.addClassName("history-field");
            line.getStyle().set("margin-left", "1.5em").set("font-size", "var(--lumo-font-size-s)");
            entry.add(line);
        }
        return entry;
    }

    private static Span value(String value, boolean before) {
        Span span = new Span(value == null ? t("records.history.empty-value") : value);
        span.getStyle().set(before ? "text-decoration" : "font-weight", before ? "line-through" : "600");
        return span;
    }

    /** What a publication announced, as the log line says it: "published", "corrected", "retracted". */
    private static String kind(PublicationKind kind) {
        return switch (kind) {
            case PUBLISHED -> t("records.history.publication-kind.published");
            case CORRECTED -> t("records.history.publication-kind.corrected");
            case RETRACTED -> t("records.history.publication-kind.retracted");
        };
    }

    /** What a change did, as the history line says it after the person's name: "submitted for review". */
    private static String action(ChangeAction action) {
        return switch (action) {
            case CREATED -> t("records.history.action.created");
            case SAVED -> t("records.history.action.saved");
            case SUBMITTED -> t("records.history.action.submitted");
            case APPROVED -> t("records.history.action.approved");
            case RETURNED -> t("records.history.action.returned");
            case SCHEDULED -> t("records.history.action.scheduled");
            case UNSCHEDULED -> t("records.history.action.unscheduled");
            case PUBLISHED -> t("records.history.action.published");
            case SPIKED -> t("records.history.action.spiked");
            case RETRACTED -> t("records.history.action.retracted");
            case CORRECTION_STARTED -> t("records.history.action.correction-started");
            case TAKEN_OVER -> t("records.history.action.taken-over");
            case SCHEDULE_FAILED -> t("records.history.action.schedule-failed");
        };
    }

    private static Div line(String text) {
        Div line = new Div(new Span(text));
        line.getStyle().set("padding", "0.2em 0");
        return line;
    }
}

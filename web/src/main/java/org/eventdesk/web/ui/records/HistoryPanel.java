package org.eventdesk.web.ui.records;

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
            add(new H3("Published versions"));
            for (PublicationView p : publications) {
                add(line("Version " + p.version() + " " + p.kind().name().toLowerCase() + " " + Formats.utc(p.at())
                        + " by "
                        + p.by() + (p.approvedBy() == null ? "" : ", approved by " + p.approvedBy())
                        + (p.note() == null ? "" : ": " + p.note())));
            }
        }

        add(new H3("Discussion"));
        VerticalLayout thread = new VerticalLayout();
        thread.setId("comment-thread");
        thread.setPadding(false);
        thread.setSpacing(false);
        comments.forEach(c -> thread.add(comment(c)));
        TextArea text = new TextArea();
        text.setId("comment-text");
        text.setPlaceholder("Write to the record's editors and reviewers");
        text.setWidthFull();
        Button send = new Button("Add comment", e -> {
            try {
                thread.add(comment(addComment.apply(text.getValue())));
                text.clear();
            } catch (InvalidInputException refused) {
                text.setErrorMessage("Write something first");
                text.setInvalid(true);
            }
        });
        send.setId("add-comment");
        add(thread, text, send);

        add(new H3("History"));
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
        Div entry = line(Formats.utc(change.at()) + " — " + change.by() + " "
                + change.action().words() + " (revision " + change.revision() + ")"
                + (change.comment() == null ? "" : ": “" + change.comment() + "”"));
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
        Span span = new Span(value == null ? "(empty)" : value);
        span.getStyle().set(before ? "text-decoration" : "font-weight", before ? "line-through" : "600");
        return span;
    }

    private static Div line(String text) {
        Div line = new Div(new Span(text));
        line.getStyle().set("padding", "0.2em 0");
        return line;
    }
}

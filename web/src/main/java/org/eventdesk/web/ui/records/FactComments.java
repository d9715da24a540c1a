package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.eventdesk.application.record.FactReview;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * What reviewers said about single facts, each under the fact as it is now (or as it was, for a fact since
 * removed), so the editor who gets the record back knows which fact to look at. Shown on the record's page and
 * above the editor's form: the editor fixing a returned record reads the comments where the fixing is done.
 */
public final class FactComments extends VerticalLayout {

    private FactComments(List<FactReview.Fact> commented, List<FactReview.Comment> former) {
        add(new H3(t("records.fact-comments.title")));
        setId("fact-comments");
        setPadding(false);
        for (FactReview.Fact f : commented) {
            Div fact = new Div();
            fact.setId("fact-comments-" + f.ref());
            Span words = new Span(Texts.of(f.kind()) + ": " + f.words());
            words.getStyle().set("font-weight", "600");
            fact.add(words);
            // A comment given to the fact as it read before an edit says so, with the words it was given to.
            f.comments()
                    .forEach(c ->
                            fact.add(FactChecklist.comment(c, !c.factWords().equals(f.words()))));
            add(fact);
        }
        former.forEach(c -> add(FactChecklist.comment(c, true)));
    }

    /** The section, or nothing when no reviewer has commented on a fact of the record. */
    public static Optional<FactComments> of(FactReview review) {
        List<FactReview.Fact> commented =
                review.facts().stream().filter(f -> !f.comments().isEmpty()).toList();
        if (commented.isEmpty() && review.formerComments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FactComments(commented, review.formerComments()));
    }
}

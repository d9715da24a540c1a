package org.eventdesk.application.workflow;

import static org.eventdesk.application.workflow.Desk.EDITOR;
import static org.eventdesk.application.workflow.Desk.REVIEWER;
import static org.eventdesk.application.workflow.Desk.as;
import static org.eventdesk.application.workflow.Desk.ready;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.FactReview;
import org.eventdesk.application.record.FactReviewService;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.publishing.ReviewFacts;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ticks and comments on single facts, stored and read back on the real server, with who may give them. */
@ExtendWith(ArquillianExtension.class)
class FactReviewServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private SourceIngestService ingest;

    @Inject
    private RecordService records;

    @Inject
    private RecordCatalog catalog;

    @Inject
    private WorkflowService workflow;

    @Inject
    private FactReviewService facts;

    private SourceDetails source;

    private long submitted(String author, java.util.Set<String> roles, String title) throws Exception {
        source = Desk.source(ingest, "fr-editor");
        RecordView created = as(author, roles, () -> records.create(ready(source, title, 2)));
        as(author, roles, () -> workflow.submit(created.id()));
        return created.id();
    }

    private static FactReview.Fact fact(FactReview review, ReviewFacts.Kind kind) {
        return review.facts().stream()
                .filter(f -> f.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + review.facts()));
    }

    @Test
    void aReviewersTicksAndCommentsAreStoredAndAChangedFactMustBeCheckedAgain() throws Exception {
        long id = submitted("fr-editor", EDITOR, "Fact review");
        FactReview fresh = as("fr-reviewer", REVIEWER, () -> facts.review(id));
        assertNull(fresh.refusal(), "another's record in review may be checked");
        assertEquals(0, fresh.checked());
        String figure = fact(fresh, ReviewFacts.Kind.FIGURE).ref();
        String place = fact(fresh, ReviewFacts.Kind.PLACE).ref();
        FactReview.Quote quote = fact(fresh, ReviewFacts.Kind.FIGURE).quotes().get(0);
        assertEquals("Two people were killed", quote.quoted());
        assertTrue(quote.after().startsWith(" in the port on Saturday, officials said"), quote.after());

        as("fr-reviewer", REVIEWER, () -> facts.check(id, figure));
        as("fr-reviewer", REVIEWER, () -> facts.check(id, place));
        as("fr-reviewer", REVIEWER, () -> facts.comment(id, figure, "The source says officials, not police."));

        FactReview read = as("fr-editor", EDITOR, () -> facts.review(id));
        assertEquals(2, read.checked());
        assertEquals(fresh.total(), read.total());
        assertEquals("fr-reviewer", fact(read, ReviewFacts.Kind.FIGURE).check().by());
        FactReview.Comment comment =
                fact(read, ReviewFacts.Kind.FIGURE).comments().get(0);
        assertEquals("The source says officials, not police.", comment.text());
        assertEquals("Killed: 2, according to officials", comment.factWords());
        assertNotNull(read.refusal(), "an editor only reads");

        as(
                "fr-reviewer",
                REVIEWER,
                () -> workflow.sendBack(id, "See the figure", catalog.view(id).version()));
        RecordView returned = as("fr-editor", EDITOR, () -> catalog.view(id));
        as("fr-editor", EDITOR, () -> records.update(id, ready(source, "Fact review", 3), returned.version()));
        as("fr-editor", EDITOR, () -> workflow.submit(id));

        FactReview again = as("fr-reviewer", REVIEWER, () -> facts.review(id));
        FactReview.Fact changed = fact(again, ReviewFacts.Kind.FIGURE);
        assertEquals(figure, changed.ref(), "the figure is the same fact, changed");
        assertNull(changed.check(), "its tick was for 2, not 3");
        assertEquals("fr-reviewer", changed.lapsedCheck().by());
        assertEquals(
                "The source says officials, not police.",
                changed.comments().get(0).text());
        assertNotNull(fact(again, ReviewFacts.Kind.PLACE).check(), "the untouched place keeps its tick");
        assertEquals(1, again.checked());

        as("fr-reviewer", REVIEWER, () -> facts.uncheck(id, place));
        assertEquals(0, as("fr-reviewer", REVIEWER, () -> facts.review(id)).checked());
    }

    @Test
    void theAuthorAnEditorAndBadInputAreRefused() throws Exception {
        long own = submitted("fr-reviewer2", REVIEWER, "Own facts");
        String ref = as("fr-reviewer2", REVIEWER, () -> facts.review(own))
                .facts()
                .get(0)
                .ref();
        WorkflowException fourEyes =
                assertThrows(WorkflowException.class, () -> as("fr-reviewer2", REVIEWER, () -> facts.check(own, ref)));
        assertTrue(fourEyes.getMessage().contains("Four eyes"), fourEyes.getMessage());
        assertThrows(
                WorkflowException.class,
                () -> as("fr-reviewer2", REVIEWER, () -> facts.comment(own, ref, "looks fine to me")));

        assertThrows(EJBAccessException.class, () -> as("fr-editor", EDITOR, () -> facts.check(own, ref)));
        assertThrows(EJBAccessException.class, () -> as("fr-editor", EDITOR, () -> facts.comment(own, ref, "no")));

        assertThrows(
                NotFoundException.class,
                () -> as("fr-reviewer", REVIEWER, () -> facts.check(own, "figure-000000000000")));
        assertThrows(
                InvalidInputException.class, () -> as("fr-reviewer", REVIEWER, () -> facts.comment(own, ref, "  ")));
        assertEquals(0, as("fr-reviewer", REVIEWER, () -> facts.review(own)).checked(), "nothing was stored");
        assertTrue(as("fr-reviewer", REVIEWER, () -> facts.review(own)).facts().stream()
                .allMatch(f -> f.comments().isEmpty()));
    }
}

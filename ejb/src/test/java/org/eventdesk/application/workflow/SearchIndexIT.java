package org.eventdesk.application.workflow;

import static org.eventdesk.application.workflow.Desk.EDITOR;
import static org.eventdesk.application.workflow.Desk.REVIEWER;
import static org.eventdesk.application.workflow.Desk.as;
import static org.eventdesk.application.workflow.Desk.ready;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.FoundRecord;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.MarkedText;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The records' full-text index on the real server (Hibernate Search, Lucene backend): English stemming, relevance
 * ranking, the words marked for the grid, the other filters applied in the same query, input that is no query
 * syntax, and the index following every kind of change as it commits (edit, workflow steps, publication,
 * retraction, spike). Every test searches for a random marker of its own, as the database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexIT {
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

    private static String marker() {
        return "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static RecordQuery words(String text, RecordQuery.Order order) {
        return new RecordQuery(text, null, null, null, null, null, null, null, null, null, order);
    }

    private static RecordQuery withStatus(String text, RecordStatus status) {
        return new RecordQuery(
                text, null, status, null, null, null, null, null, null, null, RecordQuery.Order.RELEVANCE);
    }

    private List<Long> ids(RecordQuery query) throws Exception {
        return as("search-editor", EDITOR, () -> catalog.list(query, 0, 50)).stream()
                .map(RecordListing::id)
                .toList();
    }

    private RecordView create(RecordInput input) throws Exception {
        return as("search-editor", EDITOR, () -> records.create(input));
    }

    @Test
    void stemmedWordsFindRecordsBestMatchFirstWithTheWordsMarked() throws Exception {
        String marker = marker();
        long inTitle = create(
                        RecordInputs.titled("Drones hit a depot " + marker).input())
                .id();
        long inSummary = create(RecordInputs.titled("Night attack on the port " + marker)
                        .summary("Officials said a drone struck a warehouse near the harbour.")
                        .input())
                .id();
        long neither = create(
                        RecordInputs.titled("Shelling of a market " + marker).input())
                .id();

        assertEquals(
                List.of(inTitle, inSummary),
                ids(words("drone " + marker, RecordQuery.Order.RELEVANCE)),
                "'drone' finds 'Drones' and 'drone', the title's match first, and not the record without it");
        assertEquals(
                List.of(neither), ids(words("shelled " + marker, RecordQuery.Order.RELEVANCE)), "shelled ~ shelling");
        assertEquals(
                List.of(neither, inSummary, inTitle),
                ids(words(marker, RecordQuery.Order.LAST_CHANGE)),
                "in a time order the words only select");

        List<FoundRecord> found = as(
                "search-editor",
                EDITOR,
                () -> catalog.found(words("drone " + marker, RecordQuery.Order.RELEVANCE), 0, 50));
        FoundRecord first = found.get(0);
        assertEquals(inTitle, first.listing().id());
        assertEquals(List.of("Drones", marker), markedWords(first.title()));
        FoundRecord second = found.get(1);
        assertEquals(List.of(marker), markedWords(second.title()));
        assertEquals(List.of("drone"), markedWords(second.summaryExcerpt()), "the summary's excerpt shows its match");
    }

    private static List<String> markedWords(MarkedText text) {
        return text.marks().stream()
                .map(s -> text.text().substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void placesActorsAndTheCitedSourceWordsAreSearchedAndTheOtherFiltersStillApply() throws Exception {
        String marker = marker();
        SourceDetails source = Desk.source(ingest, "search-editor");
        long withFacts = create(RecordInputs.titled("Strike " + marker)
                        .actor("Azov Brigade", ActorKind.ARMED_GROUP, ActorRole.INITIATOR)
                        .place("Zaporizhzhia", "UA", RecordInputs.span(source.id(), source.text(), "the port"))
                        .input())
                .id();
        long other = create(RecordInputs.titled("Meeting " + marker).input()).id();

        assertEquals(List.of(withFacts), ids(words("zaporizhzhia " + marker, RecordQuery.Order.RELEVANCE)));
        assertEquals(List.of(withFacts), ids(words("azov " + marker, RecordQuery.Order.RELEVANCE)));
        assertEquals(
                List.of(withFacts),
                ids(words("port " + marker, RecordQuery.Order.RELEVANCE)),
                "the passage the place cites from its source");
        RecordQuery inUkraine = new RecordQuery(
                marker, null, null, null, null, null, "ua", null, null, null, RecordQuery.Order.RELEVANCE);
        assertEquals(List.of(withFacts), ids(inUkraine), "the country filter applies with the words");
        assertEquals(List.of(other), ids(words(marker + " -strike", RecordQuery.Order.RELEVANCE)));
    }

    @Test
    void anyInputIsWordsNeverAnError() throws Exception {
        String marker = marker();
        long id = create(RecordInputs.titled("Protest (march) in \"Lviv\" " + marker)
                        .input())
                .id();
        for (String odd : new String[] {
            "\"unclosed (( ", "AND OR NOT", "title:x", "*", "~2 ^3 [a TO b]", "\\", "-", "|", "((", "a\u0000b"
        }) {
            List<Long> found = ids(words(odd + " " + marker, RecordQuery.Order.RELEVANCE));
            assertTrue(found.isEmpty() || found.equals(List.of(id)), odd + " -> " + found);
        }
        assertEquals(List.of(id), ids(words("\"march in lviv\" " + marker, RecordQuery.Order.RELEVANCE)));
        assertEquals(List.of(id), ids(words("protes* " + marker, RecordQuery.Order.RELEVANCE)));
    }

    @Test
    void theIndexFollowsEditsWorkflowStepsPublicationRetractionAndSpike() throws Exception {
        String marker = marker();
        SourceDetails source = Desk.source(ingest, "search-editor");
        long id = create(ready(source, "Harbour strike " + marker, 2)).id();
        assertEquals(List.of(), ids(words("warehouse " + marker, RecordQuery.Order.RELEVANCE)));

        long version = as("search-editor", EDITOR, () -> catalog.view(id)).version();
        as("search-editor", EDITOR, () -> records.update(id, ready(source, "Warehouse strike " + marker, 2), version));
        assertEquals(List.of(id), ids(words("warehouses " + marker, RecordQuery.Order.RELEVANCE)), "an edit");
        assertEquals(List.of(), ids(words("harbour " + marker, RecordQuery.Order.RELEVANCE)), "the old title is gone");

        as("search-editor", EDITOR, () -> workflow.submit(id));
        assertEquals(List.of(), ids(withStatus(marker, RecordStatus.DRAFT)), "a workflow step");
        assertEquals(List.of(id), ids(withStatus(marker, RecordStatus.SUBMITTED)));

        as(
                "search-reviewer",
                REVIEWER,
                () -> workflow.approve(id, catalog.view(id).version()));
        as("search-editor", EDITOR, () -> workflow.publish(id, catalog.view(id).version()));
        assertEquals(List.of(id), ids(withStatus(marker, RecordStatus.PUBLISHED)), "publication");

        as("search-reviewer", REVIEWER, () -> workflow.retract(id, "The report was withdrawn."));
        RecordStatus retracted =
                as("search-editor", EDITOR, () -> catalog.view(id)).status();
        assertEquals(List.of(), ids(withStatus(marker, RecordStatus.PUBLISHED)), "retraction");
        assertEquals(List.of(id), ids(withStatus(marker, retracted)));

        long other =
                create(RecordInputs.titled("Spiked item " + marker).input()).id();
        as("search-editor", EDITOR, () -> workflow.spike(other, "Duplicate."));
        RecordStatus spiked =
                as("search-editor", EDITOR, () -> catalog.view(other)).status();
        assertEquals(List.of(other), ids(withStatus("spiked " + marker, spiked)), "a spike");
        assertEquals(List.of(), ids(withStatus("spiked " + marker, RecordStatus.DRAFT)));
    }
}

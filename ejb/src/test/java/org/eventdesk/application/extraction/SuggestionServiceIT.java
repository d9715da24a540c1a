package org.eventdesk.application.extraction;

import static org.eventdesk.application.Callers.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.eventdesk.application.Callers;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;
import org.eventdesk.extraction.ActorSuggestion;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.Suggestions;
import org.eventdesk.extraction.TextSpan;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The assistant inside the application: the sample article's strike figures, rejections, similar records. */
@ExtendWith(ArquillianExtension.class)
class SuggestionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private SourceIngestService ingest;

    @Inject
    private SuggestionService assistant;

    @Inject
    private RecordService records;

    /** The sample article with a marker of its own at the end, so each test has a source of its own. */
    private SourceDetails sample() throws Exception {
        String raw;
        try (InputStream in = SuggestionServiceIT.class.getResourceAsStream("/demo/inkl-kyiv-strikes.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // The marker goes inside the body: after the article's end the cleaner drops short lines as page chrome.
        String text =
                raw.replace("He also said he expected", "He also said (ref " + UUID.randomUUID() + ") he expected");
        return editor(() -> ingest.ingest(new SourceSubmission(
                SourceKind.NEWS_ARTICLE,
                "Zelensky prepares",
                "The Independent",
                null,
                null,
                ZonedDateTime.of(2025, 12, 27, 15, 0, 0, 0, ZoneId.of("Europe/London")),
                null,
                "en",
                text,
                InputFormat.PLAIN_TEXT,
                null)));
    }

    private static FigureSuggestion figure(Suggestions s, String text) {
        return s.figures().stream()
                .filter(f -> f.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure \"" + text + "\" in " + s.figures()));
    }

    @Test
    void everyFigureOfTheSampleStrikeIsSuggestedWithItsQualifierAndWords() throws Exception {
        SourceDetails source = sample();

        Suggestions s = editor(() -> assistant.suggestions(source.id()));

        FigureSuggestion drones = figure(s, "almost 500");
        assertEquals(Qualifier.APPROXIMATE, drones.amount().qualifier());
        assertEquals(0, new BigDecimal(500).compareTo(drones.amount().value()));
        assertEquals("DRONES_LAUNCHED", drones.category());
        assertEquals(Qualifier.EXACT, figure(s, "40").amount().qualifier());
        FigureSuggestion injured = figure(s, "at least 46");
        assertEquals(Qualifier.AT_LEAST, injured.amount().qualifier());
        FigureSuggestion children = s.figures().stream()
                .filter(f -> "CHILDREN".equals(f.category()))
                .findFirst()
                .orElseThrow();
        assertEquals(injured, s.figures().get(children.parentIndex()), "the children are part of the injured");
        FigureSuggestion third = s.figures().stream()
                .filter(f -> f.amount().qualifier() == Qualifier.FRACTION)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "1/3",
                third.amount().numerator().intValue() + "/"
                        + third.amount().denominator().intValue());
        assertEquals(
                "almost 500",
                source.text().substring(drones.start(), drones.end()),
                "offsets are into the cleaned text");
        assertTrue(
                s.times().stream()
                        .anyMatch(t -> Instant.parse("2025-12-27T09:20:00Z").equals(t.utc())),
                s.times().toString());
        assertTrue(
                s.places().stream()
                        .anyMatch(p -> p.name().equals("Kyiv") && p.country().equals("UA")),
                s.places().toString());
        assertTrue(
                s.quotes().stream().anyMatch(q -> q.text().contains("Kinzhals") && "post on X".equals(q.medium())),
                s.quotes().toString());
    }

    @Test
    void theSampleIsDraftedAsSeveralRecordsEachOfWhichCanBeCreatedAsItIs() throws Exception {
        SourceDetails source = sample();

        List<DraftRecord> drafts = editor(() -> assistant.draftRecords(source.id()));

        assertTrue(drafts.size() >= 4, "the overnight strike, Tuesday's, and two meetings: " + drafts.size());
        assertTrue(
                drafts.stream()
                        .anyMatch(d -> d.record().type().equals("MEETING")
                                && d.record().occurrence() == Occurrence.SCHEDULED),
                "the planned meeting with Trump is scheduled");
        DraftRecord strike = drafts.stream()
                .filter(d ->
                        d.record().figures().stream().anyMatch(f -> f.category().equals("KILLED")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", strike.record().type());
        assertEquals("Europe/Kyiv", strike.record().time().zone());
        for (DraftRecord draft : drafts) {
            for (RecordInput.EvidenceRef span : DraftRecord.spans(draft.record())) {
                assertEquals(source.id(), span.sourceId());
                assertEquals(source.text().substring(span.start(), span.end()), draft.quote(span));
            }
            RecordView created = editor(() -> records.create(draft.record()));
            assertEquals(draft.record().title(), created.title());
            assertEquals(draft.record().figures().size(), created.figures().size());
            assertEquals(draft.record().places().size(), created.places().size());
            assertEquals(draft.record().claims().size(), created.claims().size());
        }
        assertThrows(EJBAccessException.class, () -> Callers.partner(() -> assistant.draftRecords(source.id())));
        assertThrows(NotFoundException.class, () -> editor(() -> assistant.draftRecords(Long.MAX_VALUE)));
    }

    @Test
    void aRejectedFigureIsInNoDraft() throws Exception {
        SourceDetails source = sample();
        FigureSuggestion injured = figure(editor(() -> assistant.suggestions(source.id())), "at least 46");
        editor(() -> {
            assistant.reject(source.id(), "figure", injured.start(), injured.end());
            return null;
        });

        List<DraftRecord> drafts = editor(() -> assistant.draftRecords(source.id()));

        assertFalse(drafts.isEmpty());
        assertTrue(drafts.stream()
                .flatMap(d -> d.record().figures().stream())
                .flatMap(f -> f.evidence().stream())
                .noneMatch(e -> e.start() == injured.start()));
    }

    @Test
    void aRejectedSuggestionStaysHiddenForThatSourceAndPartsFollowTheirWhole() throws Exception {
        SourceDetails source = sample();
        Suggestions before = editor(() -> assistant.suggestions(source.id()));
        FigureSuggestion drones = figure(before, "almost 500");
        PlaceSuggestion kyiv = before.places().stream()
                .filter(p -> p.name().equals("Kyiv"))
                .findFirst()
                .orElseThrow();
        TextSpan firstKyiv = kyiv.mentions().get(0);
        ActorSuggestion zelensky = before.actors().stream()
                .filter(a -> a.name().equals("Volodymyr Zelensky"))
                .findFirst()
                .orElseThrow();

        editor(() -> {
            assistant.reject(source.id(), "figure", drones.start(), drones.end());
            assistant.reject(source.id(), "place", firstKyiv.start(), firstKyiv.end());
            assistant.reject(source.id(), "actor", zelensky.mentions());
            return null;
        });
        Suggestions after = editor(() -> assistant.suggestions(source.id()));

        assertTrue(after.figures().stream().noneMatch(f -> f.start() == drones.start()));
        assertEquals(before.figures().size() - 1, after.figures().size());
        FigureSuggestion children = after.figures().stream()
                .filter(f -> "CHILDREN".equals(f.category()))
                .findFirst()
                .orElseThrow();
        assertEquals("at least 46", after.figures().get(children.parentIndex()).text(), "the index follows the whole");
        PlaceSuggestion kyivAfter = after.places().stream()
                .filter(p -> p.name().equals("Kyiv"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                kyiv.mentions().subList(1, kyiv.mentions().size()),
                kyivAfter.mentions(),
                "one mention rejected, the others stay evidence");
        assertTrue(
                after.actors().stream().noneMatch(a -> a.name().equals("Volodymyr Zelensky")),
                "an actor rejected with all its mentions is gone");
        assertThrows(EJBAccessException.class, () -> Callers.partner(() -> assistant.suggestions(source.id())));
    }

    @Test
    void aSourceAboutARecordedEventOffersThatRecordUntilItQuotesTheSource() throws Exception {
        SourceDetails earlier = sample();
        String text = earlier.text();
        int kyiv = text.indexOf("Kyiv");
        RecordView record = editor(() -> records.create(new RecordInput(
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                "Strike on Kyiv " + UUID.randomUUID(),
                null,
                null,
                new RecordInput.TimeInput(
                        OffsetDateTime.parse("2025-12-27T02:00:00+02:00"),
                        null,
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        List.of()),
                List.of(new RecordInput.PlaceInput("Kyiv", "UA", null, null, null, null, null, null, List.of())),
                null,
                null,
                null,
                null,
                null,
                null,
                null)));
        SourceDetails report = sample();

        List<RecordListing> similar = editor(() -> assistant.similarRecords(report.id()));
        assertTrue(similar.stream().anyMatch(r -> r.id() == record.id()), similar.toString());

        RecordView quoting = editor(() -> records.update(
                record.id(),
                new RecordInput(
                        record.type(),
                        record.title(),
                        null,
                        List.of(new RecordInput.EvidenceRef(report.id(), kyiv, kyiv + 4)),
                        record.toInput().time(),
                        record.toInput().places(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                record.version()));
        assertFalse(
                editor(() -> assistant.similarRecords(report.id())).stream().anyMatch(r -> r.id() == quoting.id()),
                "a record already quoting the source is not offered again");
    }
}

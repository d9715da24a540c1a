package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.PublicRecords;
import org.eventdesk.domain.source.SourceKind;
import org.junit.jupiter.api.Test;

/** The public document made from a record: what it holds, what it leaves out, and its canonical JSON. */
class PublicRecordsTest {
    private static final Instant PUBLISHED = Instant.parse("2025-12-27T15:00:00Z");
    private final Fixtures fixtures = new Fixtures();
    private final String text = Fixtures.STRIKE_TEXT;

    /** Labels and sources as the desk would give them; record 7 is public, record 8 is a draft. */
    private final PublicRecords.References references = new PublicRecords.References() {
        @Override
        public Optional<PublicRecord.Type> type(String code) {
            return Optional.of(new PublicRecord.Type(
                    code, "Air/drone strike", "EXPLOSIONS_REMOTE_VIOLENCE", "Explosions/Remote violence"));
        }

        @Override
        public String categoryLabel(String code) {
            return Map.of("KILLED", "Killed", "INJURED", "Injured", "CHILDREN", "Children")
                    .getOrDefault(code, code);
        }

        @Override
        public Map<Long, PublicRecord.Source> sources(Set<Long> ids) {
            return ids.stream()
                    .collect(Collectors.toMap(
                            id -> id,
                            id -> new PublicRecord.Source(
                                    id,
                                    SourceKind.NEWS_ARTICLE,
                                    "Outlet " + id,
                                    "Title " + id,
                                    "https://example.org/" + id,
                                    OffsetDateTime.parse("2025-12-27T14:00:00Z"),
                                    "en")));
        }

        @Override
        public Map<Long, String> publicTitles(Set<Long> recordIds) {
            return recordIds.contains(7L) ? Map.of(7L, "The earlier strike") : Map.of();
        }
    };

    private EventRecord strike(String injured) {
        fixtures.addSource(1, "The Independent", text);
        fixtures.addSource(2, "Reuters", text);
        fixtures.addRecord(7);
        fixtures.addRecord(8);
        RecordInput.EvidenceRef kyiv = Fixtures.span(1, text, "Kyiv");
        RecordInput input = new RecordInput(
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                "Strike on Kyiv",
                "Russia struck Kyiv overnight.",
                List.of(),
                new RecordInput.TimeInput(
                        OffsetDateTime.parse("2025-12-27T00:00:00+02:00"),
                        null,
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        List.of(Fixtures.span(1, text, "overnight"))),
                List.of(new RecordInput.PlaceInput(
                        "Kyiv", "UA", null, null, 50.45, 30.52, GeoPrecision.NEAR, null, List.of(kyiv))),
                List.of(new RecordInput.ActorInput(
                        "Russia",
                        ActorKind.STATE,
                        ActorRole.INITIATOR,
                        null,
                        List.of(Fixtures.span(1, text, "Russia")))),
                List.of(
                        new RecordInput.FigureInput(
                                "KILLED",
                                new Amount(Qualifier.EXACT, BigDecimal.valueOf(2), null, null, null, null),
                                null,
                                null,
                                "authorities",
                                null,
                                List.of(Fixtures.span(1, text, "two people were killed"))),
                        new RecordInput.FigureInput(
                                "INJURED",
                                new Amount(Qualifier.AT_LEAST, new BigDecimal(injured), null, null, null, null),
                                null,
                                null,
                                null,
                                null,
                                List.of(
                                        Fixtures.span(1, text, "at least 46 people were wounded"),
                                        Fixtures.span(2, text, "at least 46 people were wounded"))),
                        new RecordInput.FigureInput(
                                "CHILDREN",
                                new Amount(Qualifier.EXACT, BigDecimal.valueOf(2), null, null, null, null),
                                1,
                                null,
                                null,
                                null,
                                List.of(Fixtures.span(1, text, "including two children")))),
                List.of(new RecordInput.ClaimInput(
                        "Authorities",
                        "two people were killed",
                        ClaimForm.PARAPHRASE,
                        null,
                        null,
                        Verification.DISPUTED,
                        List.of(Fixtures.span(1, text, "Authorities said")))),
                List.of(
                        new RecordInput.LinkInput(LinkRelation.FOLLOWS, 7L),
                        new RecordInput.LinkInput(LinkRelation.SAME_INCIDENT, 8L)),
                List.of("Kyiv", "winter"),
                null,
                null);
        EventRecord record = EventRecord.create(input, fixtures, "editor", Fixtures.NOW);
        Fixtures.setId(record, 42);
        return record;
    }

    @Test
    void theDocumentHoldsEveryFactWithItsQuotesAndSourcesButNoSourceText() {
        PublicRecord doc = PublicRecords.of(strike("46"), 1, PUBLISHED, PUBLISHED, null, null, references);

        assertEquals(42, doc.id());
        assertEquals(PublicRecord.Status.PUBLISHED, doc.status());
        assertEquals("Explosions/Remote violence", doc.type().parentLabel());
        assertEquals("Europe/Kyiv", doc.time().zone());
        assertEquals(
                OffsetDateTime.parse("2025-12-27T00:00:00+02:00"), doc.time().start());
        assertEquals("overnight", doc.time().evidence().get(0).text());
        assertEquals("at least 46", doc.figures().get(1).described());
        assertEquals(1, doc.figures().get(2).partOf());
        assertEquals(Verification.CORROBORATED, doc.figures().get(1).verification(), "two outlets quote it");
        assertEquals(Verification.DISPUTED, doc.claims().get(0).verification());
        assertEquals(
                List.of(1L, 2L),
                doc.sources().stream().map(PublicRecord.Source::id).toList());
        assertEquals(1, doc.links().size(), "the link to the draft (8) does not leak");
        assertEquals("The earlier strike", doc.links().get(0).title());
        assertNull(doc.correction());
        String json = PublicRecordJson.canonical(doc);
        assertFalse(json.contains("A third of the capital"), "no source text beyond the quotes: " + json);
        assertFalse(json.contains("\"editor\""), "no desk user names");
    }

    @Test
    void theCanonicalJsonReadsBackToTheSameDocumentAndIsStable() {
        PublicRecord doc = PublicRecords.of(strike("46"), 1, PUBLISHED, PUBLISHED, null, null, references);

        String json = PublicRecordJson.canonical(doc);
        PublicRecord read = PublicRecordJson.parse(json);

        assertEquals(doc, read);
        assertEquals(json, PublicRecordJson.canonical(read));
        assertTrue(json.startsWith("{\"actors\":[{"), "members in canonical order: " + json.substring(0, 40));
    }

    @Test
    void aCorrectionSaysWhatChangedInWords() {
        PublicRecord first = PublicRecords.of(strike("46"), 1, PUBLISHED, PUBLISHED, null, null, references);
        Instant later = PUBLISHED.plusSeconds(3600);

        PublicRecord second =
                PublicRecords.of(strike("52"), 2, later, PUBLISHED, "The number of injured rose.", first, references);

        assertEquals(2, second.version());
        assertEquals(PUBLISHED, second.firstPublishedAt());
        assertEquals("The number of injured rose.", second.correction().note());
        assertEquals(
                List.of("Injured: at least 46 → at least 52"),
                second.correction().changes());
    }

    @Test
    void aRetractedRecordKeepsItsIdentityAndLosesItsFacts() {
        PublicRecord published = PublicRecords.of(strike("46"), 1, PUBLISHED, PUBLISHED, null, null, references);

        PublicRecord retracted = PublicRecords.retracted(published, "The report was false.", PUBLISHED.plusSeconds(60));

        assertTrue(retracted.isRetracted());
        assertEquals("Strike on Kyiv", retracted.title());
        assertEquals(published.time().start(), retracted.time().start());
        assertTrue(retracted.time().evidence().isEmpty());
        assertTrue(retracted.figures().isEmpty()
                && retracted.places().isEmpty()
                && retracted.sources().isEmpty());
        assertNull(retracted.summary());
        assertEquals("The report was false.", retracted.retraction().reason());
        assertEquals(retracted, PublicRecordJson.parse(PublicRecordJson.canonical(retracted)));
    }
}

package org.eventdesk.domain.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.SamplePublicRecords;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;
import org.junit.jupiter.api.Test;

/** The import of the desk's own export: its JSON documents and its CSV rows read back into records. */
class DeskImportMappingTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Map<String, String> CATEGORIES = Map.of("killed", "KILLED", "injured", "INJURED");

    /** The sources as the import would store them, with ids as the database would give them. */
    private static List<Source> stored(ArchiveEntry entry) throws ReflectiveOperationException {
        List<Source> stored = new ArrayList<>();
        for (SourceSubmission submission : entry.sources()) {
            Source source = Source.receive(submission, "admin", NOW);
            Field id = Source.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(source, 900L + stored.size());
            stored.add(source);
        }
        return stored;
    }

    private static String quoted(List<Source> stored, RecordInput.EvidenceRef ref) {
        Source source = stored.stream()
                .filter(s -> s.getId().equals(ref.sourceId()))
                .findFirst()
                .orElseThrow();
        return source.getCleanedText().substring(ref.start(), ref.end());
    }

    @Test
    void aJsonDocumentComesBackWithEveryFactAndTheWordsItQuotes() throws Exception {
        PublicRecord strike = SamplePublicRecords.strike();
        DeskCsvFormat.Reading reading = DeskJsonFormat.read(PublicRecordJson.write(strike));
        assertEquals(List.of(), reading.problems());
        DeskArchiveEntry entry = reading.entry();
        assertEquals("EVENTDESK:42/2025-12-27T15:00:00Z", entry.key());

        SourceSubmission source = entry.sources().get(0);
        assertEquals("The Independent", source.outlet());
        assertEquals("Russia launches massive attack", source.title());
        assertEquals("https://example.org/strike", source.url());
        assertEquals(Instant.parse("2025-12-27T13:00:00Z"), source.publishedAt().toInstant());
        assertTrue(source.cleanedText().contains("at least 46 people were wounded"), source.cleanedText());
        assertTrue(source.cleanedText().contains("https://example.org/strike"), source.cleanedText());
        assertEquals(List.of("at least 46 people were wounded"), entry.quotesFrom(0));
        assertNull(entry.sourceWithoutAddress(0).url());

        List<Source> stored = stored(entry);
        RecordInput input = entry.input(stored);
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", input.type());
        assertEquals(strike.title(), input.title());
        assertEquals(strike.time().start(), input.time().start());
        assertEquals("Europe/Kyiv", input.time().zone());
        assertEquals(
                List.of("Kyiv", "Kyiv region"),
                input.places().stream().map(RecordInput.PlaceInput::name).toList());
        assertEquals(50.4501, input.places().get(0).lat());
        assertEquals(ActorKind.CIVILIANS, input.actors().get(1).kind());
        assertEquals(3, input.figures().size());
        RecordInput.FigureInput injured = input.figures().get(1);
        assertEquals("INJURED", injured.category());
        assertEquals(Amount.of(Qualifier.AT_LEAST, new BigDecimal(46)), injured.amount());
        assertEquals("authorities", injured.attribution());
        assertEquals(1, input.figures().get(2).parent());
        assertEquals(
                "at least 46 people were wounded",
                quoted(stored, injured.evidence().get(0)));
        assertEquals("Volodymyr Zelensky", input.claims().get(0).speaker());
        assertEquals(List.of("winter"), input.tags());
        assertEquals(List.of(), input.links());
    }

    @Test
    void aRetractedOrUnreadableDocumentIsReportedNotImported() {
        PublicRecord strike = SamplePublicRecords.strike();
        PublicRecord retracted = new PublicRecord(
                strike.id(),
                2,
                PublicRecord.Status.RETRACTED,
                strike.title(),
                strike.type(),
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                strike.verification(),
                List.of(),
                strike.firstPublishedAt(),
                strike.publishedAt(),
                null,
                new PublicRecord.Retraction("wrong city", NOW));
        DeskCsvFormat.Reading gone = DeskJsonFormat.read(PublicRecordJson.write(retracted));
        assertNull(gone.entry());
        assertEquals(
                List.of("status"),
                gone.problems().stream().map(FieldError::field).toList());

        DeskCsvFormat.Reading broken = DeskJsonFormat.read(org.eventdesk.domain.shared.JsonP.PROVIDER
                .createObjectBuilder()
                .add("id", 7)
                .build());
        assertNull(broken.entry());
        assertEquals("document", broken.problems().get(0).field());
    }

    @Test
    void aCsvRowComesBackWithWhatTheCsvKeeps() throws Exception {
        PublicRecord strike = SamplePublicRecords.strike();
        Map<String, String> cells = cells(DeskCsvFormat.row(strike));
        DeskCsvFormat.Reading reading =
                DeskCsvFormat.read(cells, label -> Optional.ofNullable(CATEGORIES.get(label.toLowerCase())));
        // The sample's "Children" category is not one of this desk's: the row names it and lands nothing.
        assertNull(reading.entry());
        assertEquals(
                List.of("figures"),
                reading.problems().stream().map(FieldError::field).toList());
        assertEquals(
                "'Children' is not a figure category of this desk",
                reading.problems().get(0).message());

        Map<String, String> withCategories = new HashMap<>(CATEGORIES);
        withCategories.put("children", "CHILDREN");
        DeskArchiveEntry entry = DeskCsvFormat.read(
                        cells, label -> Optional.ofNullable(withCategories.get(label.toLowerCase())))
                .entry();
        assertNotNull(entry);
        assertEquals("EVENTDESK:42/2025-12-27T15:00:00Z", entry.key());
        List<Source> stored = stored(entry);
        RecordInput input = entry.input(stored);
        assertEquals(strike.type().code(), input.type());
        assertEquals(strike.time().start(), input.time().start());
        assertEquals(strike.time().precision(), input.time().precision());
        assertEquals(
                List.of("Kyiv", "Kyiv region"),
                input.places().stream().map(RecordInput.PlaceInput::name).toList());
        assertEquals("UA", input.places().get(1).country());
        assertEquals(50.4501, input.places().get(0).lat());
        assertNull(input.places().get(1).lat());
        assertEquals(
                List.of("Russia", "Civilians (Ukraine)"),
                input.actors().stream().map(RecordInput.ActorInput::name).toList());
        assertEquals(ActorRole.TARGET, input.actors().get(1).role());
        assertEquals(ActorKind.CIVILIANS, input.actors().get(1).kind());
        assertEquals(
                List.of(
                        Amount.of(Qualifier.EXACT, new BigDecimal("2")),
                        Amount.of(Qualifier.AT_LEAST, new BigDecimal("46")),
                        Amount.of(Qualifier.EXACT, new BigDecimal("2"))),
                input.figures().stream().map(RecordInput.FigureInput::amount).toList());
        assertEquals("authorities", input.figures().get(1).attribution());
        assertEquals(
                "Kinzhals and 'shaheds' speak for them", input.claims().get(0).text());
        // Without quotes in the CSV, every fact quotes the record's account in its source.
        assertEquals("The Independent", entry.sources().get(0).outlet());
        assertEquals(
                strike.summary(),
                quoted(stored, input.figures().get(1).evidence().get(0)));
    }

    @Test
    void aCsvRowsBadCellsAreEachNamedByColumn() {
        Map<String, String> cells = cells(DeskCsvFormat.row(SamplePublicRecords.strike()));
        cells.put("start", "yesterday");
        cells.put("actors", "Russia (attacker)");
        cells.put("figures", "Killed: many");
        cells.put("status", "RETRACTED");
        cells.put("sources", "");
        DeskCsvFormat.Reading reading = DeskCsvFormat.read(cells, label -> Optional.of("KILLED"));
        assertNull(reading.entry());
        assertEquals(
                List.of("status", "start", "sources", "actors", "figures"),
                reading.problems().stream().map(FieldError::field).toList());
    }

    @Test
    void aQuotePointsAtItsOwnParagraphEvenWhenTheHeadingOrALongerQuoteHoldsTheSameWords() throws Exception {
        PublicRecord strike = SamplePublicRecords.strike();
        PublicRecord.Place kyiv = strike.places().get(0);
        PublicRecord quotingKyiv = new PublicRecord(
                strike.id(),
                strike.version(),
                strike.status(),
                strike.title(),
                strike.type(),
                strike.summary(),
                List.of(new PublicRecord.Quote(1, "drones hit Kyiv overnight")),
                strike.time(),
                List.of(new PublicRecord.Place(
                        kyiv.name(),
                        kyiv.country(),
                        kyiv.admin1(),
                        kyiv.admin2(),
                        kyiv.lat(),
                        kyiv.lon(),
                        kyiv.precision(),
                        kyiv.verification(),
                        List.of(new PublicRecord.Quote(1, "Kyiv")))),
                strike.actors(),
                strike.figures(),
                strike.claims(),
                strike.links(),
                strike.tags(),
                strike.occurrence(),
                strike.verification(),
                List.of(new PublicRecord.Source(
                        1, SourceKind.NEWS_ARTICLE, "Kyiv Independent", "Night of drones", null, null, "en")),
                strike.firstPublishedAt(),
                strike.publishedAt(),
                null,
                null);
        DeskArchiveEntry entry = new DeskArchiveEntry(quotingKyiv, DeskArchiveEntry.Form.JSON);
        List<Source> stored = stored(entry);
        String text = stored.get(0).getCleanedText();
        RecordInput.EvidenceRef place =
                entry.input(stored).places().get(0).evidence().get(0);
        assertEquals("Kyiv", text.substring(place.start(), place.end()));
        assertEquals("\n\n", text.substring(place.start() - 2, place.start()), "its own paragraph: " + text);
        assertTrue(place.end() == text.length() || text.startsWith("\n\n", place.end()), "a whole paragraph: " + text);
        RecordInput.EvidenceRef summary = entry.input(stored).summaryEvidence().get(0);
        assertEquals("drones hit Kyiv overnight", text.substring(summary.start(), summary.end()));
    }

    @Test
    void aSourceTitleOrAClaimHoldingTheListSeparatorStaysWhole() throws Exception {
        Map<String, String> cells = cells(DeskCsvFormat.row(SamplePublicRecords.strike()));
        cells.put("figures", "");
        cells.put("sources", "The Independent: Strikes; what we know; Reuters: Kyiv hit");
        cells.put("claims", "Volodymyr Zelensky: We will answer; and we will rebuild");
        DeskArchiveEntry entry =
                DeskCsvFormat.read(cells, label -> Optional.empty()).entry();
        assertNotNull(entry);
        assertEquals(
                List.of("Strikes; what we know", "Kyiv hit"),
                entry.sources().stream().map(SourceSubmission::title).toList());
        RecordInput input = entry.input(stored(entry));
        assertEquals(1, input.claims().size());
        assertEquals(
                "We will answer; and we will rebuild", input.claims().get(0).text());
    }

    @Test
    void aCellTheExportDefusedAgainstFormulasReadsBackAsItWasWritten() {
        Map<String, String> cells = cells(DeskCsvFormat.row(SamplePublicRecords.strike()));
        cells.put("title", SpreadsheetCells.safe("=Strike on Kyiv"));
        cells.put("summary", SpreadsheetCells.safe("-12 degrees and drones"));
        cells.put("figures", "");
        assertEquals("'=Strike on Kyiv", cells.get("title"));
        DeskArchiveEntry entry =
                DeskCsvFormat.read(cells, label -> Optional.empty()).entry();
        assertEquals("=Strike on Kyiv", entry.exported().title());
        assertEquals("-12 degrees and drones", entry.exported().summary());
        assertEquals(
                "'quoted", SpreadsheetCells.read(Map.of("c", "'quoted"), "c"), "an apostrophe the export did not add");
    }

    @Test
    void everyAmountReadsBackAsItIsWritten() {
        List<Amount> amounts = List.of(
                Amount.of(Qualifier.EXACT, new BigDecimal("40")),
                Amount.of(Qualifier.APPROXIMATE, new BigDecimal("500")),
                Amount.of(Qualifier.AT_LEAST, new BigDecimal("46")),
                Amount.of(Qualifier.MORE_THAN, new BigDecimal("1.5")),
                Amount.of(Qualifier.AT_MOST, new BigDecimal("3")),
                Amount.of(Qualifier.FEWER_THAN, new BigDecimal("10")),
                Amount.range(new BigDecimal("10"), new BigDecimal("20")),
                Amount.fraction(new BigDecimal("1"), new BigDecimal("3")));
        for (Amount amount : amounts) {
            assertEquals(amount, DeskCsvFormat.amount(amount.describe()), amount.describe());
        }
        assertNull(DeskCsvFormat.amount("many"));
    }

    @Test
    void aRulesProblemNamesTheCsvColumnOrTheJsonField() {
        DeskArchiveEntry csv = new DeskArchiveEntry(SamplePublicRecords.strike(), DeskArchiveEntry.Form.CSV);
        assertEquals("latitude", csv.column("places[0].lat"));
        assertEquals("start", csv.column("time.start"));
        assertEquals("figures", csv.column("figures[1].amount"));
        assertEquals("sources", csv.column("figures[1].evidence[0]"));
        DeskArchiveEntry json = new DeskArchiveEntry(SamplePublicRecords.strike(), DeskArchiveEntry.Form.JSON);
        assertEquals("figures[1].value", json.column("figures[1].value"));
        assertEquals("figures[2].partOf", json.column("figures[2].parent"));
    }

    private static Map<String, String> cells(List<String> row) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < DeskCsvFormat.COLUMNS.size(); i++) {
            cells.put(DeskCsvFormat.COLUMNS.get(i), row.get(i));
        }
        return cells;
    }
}

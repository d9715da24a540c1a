package org.eventdesk.domain.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eventdesk.domain.publishing.SamplePublicRecords;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.shared.FieldError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The archive import's reading of ACLED's CSV, row by row, on a small file written for it. */
class AcledImportMappingTest {
    private static List<AcledFormat.Reading> rows;

    @BeforeAll
    static void readTheSample() throws IOException {
        rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(
                        AcledImportMappingTest.class.getResourceAsStream("/interchange/acled-sample.csv"),
                        StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            assertEquals(List.of(), AcledFormat.missingColumns(csv.getHeaderNames()));
            for (CSVRecord record : csv) {
                rows.add(AcledFormat.read(record.toMap()));
            }
        }
        assertEquals(5, rows.size());
    }

    @Test
    void anIsoDatedStrikeWithTwoOutletsAndFatalities() {
        AcledFormat.Reading reading = rows.get(0);
        assertTrue(reading.ok(), () -> reading.problems().toString());
        ArchiveRow row = reading.row();
        assertEquals("UKR9001", row.externalId());
        assertEquals(LocalDate.of(2024, 5, 26), row.date());
        assertEquals(TimePrecision.DAY, row.precision());
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK", row.type());
        assertEquals("Shelling/artillery/missile attack in Kharkiv", row.title());
        assertTrue(row.summary().startsWith("On 26 May 2024, Russian forces struck a hardware store"));
        ArchiveRow.Place place = row.places().get(0);
        assertEquals("Kharkiv", place.name());
        assertEquals("UA", place.country(), "from the ISO numeric code 804");
        assertEquals("Kharkivska", place.admin1());
        assertEquals("Kharkivskyi", place.admin2());
        assertEquals(49.9935, place.lat());
        assertEquals(36.2304, place.lon());
        assertEquals(GeoPrecision.EXACT, place.precision());
        assertEquals(
                List.of(
                        new ArchiveRow.Actor("Military Forces of Russia (2000-)", ActorKind.STATE, ActorRole.INITIATOR),
                        new ArchiveRow.Actor("Civilians (Ukraine)", ActorKind.CIVILIANS, ActorRole.TARGET)),
                row.actors());
        assertEquals(Qualifier.AT_LEAST, row.killed().qualifier());
        assertEquals(new BigDecimal(16), row.killed().value());
        assertEquals(List.of("Kyiv Independent", "Ukrainska Pravda"), row.outlets());
    }

    @Test
    void aWordedDateAWeekPrecisionAssociatesAndNoFatalities() {
        AcledFormat.Reading reading = rows.get(1);
        assertTrue(reading.ok(), () -> reading.problems().toString());
        ArchiveRow row = reading.row();
        assertEquals(LocalDate.of(2024, 5, 26), row.date(), "26 May 2024");
        assertEquals(TimePrecision.WEEK, row.precision());
        assertEquals("PROTESTS.PEACEFUL_PROTEST", row.type());
        assertEquals("MX", row.places().get(0).country());
        assertEquals(GeoPrecision.NEAR, row.places().get(0).precision());
        assertEquals(
                List.of(
                        new ArchiveRow.Actor("Protesters (Mexico)", ActorKind.CIVILIANS, ActorRole.INITIATOR),
                        new ArchiveRow.Actor("Teachers (Mexico)", ActorKind.CIVILIANS, ActorRole.INITIATOR)),
                row.actors());
        assertNull(row.killed(), "0 fatalities is no killed figure");
        assertEquals(List.of("crowd size=no report"), row.tags());
        assertEquals(List.of("El Universal"), row.outlets());
    }

    @Test
    void aCountryByNameAMonthPrecisionARegionAndAMilitia() {
        AcledFormat.Reading reading = rows.get(2);
        assertTrue(reading.ok(), () -> reading.problems().toString());
        ArchiveRow row = reading.row();
        assertEquals("BR", row.places().get(0).country(), "no iso code: the country's name");
        assertEquals(TimePrecision.MONTH, row.precision());
        assertEquals(GeoPrecision.REGION, row.places().get(0).precision());
        assertEquals(ActorKind.ARMED_GROUP, row.actors().get(1).kind(), "inter 3, a political militia");
        assertEquals(ActorRole.TARGET, row.actors().get(1).role());
        assertEquals("BATTLES.ARMED_CLASH", row.type());
    }

    @Test
    void aBadRowIsRefusedNamingEachColumn() {
        assertEquals(
                List.of("event_date: '31 June 2024' is not a date such as 2024-05-26 or 26 May 2024"),
                rows.get(3).problems().stream()
                        .map(p -> p.field() + ": " + p.message())
                        .toList());
        Set<String> fields =
                rows.get(4).problems().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(
                Set.of("event_type", "inter1", "iso", "latitude", "source", "fatalities"),
                fields,
                () -> rows.get(4).problems().toString());
        assertNull(rows.get(4).row());
    }

    /** The problems are kept as wordings: the report's English, and the admin's screen in Ukrainian. */
    @Test
    void aRowsProblemsReadInEnglishAndInUkrainian() {
        List<FieldError> problems = rows.get(4).problems();
        assertEquals(
                List.of(
                        "'Explosions' is not one of ACLED's event types (Battles, Explosions/Remote violence, Protests,"
                                + " Riots, Strategic developments, Violence against civilians)",
                        "'999' is not an ISO 3166-1 numeric country code",
                        "'146.7' lies outside -90 to 90",
                        "'9' is not an ACLED actor type (1 to 8)",
                        "'-1' is negative",
                        "names no outlet; every record quotes at least one source"),
                problems.stream().map(FieldError::message).toList());
        Locale ukrainian = Locale.forLanguageTag("uk");
        assertEquals(
                "«146.7» поза межами від -90 до 90", problems.get(2).wording().in(ukrainian, Enum::name));
        assertEquals("«-1» — відʼємне число", problems.get(4).wording().in(ukrainian, Enum::name));
    }

    /** A problem is stored with its wording, which reads back as it was; one stored without reads as its English. */
    @Test
    void aStoredProblemKeepsItsWording() {
        FieldError error = rows.get(4).problems().get(0);
        ImportProblem stored = ImportProblem.of(7, 6, 0, error);
        assertEquals(error.wording(), stored.wording());
        assertEquals(error.message(), stored.message());
    }

    @Test
    void everyFactQuotesTheAccountInEachOutletsSource() {
        ArchiveRow row = rows.get(0).row();
        String first = row.source("Kyiv Independent", AcledFormat.ARCHIVE).cleanedText();
        String second = row.source("Ukrainska Pravda", AcledFormat.ARCHIVE).cleanedText();
        assertFalse(first.equals(second), "two outlets, two distinct sources");
        RecordInput input = row.input(List.of(11L, 12L), AcledFormat.ARCHIVE);
        RecordInput.EvidenceRef quote = input.summaryEvidence().get(0);
        assertEquals(row.summary(), first.substring(quote.start(), quote.end()));
        assertEquals(2, input.places().get(0).evidence().size());
        assertEquals("KILLED", input.figures().get(0).category());
        assertEquals("ACLED", input.figures().get(0).attribution());
        assertEquals("UTC", input.time().zone());
    }

    /** What the desk exports as ACLED comes back as the same facts. */
    @Test
    void theExportReadsBack() {
        List<String> exported = AcledFormat.row(SamplePublicRecords.strike());
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < AcledFormat.COLUMNS.size(); i++) {
            named.put(AcledFormat.COLUMNS.get(i), exported.get(i));
        }
        AcledFormat.Reading reading = AcledFormat.read(named);
        assertTrue(reading.ok(), () -> reading.problems().toString());
        ArchiveRow row = reading.row();
        assertEquals("UKR42", row.externalId());
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", row.type());
        assertEquals("Kyiv", row.places().get(0).name());
        assertEquals("UA", row.places().get(0).country());
        assertEquals(GeoPrecision.NEAR, row.places().get(0).precision());
        assertEquals(new BigDecimal(2), row.killed().value());
        assertEquals(List.of("The Independent"), row.outlets());
        assertEquals(List.of("winter"), row.tags());
    }
}

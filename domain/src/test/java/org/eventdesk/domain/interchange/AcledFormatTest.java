package org.eventdesk.domain.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.domain.publishing.SamplePublicRecords;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.junit.jupiter.api.Test;

class AcledFormatTest {
    private static Map<String, String> columns(List<String> row) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < AcledFormat.COLUMNS.size(); i++) {
            named.put(AcledFormat.COLUMNS.get(i), row.get(i));
        }
        return named;
    }

    @Test
    void theStrikeMapsOntoAcledsColumnsAndCodes() {
        Map<String, String> row = columns(AcledFormat.row(SamplePublicRecords.strike()));

        assertEquals(AcledFormat.COLUMNS.size(), row.size());
        assertEquals("UKR42", row.get("event_id_cnty"));
        assertEquals("2025-12-27", row.get("event_date"), "the date in the event's own zone");
        assertEquals("2025", row.get("year"));
        assertEquals("1", row.get("time_precision"));
        assertEquals("Political violence", row.get("disorder_type"));
        assertEquals("Explosions/Remote violence", row.get("event_type"));
        assertEquals("Air/drone strike", row.get("sub_event_type"));
        assertEquals("Russia", row.get("actor1"));
        assertEquals("1", row.get("inter1"));
        assertEquals("Civilians (Ukraine)", row.get("actor2"));
        assertEquals("7", row.get("inter2"));
        assertEquals("17", row.get("interaction"));
        assertEquals("Civilian targeting", row.get("civilian_targeting"));
        assertEquals("804", row.get("iso"));
        assertEquals("Europe", row.get("region"));
        assertEquals("Ukraine", row.get("country"));
        assertEquals("Kyiv City", row.get("admin1"));
        assertEquals("Kyiv", row.get("location"));
        assertEquals("50.4501", row.get("latitude"));
        assertEquals("30.5234", row.get("longitude"));
        assertEquals("2", row.get("geo_precision"));
        assertEquals("The Independent", row.get("source"));
        assertEquals("2", row.get("fatalities"));
        assertEquals("winter", row.get("tags"));
        assertEquals(Long.toString(SamplePublicRecords.PUBLISHED.getEpochSecond()), row.get("timestamp"));
        assertEquals(
                "Russia launched almost 500 drones and 40 missiles at Kyiv and other regions. Also at: Kyiv region.",
                row.get("notes"));
    }

    @Test
    void newsTypesAreStrategicDevelopmentsTaggedWithTheDesksType() {
        Map<String, String> row = columns(AcledFormat.row(SamplePublicRecords.meeting(Occurrence.SCHEDULED)));

        assertEquals("Strategic developments", row.get("disorder_type"));
        assertEquals("Strategic developments", row.get("event_type"));
        assertEquals("Other", row.get("sub_event_type"));
        assertEquals("desk_type=MEETING", row.get("tags"));
        assertEquals("USA43", row.get("event_id_cnty"));
        assertEquals("North America", row.get("region"));
        assertEquals("840", row.get("iso"));
        assertEquals("2025-12-28", row.get("event_date"));
        assertEquals("8", row.get("inter1"));
        assertEquals("80", row.get("interaction"));
        assertEquals("0", row.get("fatalities"));
    }

    @Test
    void countriesKnowAcledsRegionsIncludingItsExceptionsToM49() {
        assertEquals("Middle East", Countries.of("IR").orElseThrow().acledRegion());
        assertEquals(
                "Caucasus and Central Asia", Countries.of("GE").orElseThrow().acledRegion());
        assertEquals("Middle East", Countries.of("TR").orElseThrow().acledRegion());
        assertEquals("Western Africa", Countries.of("ng").orElseThrow().acledRegion());
        assertEquals("South Asia", Countries.of("AF").orElseThrow().acledRegion());
        assertEquals(true, Countries.of("XX").isEmpty());
    }

    @Test
    void theMostConservativeCountIsTheLowestGuaranteedOne() {
        var killed = List.of(
                SamplePublicRecords.figure("KILLED", Qualifier.EXACT, "248", null),
                SamplePublicRecords.figure("KILLED", Qualifier.AT_LEAST, "217", null),
                SamplePublicRecords.figure("KILLED", Qualifier.AT_MOST, "5", null),
                SamplePublicRecords.figure("KILLED", Qualifier.EXACT, "3", 0));

        assertEquals(
                217L,
                ConservativeCount.of(killed, "KILLED").orElseThrow(),
                "the bound from above and the subset do not count");
        assertEquals(
                10L,
                ConservativeCount.of(List.of(SamplePublicRecords.range("KILLED", "10", "20")), "KILLED")
                        .orElseThrow());
        assertEquals(
                true,
                ConservativeCount.of(
                                List.of(SamplePublicRecords.figure("KILLED", Qualifier.FEWER_THAN, "10", null)),
                                "KILLED")
                        .isEmpty());
    }

    @Test
    void formulasAreDefusedAndNumbersLeftAlone() {
        assertEquals("'=HYPERLINK(\"http://evil\")", SpreadsheetCells.safe("=HYPERLINK(\"http://evil\")"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.safe("@SUM(A1)"));
        assertEquals("'+44 20 7946", SpreadsheetCells.safe("+44 20 7946"));
        assertEquals("-12.5", SpreadsheetCells.safe("-12.5"));
        assertEquals("Kyiv", SpreadsheetCells.safe("Kyiv"));
    }
}

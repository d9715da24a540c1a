package org.eventdesk.domain.record;

import static org.eventdesk.domain.record.Fixtures.NOW;
import static org.eventdesk.domain.record.Fixtures.STRIKE_TEXT;
import static org.eventdesk.domain.record.Fixtures.figure;
import static org.eventdesk.domain.record.Fixtures.input;
import static org.eventdesk.domain.record.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.source.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventRecordTest {
    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void sources() {
        fixtures.addSource(1, "The Independent", STRIKE_TEXT);
        fixtures.addSource(2, "Reuters", STRIKE_TEXT + " Reuters adds nothing.");
        fixtures.addSource(3, "the independent ", "Another Independent report: almost 500 drones.");
    }

    @Test
    void theStrikeFromTheSampleBecomesARecordWhoseFiguresQuoteTheirOwnWords() {
        RecordInput input = input(List.of(
                figure("DRONES_LAUNCHED", Qualifier.APPROXIMATE, 500, span(1, STRIKE_TEXT, "almost 500 drones")),
                figure("MISSILES_LAUNCHED", Qualifier.EXACT, 40, span(1, STRIKE_TEXT, "40 missiles")),
                figure("KILLED", Qualifier.EXACT, 2, span(1, STRIKE_TEXT, "two people were killed")),
                figure("INJURED", Qualifier.AT_LEAST, 46, span(1, STRIKE_TEXT, "at least 46 people were wounded")),
                new RecordInput.FigureInput(
                        "CHILDREN",
                        new Amount(Qualifier.EXACT, BigDecimal.valueOf(2), null, null, null, null),
                        3,
                        null,
                        null,
                        null,
                        List.of(span(1, STRIKE_TEXT, "including two children"))),
                new RecordInput.FigureInput(
                        "WITHOUT_HEAT",
                        new Amount(Qualifier.FRACTION, null, null, null, BigDecimal.ONE, BigDecimal.valueOf(3)),
                        null,
                        null,
                        "authorities",
                        null,
                        List.of(span(1, STRIKE_TEXT, "A third of the capital was left without heat")))));

        EventRecord record = EventRecord.create(input, fixtures, "editor", NOW);

        assertEquals(RecordStatus.DRAFT, record.getStatus());
        assertEquals(6, record.getFigures().size());
        Figure drones = record.getFigures().get(0);
        assertEquals("almost 500 drones", drones.evidence().get(0).quote());
        assertEquals("about 500", drones.value().describe());
        assertEquals("at least 46", record.getFigures().get(3).value().describe());
        assertEquals(3, record.getFigures().get(4).parent());
        assertEquals("1/3", record.getFigures().get(5).value().describe());
        assertEquals(Instant.parse("2025-12-27T09:20:00Z"), record.getStart());
        assertEquals("Europe/Kyiv", record.getZone());
        assertEquals(
                "2025-12-27T11:20+02:00[Europe/Kyiv]",
                record.startInItsZone().orElseThrow().toString());
        assertEquals(Verification.SINGLE_SOURCE, record.getVerification());
        assertEquals(Verification.SINGLE_SOURCE, drones.verification());
    }

    @Test
    void twoIndependentOutletsCorroborateAFactButTheSameOutletTwiceDoesNot() {
        RecordInput input = input(List.of(
                figure(
                        "DRONES_LAUNCHED",
                        Qualifier.APPROXIMATE,
                        500,
                        span(1, STRIKE_TEXT, "almost 500 drones"),
                        span(2, STRIKE_TEXT, "almost 500 drones")),
                figure(
                        "DRONES_LAUNCHED",
                        Qualifier.APPROXIMATE,
                        500,
                        span(1, STRIKE_TEXT, "almost 500 drones"),
                        span(3, "Another Independent report: almost 500 drones.", "almost 500 drones")),
                figure("KILLED", Qualifier.EXACT, 2)));

        EventRecord record = EventRecord.create(input, fixtures, "editor", NOW);

        assertEquals(Verification.CORROBORATED, record.getFigures().get(0).verification());
        assertEquals(
                "almost 500 drones",
                record.getFigures().get(1).evidence().get(1).quote());
        assertEquals(
                Verification.SINGLE_SOURCE,
                record.getFigures().get(1).verification(),
                "\"The Independent\" and \"the independent \" are one outlet");
        assertEquals(Verification.UNVERIFIED, record.getFigures().get(2).verification());
        assertEquals(Verification.CORROBORATED, record.getVerification());
    }

    @Test
    void anEditorsJudgementOverridesTheEvidenceButAComputedStateCannotBeTyped() {
        RecordInput.FigureInput disputed = new RecordInput.FigureInput(
                "KILLED",
                new Amount(Qualifier.EXACT, BigDecimal.TEN, null, null, null, null),
                null,
                null,
                null,
                Verification.DISPUTED,
                List.of(span(1, STRIKE_TEXT, "two people")));
        RecordInput.FigureInput typedCorroborated = new RecordInput.FigureInput(
                "KILLED",
                new Amount(Qualifier.EXACT, BigDecimal.TEN, null, null, null, null),
                null,
                null,
                null,
                Verification.CORROBORATED,
                List.of(span(1, STRIKE_TEXT, "two people")));

        EventRecord record = EventRecord.create(input(List.of(disputed, typedCorroborated)), fixtures, "editor", NOW);

        assertEquals(Verification.DISPUTED, record.getFigures().get(0).verification());
        assertEquals(Verification.SINGLE_SOURCE, record.getFigures().get(1).verification());
        assertNull(record.getFigures().get(1).judgement());
    }

    @Test
    void savingOverAVersionSomeoneElseReplacedIsRefusedAndChangesNothing() {
        EventRecord record = EventRecord.create(input(List.of()), fixtures, "editor", NOW);
        Fixtures.setId(record, 5);

        StaleRecordException stale = assertThrows(
                StaleRecordException.class,
                () -> record.revise(
                        input(List.of(figure("KILLED", Qualifier.EXACT, 3))),
                        7,
                        fixtures,
                        "editor2",
                        NOW.plusSeconds(60)));

        assertEquals(7, stale.seenVersion());
        assertEquals(0, record.getFigures().size());
        assertEquals("editor", record.getUpdatedBy());
    }

    @Test
    void aRevisionReplacesTheContentAndRecordsWhoChangedIt() {
        EventRecord record =
                EventRecord.create(input(List.of(figure("KILLED", Qualifier.EXACT, 2))), fixtures, "editor", NOW);
        RecordInput changed = new RecordInput(
                "MEETING",
                "  Talks in Florida ",
                "Zelensky meets Trump.",
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("Peace Talks", "peace talks", "US"),
                Occurrence.SCHEDULED,
                null);

        record.revise(changed, record.getVersion(), fixtures, "editor2", NOW.plusSeconds(60));

        assertEquals("MEETING", record.getType());
        assertEquals("Talks in Florida", record.getTitle());
        assertEquals(List.of("peace talks", "us"), record.getTags(), "tags are lower case and not repeated");
        assertEquals(Occurrence.SCHEDULED, record.getOccurrence());
        assertEquals(0, record.getFigures().size());
        assertNull(record.getStart());
        assertEquals("editor2", record.getUpdatedBy());
        assertEquals("editor", record.getCreatedBy());
    }

    @Test
    void aDeactivatedCodeStaysOnTheRecordsThatHoldItButIsRefusedForNewUse() {
        EventRecord record =
                EventRecord.create(input(List.of(figure("KILLED", Qualifier.EXACT, 2))), fixtures, "editor", NOW);
        RecordReferences allDeactivated = new RecordReferences() {
            @Override
            public boolean isEventType(String code) {
                return false;
            }

            @Override
            public boolean isFigureCategory(String code) {
                return false;
            }

            @Override
            public Optional<Source> source(long id) {
                return fixtures.source(id);
            }

            @Override
            public boolean recordExists(long id) {
                return fixtures.recordExists(id);
            }
        };

        record.revise(
                input(List.of(figure("KILLED", Qualifier.EXACT, 3))),
                record.getVersion(),
                allDeactivated,
                "editor",
                NOW.plusSeconds(60));
        assertEquals(3, record.getFigures().get(0).value().value().intValue());

        InvalidInputException newUse = assertThrows(
                InvalidInputException.class,
                () -> record.revise(
                        input(List.of(figure("KILLED", Qualifier.EXACT, 3), figure("INJURED", Qualifier.EXACT, 4))),
                        record.getVersion(),
                        allDeactivated,
                        "editor",
                        NOW.plusSeconds(120)));
        assertEquals(
                List.of("figures[1].category"),
                newUse.errors().stream().map(FieldError::field).toList());
        InvalidInputException newRecord = assertThrows(
                InvalidInputException.class, () -> EventRecord.create(input(List.of()), allDeactivated, "editor", NOW));
        assertEquals(
                List.of("type"),
                newRecord.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aTimeWithoutANamedZoneKeepsTheOffsetItWasGivenIn() {
        RecordInput input = new RecordInput(
                null,
                "No zone",
                null,
                List.of(),
                new RecordInput.TimeInput(
                        OffsetDateTime.parse("2025-12-23T03:00:00+02:00"), null, TimePrecision.DAY, null, List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);

        EventRecord record = EventRecord.create(input, fixtures, "editor", NOW);

        assertEquals("+02:00", record.getZone());
        assertEquals(TimePrecision.DAY, record.getPrecision());
    }
}

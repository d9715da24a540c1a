package org.eventdesk.domain.record;

import static org.eventdesk.domain.record.Fixtures.NOW;
import static org.eventdesk.domain.record.Fixtures.STRIKE_TEXT;
import static org.eventdesk.domain.record.Fixtures.figure;
import static org.eventdesk.domain.record.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rule of a record's content, named by the field path the API and the form report it under. */
class RecordRulesTest {
    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void sources() {
        fixtures.addSource(1, "The Independent", STRIKE_TEXT);
        fixtures.addRecord(41);
    }

    private Map<String, String> errorsOf(RecordInput input) {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> EventRecord.create(input, fixtures, "editor", NOW));
        return refused.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    private static RecordInput.FigureInput value(
            Qualifier q, Integer value, Integer low, Integer high, Integer num, Integer den, Integer parent) {
        return new RecordInput.FigureInput(
                "INJURED",
                new Amount(q, big(value), big(low), big(high), big(num), big(den)),
                parent,
                null,
                null,
                null,
                List.of());
    }

    private static BigDecimal big(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    private static RecordInput with(
            List<RecordInput.PlaceInput> places, RecordInput.TimeInput time, List<RecordInput.LinkInput> links) {
        return new RecordInput(
                null, "Title", null, List.of(), time, places, List.of(), List.of(), List.of(), links, List.of(), null,
                null);
    }

    @Test
    void unknownTypesAndCategoriesAreNamed() {
        RecordInput input = new RecordInput(
                "BOMBING",
                "Title",
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(figure("DEAD_PEOPLE", Qualifier.EXACT, 2)),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);

        Map<String, String> errors = errorsOf(input);

        assertTrue(errors.get("type").contains("not in the taxonomy"), errors.toString());
        assertTrue(errors.get("figures[0].category").contains("not a figure category"), errors.toString());
    }

    @Test
    void aRangeNeedsBothBoundsInOrder() {
        Map<String, String> errors = errorsOf(input(List.of(
                value(Qualifier.RANGE, null, 20, 10, null, null, null),
                value(Qualifier.RANGE, null, 10, null, null, null, null))));

        assertTrue(errors.get("figures[0].low").contains("greater than high"), errors.toString());
        assertTrue(errors.get("figures[1].high").contains("needs both low and high"), errors.toString());
    }

    @Test
    void aFractionNeedsANonZeroDenominatorAndIsPartOfAWhole() {
        Map<String, String> errors = errorsOf(input(List.of(
                value(Qualifier.FRACTION, null, null, null, 1, null, null),
                value(Qualifier.FRACTION, null, null, null, 1, 0, null),
                value(Qualifier.FRACTION, null, null, null, 4, 3, null))));

        assertTrue(errors.get("figures[0].denominator").contains("needs a denominator"), errors.toString());
        assertTrue(errors.get("figures[1].denominator").contains("must not be zero"), errors.toString());
        assertTrue(errors.get("figures[2].numerator").contains("greater than the denominator"), errors.toString());
    }

    @Test
    void aSingleValueQualifierNeedsAValueAndNothingElse() {
        Map<String, String> errors = errorsOf(input(List.of(
                value(Qualifier.AT_LEAST, null, null, null, null, null, null),
                value(Qualifier.EXACT, 5, 1, null, null, null, null),
                value(null, 5, null, null, null, null, null),
                value(Qualifier.EXACT, -1, null, null, null, null, null))));

        assertTrue(errors.containsKey("figures[0].value"), errors.toString());
        assertTrue(errors.containsKey("figures[1].low"), errors.toString());
        assertTrue(errors.containsKey("figures[2].qualifier"), errors.toString());
        assertTrue(errors.get("figures[3].value").contains("negative"), errors.toString());
    }

    @Test
    void aChildFigureCannotExceedTheExactFigureItIsPartOf() {
        Map<String, String> errors = errorsOf(input(List.of(
                value(Qualifier.EXACT, 2, null, null, null, null, null),
                value(Qualifier.EXACT, 5, null, null, null, null, 0))));

        assertTrue(
                errors.get("figures[1].value").contains("larger than the figure it is part of (5 > 2)"),
                errors.toString());
    }

    @Test
    void aChildOfAnAtLeastFigureMayBeLargerThanItsStatedValue() {
        EventRecord record = EventRecord.create(
                input(List.of(
                        value(Qualifier.AT_LEAST, 46, null, null, null, null, null),
                        value(Qualifier.EXACT, 50, null, null, null, null, 0))),
                fixtures,
                "editor",
                NOW);

        assertEquals(0, record.getFigures().get(1).parent());
    }

    @Test
    void parentsMustExistAndNeverLoop() {
        Map<String, String> errors = errorsOf(input(List.of(
                value(Qualifier.EXACT, 2, null, null, null, null, 1),
                value(Qualifier.EXACT, 2, null, null, null, null, 0),
                value(Qualifier.EXACT, 2, null, null, null, null, 9))));

        assertTrue(errors.get("figures[0].parent").contains("part of itself"), errors.toString());
        assertTrue(errors.get("figures[2].parent").contains("not the index of another figure"), errors.toString());
    }

    @Test
    void anEndBeforeTheStartAndAnUnknownZoneAreRefused() {
        RecordInput.TimeInput time = new RecordInput.TimeInput(
                OffsetDateTime.parse("2025-12-27T11:20:00+02:00"),
                OffsetDateTime.parse("2025-12-27T08:00:00+02:00"),
                TimePrecision.MINUTE,
                "Europe/Atlantis",
                List.of());

        Map<String, String> errors = errorsOf(with(List.of(), time, List.of()));

        assertTrue(errors.get("time.end").contains("before the start"), errors.toString());
        assertTrue(errors.get("time.zone").contains("not a time zone"), errors.toString());
    }

    @Test
    void aTimeNeedsItsPrecision() {
        RecordInput.TimeInput time = new RecordInput.TimeInput(
                OffsetDateTime.parse("2025-12-27T11:20:00+02:00"), null, null, null, List.of());

        assertTrue(errorsOf(with(List.of(), time, List.of())).containsKey("time.precision"));
    }

    @Test
    void coordinatesMustBeOnEarthAndComeInPairsWithAPrecision() {
        List<RecordInput.PlaceInput> places = List.of(
                new RecordInput.PlaceInput("Kyiv", "UA", null, null, 95.0, 30.5, GeoPrecision.NEAR, null, List.of()),
                new RecordInput.PlaceInput("Kyiv", "UA", null, null, 50.4, -181.0, GeoPrecision.NEAR, null, List.of()),
                new RecordInput.PlaceInput("Kyiv", "XX", null, null, 50.4, null, null, null, List.of()),
                new RecordInput.PlaceInput(" ", null, null, null, null, null, null, null, List.of()));

        Map<String, String> errors = errorsOf(with(places, null, List.of()));

        assertTrue(errors.get("places[0].lat").contains("between -90 and 90"), errors.toString());
        assertTrue(errors.get("places[1].lon").contains("between -180 and 180"), errors.toString());
        assertTrue(errors.get("places[2].country").contains("ISO 3166-1"), errors.toString());
        assertTrue(errors.get("places[2].lon").contains("both latitude and longitude"), errors.toString());
        assertTrue(errors.containsKey("places[2].precision"), errors.toString());
        assertTrue(errors.containsKey("places[3].name"), errors.toString());
    }

    @Test
    void evidenceMustLieInsideAnExistingSourcesText() {
        RecordInput input = input(List.of(figure(
                "KILLED",
                Qualifier.EXACT,
                2,
                new RecordInput.EvidenceRef(1L, 10, 3000),
                new RecordInput.EvidenceRef(99L, 0, 3),
                new RecordInput.EvidenceRef(1L, null, 3))));

        Map<String, String> errors = errorsOf(input);

        assertTrue(
                errors.get("figures[0].evidence[0]").contains("is not a span of source 1's text"), errors.toString());
        assertTrue(
                errors.get("figures[0].evidence[1].sourceId").contains("source 99 does not exist"), errors.toString());
        assertTrue(errors.get("figures[0].evidence[2]").contains("needs sourceId, start and end"), errors.toString());
    }

    @Test
    void linksPointAtOtherExistingRecords() {
        List<RecordInput.LinkInput> links = List.of(
                new RecordInput.LinkInput(LinkRelation.FOLLOWS, 41L),
                new RecordInput.LinkInput(LinkRelation.FOLLOWS, 404L),
                new RecordInput.LinkInput(null, 41L),
                new RecordInput.LinkInput(LinkRelation.FOLLOWS, 41L));

        Map<String, String> errors = errorsOf(with(List.of(), null, links));

        assertTrue(errors.get("links[1].recordId").contains("does not exist"), errors.toString());
        assertTrue(errors.containsKey("links[2].relation"), errors.toString());
        assertTrue(errors.get("links[3]").contains("twice"), errors.toString());
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndATitleIsAlwaysNeeded() {
        RecordInput input = new RecordInput(
                "NOPE",
                "",
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(value(Qualifier.RANGE, null, 3, 1, null, null, null)),
                List.of(new RecordInput.ClaimInput(null, "", null, null, null, null, List.of())),
                List.of(),
                List.of(" "),
                null,
                null);

        Map<String, String> errors = errorsOf(input);

        assertEquals(
                java.util.Set.of("type", "title", "figures[0].low", "claims[0].speaker", "claims[0].text", "tags[0]"),
                errors.keySet());
    }
}

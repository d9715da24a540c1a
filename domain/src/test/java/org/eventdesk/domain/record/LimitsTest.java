package org.eventdesk.domain.record;

import static org.eventdesk.domain.record.Fixtures.NOW;
import static org.eventdesk.domain.record.Fixtures.STRIKE_TEXT;
import static org.eventdesk.domain.record.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every length, range and count limit of a record at its boundary: the largest value is accepted, one more is
 * refused with an error naming the field. The limits are the model's constants, the same ones its columns, the API
 * and the forms use.
 */
class LimitsTest {
    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void sources() {
        fixtures.addSource(1, "The Independent", STRIKE_TEXT);
        fixtures.addRecord(41);
    }

    private static RecordInput record(
            String title,
            String summary,
            List<String> tags,
            List<RecordInput.PlaceInput> places,
            List<RecordInput.ActorInput> actors,
            List<RecordInput.FigureInput> figures,
            List<RecordInput.ClaimInput> claims) {
        return new RecordInput(
                null,
                title,
                summary,
                List.of(),
                new RecordInput.TimeInput(
                        OffsetDateTime.parse("2025-12-27T11:20:00+02:00"),
                        null,
                        TimePrecision.MINUTE,
                        "Europe/Kyiv",
                        List.of()),
                places,
                actors,
                figures,
                claims,
                List.of(),
                tags,
                null,
                null);
    }

    private static RecordInput titled(String title) {
        return record(title, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static RecordInput.PlaceInput place(String name, String admin1) {
        return new RecordInput.PlaceInput(name, "UA", admin1, null, null, null, null, null, List.of());
    }

    private static RecordInput.ActorInput actor(String name) {
        return new RecordInput.ActorInput(name, ActorKind.STATE, ActorRole.INITIATOR, null, List.of());
    }

    private static RecordInput.ClaimInput claim(String speaker, String text, String medium) {
        return new RecordInput.ClaimInput(speaker, text, ClaimForm.QUOTE, medium, null, null, List.of());
    }

    private static RecordInput.FigureInput figure(BigDecimal value, String attribution, Integer parent) {
        return new RecordInput.FigureInput(
                "KILLED",
                new Amount(Qualifier.EXACT, value, null, null, null, null),
                parent,
                null,
                attribution,
                null,
                List.of(span(1, STRIKE_TEXT, "two people were killed")));
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    private List<FieldError> errorsOf(RecordInput input) {
        return assertThrows(InvalidInputException.class, () -> EventRecord.create(input, fixtures, "editor", NOW))
                .errors();
    }

    /** The largest value passes; one more is refused, and the error names the field. */
    private void assertBoundary(int max, IntFunction<RecordInput> withSize, String field) {
        EventRecord.create(withSize.apply(max), fixtures, "editor", NOW);
        List<FieldError> errors = errorsOf(withSize.apply(max + 1));
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList(), errors.toString());
    }

    @Test
    void textsFitTheirColumns() {
        assertBoundary(EventRecord.MAX_TITLE, n -> titled(text(n)), "title");
        assertBoundary(
                EventRecord.MAX_SUMMARY,
                n -> record("T", text(n), List.of(), List.of(), List.of(), List.of(), List.of()),
                "summary");
        assertBoundary(
                RecordPlace.MAX_NAME,
                n -> record("T", null, List.of(), List.of(place(text(n), null)), List.of(), List.of(), List.of()),
                "places[0].name");
        assertBoundary(
                RecordPlace.MAX_NAME,
                n -> record(
                        "T",
                        null,
                        List.of(),
                        List.of(new RecordInput.PlaceInput(
                                "Kyiv", text(n), "UA", null, null, null, null, null, null, List.of())),
                        List.of(),
                        List.of(),
                        List.of()),
                "places[0].alias");
        assertBoundary(
                RecordPlace.MAX_ADMIN_AREA,
                n -> record("T", null, List.of(), List.of(place("Kyiv", text(n))), List.of(), List.of(), List.of()),
                "places[0].admin1");
        assertBoundary(
                RecordActor.MAX_NAME,
                n -> record("T", null, List.of(), List.of(), List.of(actor(text(n))), List.of(), List.of()),
                "actors[0].name");
        assertBoundary(
                Figure.MAX_ATTRIBUTION,
                n -> record(
                        "T",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(figure(BigDecimal.ONE, text(n), null)),
                        List.of()),
                "figures[0].attribution");
        assertBoundary(
                Claim.MAX_SPEAKER,
                n -> record("T", null, List.of(), List.of(), List.of(), List.of(), List.of(claim(text(n), "w", null))),
                "claims[0].speaker");
        assertBoundary(
                Claim.MAX_TEXT,
                n -> record("T", null, List.of(), List.of(), List.of(), List.of(), List.of(claim("Z", text(n), null))),
                "claims[0].text");
        assertBoundary(
                Claim.MAX_MEDIUM,
                n -> record("T", null, List.of(), List.of(), List.of(), List.of(), List.of(claim("Z", "w", text(n)))),
                "claims[0].medium");
    }

    @Test
    void aTagIsMeasuredAsItIsStoredLowerCased() {
        assertBoundary(
                EventRecord.MAX_TAG,
                n -> record("T", null, List.of(text(n)), List.of(), List.of(), List.of(), List.of()),
                "tags[0]");
        // "İ" lower-cases to two characters: 30 of them fill a tag, 31 (62 stored) do not, nor do 60.
        assertBoundary(
                EventRecord.MAX_TAG / 2,
                n -> record("T", null, List.of("İ".repeat(n)), List.of(), List.of(), List.of(), List.of()),
                "tags[0]");
        assertTrue(errorsOf(record("T", null, List.of("İ".repeat(60)), List.of(), List.of(), List.of(), List.of()))
                .get(0)
                .message()
                .contains("lower-cased"));
    }

    @Test
    void aNulCharacterIsRefusedInAnyText() {
        List<FieldError> errors = errorsOf(titled("Strike\u0000on Kyiv"));

        assertEquals("title", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("NUL"), errors.toString());
    }

    @Test
    void figuresFitNumeric20Comma4WhereverTheyComeFrom() {
        Function<BigDecimal, RecordInput> valued =
                v -> record("T", null, List.of(), List.of(), List.of(), List.of(figure(v, null, null)), List.of());
        EventRecord.create(valued.apply(new BigDecimal("9999999999999999.9999")), fixtures, "editor", NOW);
        EventRecord.create(valued.apply(new BigDecimal("1.5000000")), fixtures, "editor", NOW);
        assertEquals(
                "figures[0].value",
                errorsOf(valued.apply(new BigDecimal("10000000000000000")))
                        .get(0)
                        .field());
        assertEquals(
                "figures[0].value",
                errorsOf(valued.apply(new BigDecimal("0.00001"))).get(0).field());
        assertEquals(
                "figures[0].value",
                errorsOf(valued.apply(new BigDecimal("1E+999999999"))).get(0).field());
    }

    @Test
    void eachListOfFactsHasItsCap() {
        assertBoundary(
                EventRecord.MAX_PLACES,
                n -> record(
                        "T",
                        null,
                        List.of(),
                        Collections.nCopies(n, place("Kyiv", null)),
                        List.of(),
                        List.of(),
                        List.of()),
                "places");
        assertBoundary(
                EventRecord.MAX_ACTORS,
                n -> record(
                        "T", null, List.of(), List.of(), Collections.nCopies(n, actor("Russia")), List.of(), List.of()),
                "actors");
        assertBoundary(
                EventRecord.MAX_FIGURES,
                n -> record(
                        "T",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        Collections.nCopies(n, figure(BigDecimal.ONE, null, null)),
                        List.of()),
                "figures");
        assertBoundary(
                EventRecord.MAX_CLAIMS,
                n -> record(
                        "T",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Collections.nCopies(n, claim("Z", "w", null))),
                "claims");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= EventRecord.MAX_TAGS; i++) {
            tags.add("tag" + i);
        }
        assertBoundary(
                EventRecord.MAX_TAGS,
                n -> record("T", null, tags.subList(0, n), List.of(), List.of(), List.of(), List.of()),
                "tags");
        assertBoundary(
                EventRecord.MAX_EVIDENCE,
                n -> record(
                        "T",
                        null,
                        List.of(),
                        List.of(new RecordInput.PlaceInput(
                                "Kyiv",
                                "UA",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Collections.nCopies(n, span(1, STRIKE_TEXT, "targeting Kyiv")))),
                        List.of(),
                        List.of(),
                        List.of()),
                "places[0].evidence");
    }

    @Test
    void theSameSpanGivenTwiceIsKeptOnce() {
        RecordInput input = record(
                "T",
                null,
                List.of(),
                List.of(new RecordInput.PlaceInput(
                        "Kyiv",
                        "UA",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Collections.nCopies(EventRecord.MAX_EVIDENCE, span(1, STRIKE_TEXT, "targeting Kyiv")))),
                List.of(),
                List.of(),
                List.of());

        assertEquals(
                1,
                EventRecord.create(input, fixtures, "editor", NOW)
                        .getPlaces()
                        .get(0)
                        .evidence()
                        .size());
    }

    @Test
    void aFigureCycleIsFoundInAChainOfTwentyThousand() {
        int n = 20_000;
        List<Integer> chained = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chained.add(i + 1 < n ? i + 1 : null);
        }
        assertTrue(FigureParents.inCycles(chained).isEmpty(), "a chain that ends has no cycle");

        chained.set(n - 1, 0); // the last is part of the first: every figure is part of itself
        assertEquals(n, FigureParents.inCycles(chained).size());

        chained.set(n - 1, n / 2); // a loop over the second half, which the first half leads into
        chained.set(0, null);
        assertEquals(n - 1, FigureParents.inCycles(chained).size(), "all but the first (which ends) run into it");
    }

    @Test
    void aFigureThatIsPartOfItselfIsNamedByTheRules() {
        RecordInput input = record(
                "T",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        figure(BigDecimal.ONE, null, 1),
                        figure(BigDecimal.ONE, null, 2),
                        figure(BigDecimal.ONE, null, 1),
                        figure(BigDecimal.ONE, null, null)),
                List.of());

        assertEquals(
                List.of("figures[0].parent", "figures[1].parent", "figures[2].parent"),
                errorsOf(input).stream().map(FieldError::field).toList());
    }
}

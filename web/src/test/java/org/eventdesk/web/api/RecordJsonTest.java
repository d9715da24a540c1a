package org.eventdesk.web.api;

import static org.eventdesk.web.api.Views.readRecord;
import static org.eventdesk.web.api.Views.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.JsonP;
import org.junit.jupiter.api.Test;

/** A record in the API's JSON: what is read from a body, what is written for a record, and that the two agree. */
class RecordJsonTest {
    private static RecordInput.EvidenceRef ref(long sourceId, int start, int end) {
        return new RecordInput.EvidenceRef(sourceId, start, end);
    }

    @Test
    void aDraftIsWrittenInTheShapeABodyIsReadFromWithEachSpansQuote() {
        RecordInput draft = readRecord(
                """
                {"type": "MEETING", "title": "Meeting in Geneva", "summary": "Ministers will meet.",
                 "summaryEvidence": [{"sourceId": 3, "start": 0, "end": 20}],
                 "time": {"start": "2025-06-16T00:00:00+02:00", "precision": "DAY", "zone": "Europe/Zurich",
                          "evidence": [{"sourceId": 3, "start": 40, "end": 51}]},
                 "places": [{"name": "Geneva", "alias": "Genève", "country": "CH", "lat": 46.2, "lon": 6.15,
                             "precision": "NEAR", "evidence": [{"sourceId": 3, "start": 30, "end": 36}]}],
                 "actors": [{"name": "Claudia Imhof", "kind": "PERSON", "role": "SPEAKER",
                             "evidence": [{"sourceId": 3, "start": 60, "end": 73}]}],
                 "figures": [{"category": "KILLED", "qualifier": "AT_LEAST", "value": 11,
                              "evidence": [{"sourceId": 3, "start": 80, "end": 91}]},
                             {"category": "CHILDREN", "qualifier": "EXACT", "value": 2, "parent": 0}],
                 "claims": [{"speaker": "Claudia Imhof", "text": "a starting point", "form": "QUOTE",
                             "medium": "statement", "evidence": [{"sourceId": 3, "start": 100, "end": 116}]}],
                 "occurrence": "SCHEDULED"}
                """);

        JsonObject written = RecordJson.input(draft, span -> "words " + span.start() + "-" + span.end());

        assertEquals(draft, readRecord(written.toString()), "what is written is read back as it was");
        assertEquals(
                "words 30-36",
                written.getJsonArray("places")
                        .getJsonObject(0)
                        .getJsonArray("evidence")
                        .getJsonObject(0)
                        .getString("quote"));
        assertFalse(written.containsKey("id"), "a draft has no id");
        assertFalse(written.containsKey("status"));
        assertEquals("SCHEDULED", written.getString("occurrence"));
        assertEquals(JsonValue.NULL, written.get("verification"));
    }

    @Test
    void everyMemberOfARecordIsReadWithItsEvidence() {
        RecordInput read = readRecord(
                """
                {"type": "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                 "title": "Strike on Kyiv",
                 "summary": "Drones and missiles hit Kyiv overnight.",
                 "summaryEvidence": [{"sourceId": 1, "start": 50, "end": 75}],
                 "time": {"start": "2025-12-27T01:00:00+02:00", "end": "2025-12-27T06:30:00+02:00",
                          "precision": "part_of_day", "zone": "Europe/Kyiv",
                          "evidence": [{"sourceId": 1, "start": 66, "end": 75}]},
                 "places": [{"name": "Kyiv", "country": "UA", "admin1": "Kyiv City", "admin2": "Shevchenkivskyi",
                             "lat": 50.4501, "lon": 30.5234, "precision": " near ", "verification": "OFFICIALLY_CONFIRMED",
                             "evidence": [{"sourceId": 1, "start": 51, "end": 65}, {"sourceId": 2, "start": 3, "end": 7}]}],
                 "actors": [{"name": "Russia", "kind": "STATE", "role": "INITIATOR", "verification": "DISPUTED",
                             "evidence": [{"sourceId": 2, "start": 0, "end": 15}]}],
                 "figures": [{"category": "INJURED", "qualifier": "AT_LEAST", "value": 46.50,
                              "asOf": "2025-12-27T12:00:00+02:00", "attribution": "Authorities", "verification": "FALSE",
                              "evidence": [{"sourceId": 1, "start": 120, "end": 151}]},
                             {"category": "CHILDREN", "qualifier": "EXACT", "value": 2, "parent": 0},
                             {"category": "KILLED", "qualifier": "RANGE", "low": 2, "high": 30e-1},
                             {"category": "WITHOUT_HEAT", "qualifier": "FRACTION", "numerator": 1, "denominator": 3}],
                 "claims": [{"speaker": "Authorities", "text": "two people were killed", "form": "PARAPHRASE",
                             "medium": "statement", "time": "2025-12-27T11:15:00+02:00",
                             "verification": "OFFICIALLY_CONFIRMED",
                             "evidence": [{"sourceId": 1, "start": 77, "end": 93}]}],
                 "links": [{"relation": "FOLLOWS", "recordId": 5}],
                 "tags": ["kyiv", "drones"],
                 "occurrence": "HAPPENED",
                 "verification": "OFFICIALLY_CONFIRMED"}
                """);

        RecordInput expected = RecordInputs.titled("Strike on Kyiv")
                .summary("Drones and missiles hit Kyiv overnight.", ref(1, 50, 75))
                .at(
                        "2025-12-27T01:00:00+02:00",
                        "2025-12-27T06:30:00+02:00",
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        ref(1, 66, 75))
                .place(new RecordInput.PlaceInput(
                        "Kyiv",
                        "UA",
                        "Kyiv City",
                        "Shevchenkivskyi",
                        50.4501,
                        30.5234,
                        GeoPrecision.NEAR,
                        Verification.OFFICIALLY_CONFIRMED,
                        List.of(ref(1, 51, 65), ref(2, 3, 7))))
                .actor(new RecordInput.ActorInput(
                        "Russia", ActorKind.STATE, ActorRole.INITIATOR, Verification.DISPUTED, List.of(ref(2, 0, 15))))
                .figure(new RecordInput.FigureInput(
                        "INJURED",
                        new Amount(Qualifier.AT_LEAST, new BigDecimal("46.5"), null, null, null, null),
                        null,
                        OffsetDateTime.parse("2025-12-27T12:00:00+02:00"),
                        "Authorities",
                        Verification.FALSE,
                        List.of(ref(1, 120, 151))))
                .figure(new RecordInput.FigureInput(
                        "CHILDREN",
                        new Amount(Qualifier.EXACT, new BigDecimal("2"), null, null, null, null),
                        0,
                        null,
                        null,
                        null,
                        List.of()))
                .figure(new RecordInput.FigureInput(
                        "KILLED",
                        new Amount(Qualifier.RANGE, null, new BigDecimal("2"), new BigDecimal("3"), null, null),
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .figure(new RecordInput.FigureInput(
                        "WITHOUT_HEAT",
                        new Amount(Qualifier.FRACTION, null, null, null, new BigDecimal("1"), new BigDecimal("3")),
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .claim(new RecordInput.ClaimInput(
                        "Authorities",
                        "two people were killed",
                        ClaimForm.PARAPHRASE,
                        "statement",
                        OffsetDateTime.parse("2025-12-27T11:15:00+02:00"),
                        Verification.OFFICIALLY_CONFIRMED,
                        List.of(ref(1, 77, 93))))
                .link(LinkRelation.FOLLOWS, 5)
                .tag("kyiv")
                .tag("drones")
                .occurrence(Occurrence.HAPPENED)
                .judged(Verification.OFFICIALLY_CONFIRMED)
                .input();
        assertEquals(expected, read);
        // Numbers are kept as the desk stores them: 46.50 is 46.5, 30e-1 is 3, with no scale left over to differ on.
        assertEquals("46.5", read.figures().get(0).amount().value().toPlainString());
        assertEquals("3", read.figures().get(2).amount().high().toPlainString());
    }

    @Test
    void theMembersTheApiOnlyWritesAreIgnoredOnTheWayIn() {
        RecordInput read = readRecord(
                """
                {"id": 7, "version": 3, "status": "PUBLISHED", "typeLabel": "Air/drone strike", "title": "Strike",
                 "createdBy": "someone", "workflow": {"revision": 9}, "sources": [], "linkedFrom": [], "judgement": null,
                 "summaryEvidence": [{"sourceId": 1, "start": 0, "end": 6, "quote": "Russia", "outlet": "X"}],
                 "figures": [{"category": "KILLED", "qualifier": "EXACT", "value": 2, "categoryLabel": "Killed",
                              "described": "2", "judgement": "FALSE"}],
                 "links": [{"relation": "FOLLOWS", "recordId": 5, "title": "Earlier", "wording": "follows"}]}
                """);

        assertEquals("Strike", read.title());
        assertEquals(List.of(ref(1, 0, 6)), read.summaryEvidence());
        assertNull(read.figures().get(0).verification(), "a written judgement is not read as the editor's input");
        assertEquals(
                new RecordInput.LinkInput(LinkRelation.FOLLOWS, 5L),
                read.links().get(0));
    }

    @Test
    void aNullElementIsLeftForTheModelToRefuseAndAnEmptyBodyIsAnEmptyRecord() {
        RecordInput read = readRecord("{\"title\": null, \"places\": [null], \"tags\": [null, \"kyiv\"]}");

        assertNull(read.title());
        assertEquals(1, read.places().size());
        assertNull(read.places().get(0));
        assertEquals(java.util.Arrays.asList(null, "kyiv"), read.tags());
        assertEquals(RecordInputs.titled(null).withoutTime().type(null).input(), readRecord("{}"));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedByItsPath() {
        assertEquals(
                Map.of("figures[0].value", "must be a number"),
                refusal("{\"figures\": [{\"category\": \"KILLED\", \"qualifier\": \"EXACT\", \"value\": \"46\"}]}"));
        assertEquals(
                Map.of("places[0].lat", "must be a number"),
                refusal("{\"places\": [{\"name\": \"Kyiv\", \"lat\": \"50.45\"}]}"));
    }

    @Test
    void anUnknownQualifierIsRefusedWithTheAllowedOnes() {
        Map<String, String> errors = refusal("{\"figures\": [{\"qualifier\": \"ABOUT\", \"value\": 46}]}");

        assertEquals(
                "'ABOUT' is not allowed; must be one of EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN,"
                        + " RANGE, FRACTION",
                errors.get("figures[0].qualifier"));
        assertEquals(1, errors.size());
    }

    @Test
    void aTimeWithoutItsOffsetIsRefusedWhereverATimeIsRead() {
        Map<String, String> errors = refusal(
                """
                {"time": {"start": "2025-12-27T11:20:00", "precision": "MINUTE"},
                 "figures": [{"asOf": "2025-12-27"}],
                 "claims": [{"time": "yesterday"}]}
                """);

        String expected = "must be an ISO-8601 time with an offset, such as 2025-12-27T11:20:00+02:00";
        assertEquals(Map.of("time.start", expected, "figures[0].asOf", expected, "claims[0].time", expected), errors);
    }

    @Test
    void timesTheDeskCannotStoreAreRefused() {
        assertEquals(
                Map.of("time.start", "must lie between the years 1 and 9999"),
                refusal("{\"time\": {\"start\": \"0000-12-27T11:20:00Z\"}}"));
    }

    @Test
    void figureNumbersAreCheckedAsTheDeskStoresThem() {
        Map<String, String> errors = refusal(
                """
                {"figures": [{"value": -1}, {"value": 1.23456}, {"low": 1E+999999999}, {"numerator": 1.5E-999999999}]}
                """);

        assertEquals("must not be negative", errors.get("figures[0].value"));
        assertEquals("has more than 4 decimal places", errors.get("figures[1].value"));
        assertTrue(errors.get("figures[2].low").startsWith("is too large"), errors.toString());
        assertEquals("has more than 4 decimal places", errors.get("figures[3].numerator"));
        assertEquals(4, errors.size());
    }

    @Test
    void idsOffsetsAndCoordinatesMustBeNumbersOfTheirKind() {
        Map<String, String> errors = refusal(
                """
                {"summaryEvidence": [{"sourceId": 0, "start": 1.5, "end": 4294967296}],
                 "places": [{"lon": 1e400}],
                 "links": [{"relation": "FOLLOWS", "recordId": -5}]}
                """);

        assertEquals("must be an id (a positive whole number)", errors.get("summaryEvidence[0].sourceId"));
        assertTrue(errors.get("summaryEvidence[0].start").startsWith("must be a whole number"), errors.toString());
        assertTrue(errors.get("summaryEvidence[0].end").startsWith("must be a whole number"), errors.toString());
        assertEquals("is too large", errors.get("places[0].lon"));
        assertEquals("must be an id (a positive whole number)", errors.get("links[0].recordId"));
        assertEquals(5, errors.size());
    }

    @Test
    void aMisspeltMemberIsRefusedAndNamesTheFieldsThereAre() {
        Map<String, String> errors =
                refusal("{\"titel\": \"Strike\", \"places\": [{\"name\": \"Kyiv\", \"town\": \"Kyiv\"}]}");

        assertTrue(
                errors.get("titel").startsWith("is not a field of a record; its fields are type, title,"),
                errors.toString());
        assertTrue(
                errors.get("places[0].town").startsWith("is not a field of a place; its fields are name,"),
                errors.toString());
        assertEquals(2, errors.size());
    }

    @Test
    void wrongJsonTypesAreRefusedByPath() {
        Map<String, String> errors = refusal(
                """
                {"title": 5, "time": "tonight", "figures": [{"value": 2}, 7], "tags": ["kyiv", 3], "places": {}}
                """);

        assertEquals(
                Map.of(
                        "title", "must be a string",
                        "time", "must be an object",
                        "figures[1]", "must be an object",
                        "tags[1]", "must be a string",
                        "places", "must be an array"),
                errors);
    }

    @Test
    void aListLongerThanTheModelAllowsIsOneErrorAndNoneOfItIsRead() {
        StringBuilder places = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            places.append(i == 0 ? "" : ",").append("{\"nme\": \"typo\"}");
        }

        assertEquals(Map.of("places", "has 51 entries; at most 50"), refusal("{\"places\": [" + places + "]}"));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefusedAsTheBody() {
        for (String body : List.of(
                "",
                " ",
                "{\"title\": ",
                "[]",
                "\"strike\"",
                "{\"title\": \"a\"} {",
                "{\"title\": \"a\"} {\"title\": \"b\"}")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Views.body(body), body);
            assertEquals("body", refused.errors().get(0).field(), body);
        }
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(5000)).append("]".repeat(5000));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> Views.body("{\"title\": " + deep + "}"));
        assertEquals("body", refused.errors().get(0).field());
    }

    @Test
    void aSecondValueAfterTheBodyIsRefusedNotDropped() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> Views.body("{\"title\": \"a\"}\n{\"title\": \"b\"}"));

        assertEquals("body", refused.errors().get(0).field());
        assertEquals(1, refused.errors().size());
        assertEquals("a", readRecord("{\"title\": \"a\"}\r\n  \t").title(), "whitespace after the body is fine");
    }

    // ---- writing ------------------------------------------------------------------------------------------

    @Test
    void aRecordIsWrittenWithEveryFactTheQuotedEvidenceAndItsOutlet() {
        JsonObject json = RecordJson.write(Views.strike());

        assertEquals(7, json.getInt("id"));
        assertEquals(3, json.getInt("version"));
        assertEquals("SUBMITTED", json.getString("status"));
        assertEquals("Air/drone strike", json.getString("typeLabel"));
        JsonObject time = json.getJsonObject("time");
        assertEquals("2025-12-27T01:00:00+02:00", time.getString("start"), "the event's time in the report's zone");
        assertEquals("PART_OF_DAY", time.getString("precision"));
        assertEquals("Europe/Kyiv", time.getString("zone"));
        JsonObject evidence = time.getJsonArray("evidence").getJsonObject(0);
        assertEquals(1, evidence.getInt("sourceId"));
        assertEquals(Views.TEXT.indexOf("overnight"), evidence.getInt("start"));
        assertEquals(Views.TEXT.indexOf("overnight") + "overnight".length(), evidence.getInt("end"));
        assertEquals("overnight", evidence.getString("quote"));
        assertEquals("The Independent", evidence.getString("outlet"));

        JsonObject place = json.getJsonArray("places").getJsonObject(0);
        assertEquals(50.4501, place.getJsonNumber("lat").doubleValue());
        assertEquals(JsonValue.NULL, place.get("admin2"), "an absent member is written as null, not left out");
        assertEquals(
                "targeting Kyiv",
                place.getJsonArray("evidence").getJsonObject(0).getString("quote"));
        assertEquals("OFFICIALLY_CONFIRMED", place.getString("verification"));
        assertEquals("OFFICIALLY_CONFIRMED", place.getString("judgement"));

        JsonObject injured = json.getJsonArray("figures").getJsonObject(0);
        assertEquals("at least 46", injured.getString("described"));
        assertEquals("Injured", injured.getString("categoryLabel"));
        assertEquals("2025-12-27T10:00:00Z", injured.getString("asOf"), "the desk's times are in UTC");
        assertEquals(JsonValue.NULL, injured.get("parent"));
        assertEquals(0, json.getJsonArray("figures").getJsonObject(1).getInt("parent"));
        JsonObject fraction = json.getJsonArray("figures").getJsonObject(3);
        assertEquals(1, fraction.getInt("numerator"));
        assertEquals(3, fraction.getInt("denominator"));
        assertEquals(JsonValue.NULL, fraction.get("value"));

        JsonObject claim = json.getJsonArray("claims").getJsonObject(0);
        assertEquals("2025-12-27T09:15:00Z", claim.getString("time"));
        assertEquals(
                "Authorities said",
                claim.getJsonArray("evidence").getJsonObject(0).getString("quote"));
        assertEquals("follows", json.getJsonArray("links").getJsonObject(0).getString("wording"));
        assertEquals(9, json.getJsonArray("linkedFrom").getJsonObject(0).getInt("recordId"));
        assertEquals(
                "The Independent", json.getJsonArray("sources").getJsonObject(0).getString("outlet"));
        assertEquals("2025-12-27T12:00:00Z", json.getString("createdAt"));
        assertEquals("editor2", json.getString("updatedBy"));
        assertEquals(
                List.of("editor", "editor2"),
                json.getJsonObject("workflow").getJsonArray("revisionEditors").getValuesAs(JsonValue::toString).stream()
                        .map(s -> s.replace("\"", ""))
                        .toList(),
                "sorted, so the answer does not change with a set's order");
    }

    @Test
    void theWorkflowSaysWhichStepsTheCallerMayTakeWhyNotAndTheRequestThatTakesThem() {
        JsonObject workflow = RecordJson.write(Views.strike()).getJsonObject("workflow");

        JsonObject approve = workflow.getJsonArray("availableSteps").getJsonObject(0);
        assertEquals("approve", approve.getString("step"));
        assertEquals("Approve", approve.getString("label"));
        assertTrue(approve.getBoolean("allowed"));
        assertEquals(JsonValue.NULL, approve.get("reason"));
        assertFalse(approve.containsKey("missing"), "only a refused submission lists what is missing");
        assertEquals("POST approve", approve.getString("request"));

        JsonObject submit = workflow.getJsonArray("availableSteps").getJsonObject(1);
        assertEquals("submit", submit.getString("step"));
        assertFalse(submit.getBoolean("allowed"));
        assertEquals("The record is not ready for review", submit.getString("reason"));
        assertEquals(
                List.of("a time", "a place"),
                submit.getJsonArray("missing").getValuesAs(s -> ((jakarta.json.JsonString) s).getString()));
        assertEquals("POST submit", submit.getString("request"));
        assertEquals("editor", workflow.getString("submittedBy"));
        assertEquals(JsonValue.NULL, workflow.get("approvedBy"));
    }

    @Test
    void everyStepNamesTheRequestTheReadmeDocuments() {
        Map<WorkflowStep, String> requests = new java.util.EnumMap<>(WorkflowStep.class);
        requests.put(WorkflowStep.EDIT, "PUT");
        requests.put(WorkflowStep.NOTE_CORRECTION, "PUT correction-note");
        requests.put(WorkflowStep.SUBMIT, "POST submit");
        requests.put(WorkflowStep.APPROVE, "POST approve");
        requests.put(WorkflowStep.RETURN, "POST return");
        requests.put(WorkflowStep.PUBLISH, "POST publish");
        requests.put(WorkflowStep.SCHEDULE, "POST publish {at}");
        requests.put(WorkflowStep.UNSCHEDULE, "POST unschedule");
        requests.put(WorkflowStep.SPIKE, "POST spike");
        requests.put(WorkflowStep.START_CORRECTION, "POST corrections");
        requests.put(WorkflowStep.RETRACT, "POST retract");
        List<WorkflowStep.Option> steps = new ArrayList<>();
        for (WorkflowStep step : WorkflowStep.values()) {
            steps.add(new WorkflowStep.Option(step, null, List.of()));
        }

        var written = RecordJson.write(Views.strike(null, steps))
                .getJsonObject("workflow")
                .getJsonArray("availableSteps");

        assertEquals(WorkflowStep.values().length, written.size());
        for (int i = 0; i < written.size(); i++) {
            WorkflowStep step = WorkflowStep.values()[i];
            assertEquals(step.slug(), written.getJsonObject(i).getString("step"));
            assertEquals(requests.get(step), written.getJsonObject(i).getString("request"), step.name());
        }
    }

    @Test
    void aRecordWithoutATimeWritesTheTimeMembersAsNull() {
        RecordView strike = Views.strike();
        RecordView untimed = new RecordView(
                strike.id(),
                strike.version(),
                RecordStatus.DRAFT,
                null,
                null,
                strike.title(),
                null,
                List.of(),
                new RecordView.TimeView(null, null, null, null, List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                Verification.UNVERIFIED,
                null,
                List.of(),
                "editor",
                Views.CREATED,
                "editor",
                Views.CREATED,
                strike.workflow());

        JsonObject json = RecordJson.write(untimed);

        assertEquals(JsonValue.NULL, json.get("type"));
        assertEquals(JsonValue.NULL, json.getJsonObject("time").get("start"));
        assertEquals(JsonValue.NULL, json.getJsonObject("time").get("zone"));
        assertEquals(0, json.getJsonObject("time").getJsonArray("evidence").size());
        assertEquals(JsonValue.NULL, json.get("occurrence"));
    }

    @Test
    void aListingRowCarriesItsStartInItsOwnZone() {
        JsonObject row = RecordJson.listing(new RecordListing(
                7,
                "Strike on Kyiv",
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                RecordStatus.PUBLISHED,
                Instant.parse("2025-12-26T23:00:00Z"),
                TimePrecision.PART_OF_DAY,
                "Europe/Kyiv",
                Verification.CORROBORATED,
                List.of("Kyiv", "Lviv"),
                "editor",
                Views.UPDATED));

        assertEquals("2025-12-27T01:00:00+02:00", row.getString("start"));
        assertEquals("PART_OF_DAY", row.getString("precision"));
        assertEquals(2, row.getJsonArray("places").size());
        assertEquals("2025-12-27T12:30:00Z", row.getString("updatedAt"));
    }

    // ---- both ways ----------------------------------------------------------------------------------------

    @Test
    void whatIsWrittenForARecordReadsBackAsTheInputItWasMadeFrom() {
        RecordView judged = Views.strike();

        RecordInput readBack = readRecord(RecordJson.write(judged).toString());

        assertEquals(judged.toInput(), readBack);
    }

    @Test
    void aComputedVerificationReadBackIsNoJudgementSoTheEvidenceStillDecidesIt() {
        RecordView unjudged = Views.strike(null, List.of());

        RecordInput readBack = readRecord(RecordJson.write(unjudged).toString());

        // What the evidence said (SINGLE_SOURCE) is written as "verification" and comes back in that member, but it
        // is not a judgement, so the record ignores it and computes it again; everything else is the same input.
        List<Verification> verifications = new ArrayList<>();
        verifications.add(readBack.verification());
        readBack.places().forEach(p -> verifications.add(p.verification()));
        readBack.actors().forEach(a -> verifications.add(a.verification()));
        readBack.figures().forEach(f -> verifications.add(f.verification()));
        readBack.claims().forEach(c -> verifications.add(c.verification()));
        assertEquals(8, verifications.size());
        verifications.forEach(v -> assertFalse(v.isJudgement(), v.name()));
        assertEquals(unjudged.toInput(), withoutComputedVerification(readBack));
    }

    private static RecordInput withoutComputedVerification(RecordInput in) {
        UnaryOperator<Verification> judgement = v -> v == null || !v.isJudgement() ? null : v;
        return new RecordInput(
                in.type(),
                in.title(),
                in.summary(),
                in.summaryEvidence(),
                in.time(),
                in.places().stream()
                        .map(p -> new RecordInput.PlaceInput(
                                p.name(),
                                p.alias(),
                                p.country(),
                                p.admin1(),
                                p.admin2(),
                                p.lat(),
                                p.lon(),
                                p.precision(),
                                judgement.apply(p.verification()),
                                p.evidence()))
                        .toList(),
                in.actors().stream()
                        .map(a -> new RecordInput.ActorInput(
                                a.name(), a.kind(), a.role(), judgement.apply(a.verification()), a.evidence()))
                        .toList(),
                in.figures().stream()
                        .map(f -> new RecordInput.FigureInput(
                                f.category(),
                                f.amount(),
                                f.parent(),
                                f.asOf(),
                                f.attribution(),
                                judgement.apply(f.verification()),
                                f.evidence()))
                        .toList(),
                in.claims().stream()
                        .map(c -> new RecordInput.ClaimInput(
                                c.speaker(),
                                c.text(),
                                c.form(),
                                c.medium(),
                                c.time(),
                                judgement.apply(c.verification()),
                                c.evidence()))
                        .toList(),
                in.links(),
                in.tags(),
                in.occurrence(),
                judgement.apply(in.verification()));
    }

    @Test
    void theJsonIsTheDesksOwnProvidersOutput() {
        // Guards the test itself: the provider the API uses is the one WildFly ships (Parsson), not another on the
        // path.
        assertEquals(
                "org.eclipse.parsson.JsonProviderImpl",
                JsonP.PROVIDER.getClass().getName());
    }
}

package org.eventdesk.web.api;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Wording;

/** Records as the services hand them to the API, built whole, and bodies as a caller sends them. */
final class Views {
    static final String TEXT = "Russia launched almost 500 drones and 40 missiles targeting Kyiv overnight."
            + " Authorities said two people were killed, while at least 46 people were wounded, including two children."
            + " A third of the capital was left without heat.";
    static final Instant CREATED = Instant.parse("2025-12-27T12:00:00Z");
    static final Instant UPDATED = Instant.parse("2025-12-27T12:30:00Z");

    private Views() {}

    static RecordView.EvidenceView quoted(String phrase) {
        int start = TEXT.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + phrase);
        }
        return new RecordView.EvidenceView(1, start, start + phrase.length(), phrase, "The Independent");
    }

    /**
     * A submitted strike with a fact of every kind, each with its evidence, and every fact judged by an editor
     * ({@code judgement}), so its verification is the judgement as the record computes it.
     */
    static RecordView strike(Verification judgement, List<WorkflowStep.Option> steps) {
        Verification shown = judgement == null ? Verification.SINGLE_SOURCE : judgement;
        return new RecordView(
                7,
                3,
                RecordStatus.SUBMITTED,
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                "Air/drone strike",
                "Strike on Kyiv",
                "Drones and missiles hit Kyiv overnight.",
                List.of(quoted("targeting Kyiv overnight")),
                new RecordView.TimeView(
                        OffsetDateTime.parse("2025-12-27T01:00:00+02:00"),
                        OffsetDateTime.parse("2025-12-27T06:30:00+02:00"),
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        List.of(quoted("overnight"))),
                List.of(new RecordView.PlaceView(
                        "Kyiv",
                        "Kiev",
                        "UA",
                        "Kyiv City",
                        null,
                        50.4501,
                        30.5234,
                        GeoPrecision.NEAR,
                        shown,
                        judgement,
                        List.of(quoted("targeting Kyiv")))),
                List.of(new RecordView.ActorView(
                        "Russia",
                        ActorKind.STATE,
                        ActorRole.INITIATOR,
                        shown,
                        judgement,
                        List.of(quoted("Russia launched")))),
                List.of(
                        new RecordView.FigureView(
                                "INJURED",
                                "Injured",
                                new Amount(Qualifier.AT_LEAST, new BigDecimal("46"), null, null, null, null),
                                null,
                                Instant.parse("2025-12-27T10:00:00Z"),
                                "Authorities",
                                "at least 46",
                                shown,
                                judgement,
                                List.of(quoted("at least 46 people were wounded"))),
                        new RecordView.FigureView(
                                "CHILDREN",
                                "Children",
                                new Amount(Qualifier.EXACT, new BigDecimal("2"), null, null, null, null),
                                0,
                                null,
                                null,
                                "2",
                                shown,
                                judgement,
                                List.of(quoted("including two children"))),
                        new RecordView.FigureView(
                                "KILLED",
                                "Killed",
                                new Amount(Qualifier.RANGE, null, new BigDecimal("2"), new BigDecimal("3"), null, null),
                                null,
                                null,
                                null,
                                "2 to 3",
                                shown,
                                judgement,
                                List.of(quoted("two people were killed"))),
                        new RecordView.FigureView(
                                "WITHOUT_HEAT",
                                "Without heat",
                                new Amount(
                                        Qualifier.FRACTION, null, null, null, new BigDecimal("1"), new BigDecimal("3")),
                                null,
                                null,
                                null,
                                "1 in 3",
                                shown,
                                judgement,
                                List.of(quoted("A third of the capital was left without heat")))),
                List.of(new RecordView.ClaimView(
                        "Authorities",
                        "two people were killed",
                        ClaimForm.PARAPHRASE,
                        "statement",
                        Instant.parse("2025-12-27T09:15:00Z"),
                        shown,
                        judgement,
                        List.of(quoted("Authorities said")))),
                List.of(new RecordView.LinkView(LinkRelation.FOLLOWS, 5, "Earlier strike", "follows")),
                List.of(new RecordView.LinkView(LinkRelation.PART_OF, 9, "Winter campaign", "includes")),
                List.of("kyiv", "drones"),
                Occurrence.HAPPENED,
                shown,
                judgement,
                List.of(new RecordView.SourceRef(1, "Russia strikes Kyiv", "The Independent")),
                "editor",
                CREATED,
                "editor2",
                UPDATED,
                new RecordView.WorkflowView(
                        1,
                        0,
                        Set.of("editor2", "editor"),
                        "editor",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        steps));
    }

    static RecordView strike() {
        return strike(
                Verification.OFFICIALLY_CONFIRMED,
                List.of(
                        new WorkflowStep.Option(WorkflowStep.APPROVE, null, List.of()),
                        new WorkflowStep.Option(
                                WorkflowStep.SUBMIT,
                                Wording.untranslated("The record is not ready for review"),
                                List.of(Wording.untranslated("a time"), Wording.untranslated("a place")))));
    }

    /** A request body as the API reads it. */
    static JsonFields body(String json) {
        try {
            return JsonFields.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (PayloadTooLargeException e) {
            throw new AssertionError("a body in memory has no size limit", e);
        }
    }

    static org.eventdesk.domain.record.RecordInput readRecord(String json) {
        JsonFields fields = body(json);
        org.eventdesk.domain.record.RecordInput input = RecordJson.read(fields);
        fields.throwIfAny();
        return input;
    }

    /** The fields a refused body names, each with its message. */
    static java.util.Map<String, String> refusal(String json) {
        try {
            readRecord(json);
        } catch (InvalidInputException e) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.errors().forEach(error -> errors.put(error.field(), error.message()));
            return errors;
        }
        throw new AssertionError("accepted: " + json);
    }
}

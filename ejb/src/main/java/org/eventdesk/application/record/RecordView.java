package org.eventdesk.application.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.Wording;

/**
 * A whole record as the UI and the API show it: every fact with its evidence (and the quoted words), the
 * verification the evidence gives, links in both directions, and the version a change must name.
 * {@link #toInput()} turns it back into the shape a save takes, which is how the editor starts from it.
 */
public record RecordView(
        long id,
        long version,
        RecordStatus status,
        String type,
        String typeLabel,
        String title,
        String summary,
        List<EvidenceView> summaryEvidence,
        TimeView time,
        List<PlaceView> places,
        List<ActorView> actors,
        List<FigureView> figures,
        List<ClaimView> claims,
        List<LinkView> links,
        List<LinkView> linkedFrom,
        List<String> tags,
        Occurrence occurrence,
        Verification verification,
        Verification judgement,
        List<SourceRef> sources,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        WorkflowView workflow) {

    /**
     * Where the record stands in review and publication.
     *
     * @param revisionEditors who authored or edited the current revision (none of them may approve it)
     * @param readiness what the record still needs before it can be submitted (empty when ready), each to be worded in
     *     the reader's language
     * @param steps the steps the record offers the person who asked for this view, allowed or refused with why
     */
    public record WorkflowView(
            int revision,
            int publishedVersion,
            java.util.Set<String> revisionEditors,
            String submittedBy,
            String approvedBy,
            Instant publishAt,
            String scheduledBy,
            String correctionNote,
            String retractionReason,
            Instant lastPublishedAt,
            List<Wording> readiness,
            List<org.eventdesk.domain.record.WorkflowStep.Option> steps) {

        /** The step, if the record offers it to this person (allowed or refused). */
        public java.util.Optional<org.eventdesk.domain.record.WorkflowStep.Option> step(
                org.eventdesk.domain.record.WorkflowStep step) {
            return steps.stream().filter(s -> s.step() == step).findFirst();
        }
    }

    public record EvidenceView(long sourceId, int start, int end, String quote, String outlet) {
        RecordInput.EvidenceRef toRef() {
            return new RecordInput.EvidenceRef(sourceId, start, end);
        }
    }

    /** Start and end in the zone the report gave; {@code null} start when the record has no time yet. */
    public record TimeView(
            OffsetDateTime start,
            OffsetDateTime end,
            TimePrecision precision,
            String zone,
            List<EvidenceView> evidence) {}

    /** @param alias another name for the place (the gazetteer's), or null */
    public record PlaceView(
            String name,
            String alias,
            String country,
            String admin1,
            String admin2,
            Double lat,
            Double lon,
            GeoPrecision precision,
            Verification verification,
            Verification judgement,
            List<EvidenceView> evidence) {}

    public record ActorView(
            String name,
            ActorKind kind,
            ActorRole role,
            Verification verification,
            Verification judgement,
            List<EvidenceView> evidence) {}

    /**
     * @param parent index of the figure this one is part of
     * @param described the value as a reader says it ("at least 46")
     */
    public record FigureView(
            String category,
            String categoryLabel,
            Amount amount,
            Integer parent,
            Instant asOf,
            String attribution,
            String described,
            Verification verification,
            Verification judgement,
            List<EvidenceView> evidence) {}

    public record ClaimView(
            String speaker,
            String text,
            ClaimForm form,
            String medium,
            Instant time,
            Verification verification,
            Verification judgement,
            List<EvidenceView> evidence) {}

    /** @param wording the relation as read from this record ("follows", "is followed by") */
    public record LinkView(LinkRelation relation, long recordId, String title, String wording) {}

    public record SourceRef(long id, String title, String outlet) {}

    public RecordInput toInput() {
        return new RecordInput(
                type,
                title,
                summary,
                refs(summaryEvidence),
                time.start() == null
                        ? null
                        : new RecordInput.TimeInput(
                                time.start(), time.end(), time.precision(), time.zone(), refs(time.evidence())),
                places.stream()
                        .map(p -> new RecordInput.PlaceInput(
                                p.name(),
                                p.alias(),
                                p.country(),
                                p.admin1(),
                                p.admin2(),
                                p.lat(),
                                p.lon(),
                                p.precision(),
                                p.judgement(),
                                refs(p.evidence())))
                        .toList(),
                actors.stream()
                        .map(a -> new RecordInput.ActorInput(
                                a.name(), a.kind(), a.role(), a.judgement(), refs(a.evidence())))
                        .toList(),
                figures.stream()
                        .map(f -> new RecordInput.FigureInput(
                                f.category(),
                                f.amount(),
                                f.parent(),
                                utc(f.asOf()),
                                f.attribution(),
                                f.judgement(),
                                refs(f.evidence())))
                        .toList(),
                claims.stream()
                        .map(c -> new RecordInput.ClaimInput(
                                c.speaker(),
                                c.text(),
                                c.form(),
                                c.medium(),
                                utc(c.time()),
                                c.judgement(),
                                refs(c.evidence())))
                        .toList(),
                links.stream()
                        .map(l -> new RecordInput.LinkInput(l.relation(), l.recordId()))
                        .toList(),
                tags,
                occurrence,
                judgement);
    }

    private static List<RecordInput.EvidenceRef> refs(List<EvidenceView> evidence) {
        return evidence.stream().map(EvidenceView::toRef).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package org.eventdesk.application.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.Evidence;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.RecordLink;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;

/** Builds {@link RecordView}s: the record plus the labels, titles and sources it refers to. */
final class RecordViews {
    private RecordViews() {}

    /**
     * @param context the calling bean's context: the steps the record offers are those of the person asking
     * @param now the time the steps are judged at (a scheduled record that is due may be published by hand)
     */
    static RecordView of(
            EventRecord r,
            RecordRepository records,
            TaxonomyRepository taxonomy,
            SourceRepository sources,
            jakarta.ejb.SessionContext context,
            java.time.Instant now) {
        Map<String, String> categoryLabels = taxonomy.figureCategories().stream()
                .collect(Collectors.toMap(FigureCategory::getCode, FigureCategory::getLabel));
        String typeLabel = r.getType() == null
                ? null
                : taxonomy.eventType(r.getType()).map(EventType::getLabel).orElse(r.getType());
        List<RecordLink> incoming = records.linksTo(r.getId());
        Set<Long> linked = new java.util.HashSet<>();
        r.getLinks().forEach(l -> linked.add(l.targetId()));
        incoming.forEach(l -> linked.add(l.recordId()));
        Map<Long, String> titles = records.titles(linked);

        List<RecordView.LinkView> links = r.getLinks().stream()
                .map(l -> new RecordView.LinkView(
                        l.relation(),
                        l.targetId(),
                        titles.get(l.targetId()),
                        l.relation().outgoing()))
                .toList();
        List<RecordView.LinkView> linkedFrom = incoming.stream()
                .map(l -> new RecordView.LinkView(
                        l.relation(),
                        l.recordId(),
                        titles.get(l.recordId()),
                        l.relation().incoming()))
                .toList();
        List<RecordView.SourceRef> sourceRefs = sources.listings(r.sourceIds()).stream()
                .map(s -> new RecordView.SourceRef(s.id(), s.title(), s.outlet()))
                .toList();

        return new RecordView(
                r.getId(),
                r.getVersion(),
                r.getStatus(),
                r.getType(),
                typeLabel,
                r.getTitle(),
                r.getSummary(),
                evidence(r.getSummaryEvidence()),
                new RecordView.TimeView(
                        r.startInItsZone().map(t -> t.toOffsetDateTime()).orElse(null),
                        r.endInItsZone().map(t -> t.toOffsetDateTime()).orElse(null),
                        r.getPrecision(),
                        r.getZone(),
                        evidence(r.getTimeEvidence())),
                map(
                        r.getPlaces(),
                        p -> new RecordView.PlaceView(
                                p.name(),
                                p.alias(),
                                p.country(),
                                p.admin1(),
                                p.admin2(),
                                p.lat(),
                                p.lon(),
                                p.precision(),
                                p.verification(),
                                p.judgement(),
                                evidence(p.evidence()))),
                map(
                        r.getActors(),
                        a -> new RecordView.ActorView(
                                a.name(), a.kind(), a.role(), a.verification(), a.judgement(), evidence(a.evidence()))),
                map(
                        r.getFigures(),
                        f -> new RecordView.FigureView(
                                f.category(),
                                categoryLabels.getOrDefault(f.category(), f.category()),
                                new Amount(
                                        f.value().qualifier(),
                                        f.value().value(),
                                        f.value().low(),
                                        f.value().high(),
                                        f.value().numerator(),
                                        f.value().denominator()),
                                f.parent(),
                                f.asOf(),
                                f.attribution(),
                                f.value().describe(),
                                f.verification(),
                                f.judgement(),
                                evidence(f.evidence()))),
                map(
                        r.getClaims(),
                        c -> new RecordView.ClaimView(
                                c.speaker(),
                                c.text(),
                                c.form(),
                                c.medium(),
                                c.saidAt(),
                                c.verification(),
                                c.judgement(),
                                evidence(c.evidence()))),
                links,
                linkedFrom,
                r.getTags(),
                r.getOccurrence(),
                r.getVerification(),
                r.getJudgement(),
                sourceRefs,
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getUpdatedBy(),
                r.getUpdatedAt(),
                new RecordView.WorkflowView(
                        r.getRevision(),
                        r.getPublishedVersion(),
                        r.getRevisionEditors(),
                        r.getSubmittedBy(),
                        r.getApprovedBy(),
                        r.getPublishAt(),
                        r.getScheduledBy(),
                        r.getCorrectionNote(),
                        r.getRetractionReason(),
                        r.getLastPublishedAt(),
                        r.readinessProblems(),
                        r.availableSteps(actor(context), now)));
    }

    /** The person the calling bean serves, with the desk's roles the container gave them. */
    static WorkflowStep.Actor actor(jakarta.ejb.SessionContext context) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new WorkflowStep.Actor(context.getCallerPrincipal().getName(), roles);
    }

    private static List<RecordView.EvidenceView> evidence(List<Evidence> evidence) {
        return map(evidence, e -> new RecordView.EvidenceView(e.sourceId(), e.start(), e.end(), e.quote(), e.outlet()));
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
        List<R> mapped = new ArrayList<>(list.size());
        list.forEach(item -> mapped.add(mapper.apply(item)));
        return List.copyOf(mapped);
    }
}

package org.eventdesk.domain.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.record.Claim;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Evidence;
import org.eventdesk.domain.record.Figure;
import org.eventdesk.domain.record.RecordActor;
import org.eventdesk.domain.record.RecordLink;
import org.eventdesk.domain.record.RecordPlace;

/** Makes the public document of a record's version from the record as it is being published. */
public final class PublicRecords {
    private PublicRecords() {}

    /** What the document needs from outside the record: words for its codes, its sources, its public neighbours. */
    public interface References {
        /** The type with its label and, for a sub-type, its parent's code and label. */
        Optional<PublicRecord.Type> type(String code);

        String categoryLabel(String code);

        /** The public description of each source (never its text). */
        Map<Long, PublicRecord.Source> sources(Set<Long> ids);

        /** The titles of those records that readers can see; links to any other record are left out. */
        Map<Long, String> publicTitles(Set<Long> recordIds);
    }

    /**
     * The version the record is being published as.
     *
     * @param previous the version it replaces (for a correction), to say in words what changed
     * @param correctionNote the public note of a correction; {@code null} for a first publication
     */
    public static PublicRecord of(
            EventRecord record,
            int version,
            Instant publishedAt,
            Instant firstPublishedAt,
            String correctionNote,
            PublicRecord previous,
            References references) {
        PublicRecord draft = document(record, version, publishedAt, firstPublishedAt, null, references);
        if (version == 1 || correctionNote == null) {
            return draft;
        }
        List<String> changes = previous == null ? List.of() : PublicChanges.between(previous, draft);
        return with(draft, new PublicRecord.Correction(correctionNote, changes), null);
    }

    /**
     * The record's document as its working copy reads now, without a publication: what a reviewer compares with
     * the last published version. Version and times are those it would have if published now.
     */
    public static PublicRecord preview(EventRecord record, Instant now, References references) {
        return document(
                record,
                record.getPublishedVersion() + 1,
                now,
                record.getLastPublishedAt() == null ? now : record.getLastPublishedAt(),
                null,
                references);
    }

    /**
     * The notice a retracted record leaves: which record it was (title, type, when) and why it went, none of its
     * facts or quotes.
     */
    public static PublicRecord retracted(PublicRecord lastPublished, String reason, Instant at) {
        return new PublicRecord(
                lastPublished.id(),
                lastPublished.version(),
                PublicRecord.Status.RETRACTED,
                lastPublished.title(),
                lastPublished.type(),
                null,
                List.of(),
                lastPublished.time() == null
                        ? null
                        : new PublicRecord.Time(
                                lastPublished.time().start(),
                                lastPublished.time().end(),
                                lastPublished.time().precision(),
                                lastPublished.time().zone(),
                                List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                lastPublished.verification(),
                List.of(),
                lastPublished.firstPublishedAt(),
                lastPublished.publishedAt(),
                lastPublished.correction(),
                new PublicRecord.Retraction(reason, at));
    }

    private static PublicRecord with(
            PublicRecord r, PublicRecord.Correction correction, PublicRecord.Retraction retraction) {
        return new PublicRecord(
                r.id(),
                r.version(),
                r.status(),
                r.title(),
                r.type(),
                r.summary(),
                r.summaryEvidence(),
                r.time(),
                r.places(),
                r.actors(),
                r.figures(),
                r.claims(),
                r.links(),
                r.tags(),
                r.occurrence(),
                r.verification(),
                r.sources(),
                r.firstPublishedAt(),
                r.publishedAt(),
                correction,
                retraction);
    }

    private static PublicRecord document(
            EventRecord r,
            int version,
            Instant publishedAt,
            Instant firstPublishedAt,
            PublicRecord.Correction correction,
            References references) {
        Map<Long, PublicRecord.Source> sources = references.sources(r.sourceIds());
        Set<Long> targets = new LinkedHashSet<>();
        r.getLinks().forEach(l -> targets.add(l.targetId()));
        Map<Long, String> publicTitles = targets.isEmpty() ? Map.of() : references.publicTitles(targets);
        List<PublicRecord.Link> links = new ArrayList<>();
        for (RecordLink link : r.getLinks()) {
            String title = publicTitles.get(link.targetId());
            if (title != null) {
                links.add(new PublicRecord.Link(
                        link.relation(), link.targetId(), title, link.relation().outgoing()));
            }
        }
        return new PublicRecord(
                r.getId(),
                version,
                PublicRecord.Status.PUBLISHED,
                r.getTitle(),
                r.getType() == null
                        ? null
                        : references
                                .type(r.getType())
                                .orElse(new PublicRecord.Type(r.getType(), r.getType(), null, null)),
                r.getSummary(),
                quotes(r.getSummaryEvidence()),
                r.getStart() == null
                        ? null
                        : new PublicRecord.Time(
                                r.startInItsZone().orElseThrow().toOffsetDateTime(),
                                r.endInItsZone().map(t -> t.toOffsetDateTime()).orElse(null),
                                r.getPrecision(),
                                r.getZone(),
                                quotes(r.getTimeEvidence())),
                r.getPlaces().stream().map(PublicRecords::place).toList(),
                r.getActors().stream().map(PublicRecords::actor).toList(),
                r.getFigures().stream().map(f -> figure(f, references)).toList(),
                r.getClaims().stream().map(PublicRecords::claim).toList(),
                links,
                r.getTags(),
                r.getOccurrence(),
                r.getVerification(),
                r.sourceIds().stream()
                        .map(sources::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                firstPublishedAt,
                publishedAt,
                correction,
                null);
    }

    private static PublicRecord.Place place(RecordPlace p) {
        return new PublicRecord.Place(
                p.name(),
                p.country(),
                p.admin1(),
                p.admin2(),
                p.lat(),
                p.lon(),
                p.precision(),
                p.verification(),
                quotes(p.evidence()));
    }

    private static PublicRecord.Actor actor(RecordActor a) {
        return new PublicRecord.Actor(a.name(), a.kind(), a.role(), a.verification(), quotes(a.evidence()));
    }

    private static PublicRecord.Figure figure(Figure f, References references) {
        return new PublicRecord.Figure(
                f.category(),
                references.categoryLabel(f.category()),
                f.value().amount(),
                f.value().describe(),
                f.parent(),
                f.asOf(),
                f.attribution(),
                f.verification(),
                quotes(f.evidence()));
    }

    private static PublicRecord.Claim claim(Claim c) {
        return new PublicRecord.Claim(
                c.speaker(), c.text(), c.form(), c.medium(), c.saidAt(), c.verification(), quotes(c.evidence()));
    }

    private static List<PublicRecord.Quote> quotes(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> new PublicRecord.Quote(e.sourceId(), e.quote()))
                .toList();
    }
}

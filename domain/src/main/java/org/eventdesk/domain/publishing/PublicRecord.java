package org.eventdesk.domain.publishing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.source.SourceKind;

/**
 * A record as the public reads it: one published version, with labels instead of codes where a reader needs
 * words, each fact with the quoted words it came from and the sources they are quoted from (outlet, title, date,
 * link; never a source's full text). A retracted record keeps its identity, title and type and loses its facts.
 *
 * <p>It is made once, when a version is published ({@link PublicRecords#of}), written as canonical JSON
 * ({@link PublicRecordJson}) and sealed in the publication log; everything readers get is rendered from that.
 *
 * @param version the public version number: 1, then n+1 for each correction
 * @param sources the sources the quotes come from, each once
 * @param correction what this version corrected, absent for version 1
 * @param retraction why the record was withdrawn, present only when it was
 */
public record PublicRecord(
        long id,
        int version,
        Status status,
        String title,
        Type type,
        String summary,
        List<Quote> summaryEvidence,
        Time time,
        List<Place> places,
        List<Actor> actors,
        List<Figure> figures,
        List<Claim> claims,
        List<Link> links,
        List<String> tags,
        Occurrence occurrence,
        Verification verification,
        List<Source> sources,
        Instant firstPublishedAt,
        Instant publishedAt,
        Correction correction,
        Retraction retraction) {

    public PublicRecord {
        summaryEvidence = List.copyOf(summaryEvidence);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** Whether readers see the record or only the notice that it was withdrawn. */
    public enum Status {
        PUBLISHED,
        RETRACTED
    }

    /** The event type, with its top-level type when it is a sub-type. */
    public record Type(String code, String label, String parentCode, String parentLabel) {
        /** ACLED-style two levels: the top-level type's code (the type itself when it has no parent). */
        public String topLevelCode() {
            return parentCode == null ? code : parentCode;
        }
    }

    /** The words a fact comes from, and the source they are quoted from. */
    public record Quote(long sourceId, String text) {}

    /** When it happened, in the zone the report gave, with how precisely the report gave it. */
    public record Time(
            OffsetDateTime start, OffsetDateTime end, TimePrecision precision, String zone, List<Quote> evidence) {
        public Time {
            evidence = List.copyOf(evidence);
        }
    }

    public record Place(
            String name,
            String country,
            String admin1,
            String admin2,
            Double lat,
            Double lon,
            GeoPrecision precision,
            Verification verification,
            List<Quote> evidence) {
        public Place {
            evidence = List.copyOf(evidence);
        }

        public boolean hasCoordinates() {
            return lat != null && lon != null;
        }
    }

    public record Actor(String name, ActorKind kind, ActorRole role, Verification verification, List<Quote> evidence) {
        public Actor {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * @param described the value as a reader says it ("at least 46", "10–20", "1/3")
     * @param partOf the index of the figure this one is a subset of ("including two children")
     */
    public record Figure(
            String category,
            String categoryLabel,
            Amount amount,
            String described,
            Integer partOf,
            Instant asOf,
            String attribution,
            Verification verification,
            List<Quote> evidence) {
        public Figure {
            evidence = List.copyOf(evidence);
        }
    }

    public record Claim(
            String speaker,
            String text,
            ClaimForm form,
            String medium,
            Instant time,
            Verification verification,
            List<Quote> evidence) {
        public Claim {
            evidence = List.copyOf(evidence);
        }
    }

    /** A link to another public record, read from this one ("follows", "is part of"). */
    public record Link(LinkRelation relation, long recordId, String title, String wording) {}

    public record Source(
            long id,
            SourceKind kind,
            String outlet,
            String title,
            String url,
            OffsetDateTime publishedAt,
            String language) {}

    /** A correction's public note and what it changed, in words. */
    public record Correction(String note, List<String> changes) {
        public Correction {
            changes = List.copyOf(changes);
        }
    }

    public record Retraction(String reason, Instant at) {}

    public boolean isRetracted() {
        return status == Status.RETRACTED;
    }

    /** Where readers find the record on this desk, relative to the desk's address. */
    public String path() {
        return "/events/" + id;
    }

    public Optional<Source> source(long sourceId) {
        return sources.stream().filter(s -> s.id() == sourceId).findFirst();
    }

    /** The time of the last thing that happened to the record in public: this version, or its retraction. */
    public Instant lastChangedAt() {
        return retraction != null ? retraction.at() : publishedAt;
    }
}

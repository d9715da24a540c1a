package org.eventdesk.application.record;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;

/** A record's input as the tests write it: a title, then only the facts a test needs. */
final class Draft {
    private String type = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";
    private final String title;
    private String summary;
    private final List<RecordInput.EvidenceRef> summaryEvidence = new ArrayList<>();
    private RecordInput.TimeInput time;
    private final List<RecordInput.PlaceInput> places = new ArrayList<>();
    private final List<RecordInput.ActorInput> actors = new ArrayList<>();
    private final List<RecordInput.FigureInput> figures = new ArrayList<>();
    private final List<RecordInput.ClaimInput> claims = new ArrayList<>();
    private final List<RecordInput.LinkInput> links = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Occurrence occurrence;
    private Verification verification;

    private Draft(String title) {
        this.title = title;
    }

    static Draft titled(String title) {
        return new Draft(title);
    }

    /** The offsets of a phrase in a source's cleaned text, as an editor's selection would give them. */
    static RecordInput.EvidenceRef span(SourceDetails source, String phrase) {
        int start = source.text().indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("not in source " + source.id() + ": " + phrase);
        }
        return new RecordInput.EvidenceRef(source.id(), start, start + phrase.length());
    }

    static RecordInput.FigureInput figure(
            String category, Qualifier qualifier, long value, RecordInput.EvidenceRef... evidence) {
        return new RecordInput.FigureInput(
                category,
                qualifier,
                BigDecimal.valueOf(value),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(evidence));
    }

    static RecordInput.FigureInput part(
            String category, Qualifier qualifier, long value, int parent, RecordInput.EvidenceRef... evidence) {
        return new RecordInput.FigureInput(
                category,
                qualifier,
                BigDecimal.valueOf(value),
                null,
                null,
                null,
                null,
                parent,
                null,
                null,
                null,
                List.of(evidence));
    }

    static RecordInput.FigureInput range(String category, Long low, Long high) {
        return new RecordInput.FigureInput(
                category,
                Qualifier.RANGE,
                null,
                low == null ? null : BigDecimal.valueOf(low),
                high == null ? null : BigDecimal.valueOf(high),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    static RecordInput.FigureInput fraction(String category, Long numerator, Long denominator) {
        return new RecordInput.FigureInput(
                category,
                Qualifier.FRACTION,
                null,
                null,
                null,
                numerator == null ? null : BigDecimal.valueOf(numerator),
                denominator == null ? null : BigDecimal.valueOf(denominator),
                null,
                null,
                null,
                null,
                List.of());
    }

    Draft type(String code) {
        this.type = code;
        return this;
    }

    Draft summary(String text, RecordInput.EvidenceRef... evidence) {
        this.summary = text;
        summaryEvidence.addAll(List.of(evidence));
        return this;
    }

    Draft at(String start, String end, TimePrecision precision, String zone, RecordInput.EvidenceRef... evidence) {
        this.time = new RecordInput.TimeInput(
                OffsetDateTime.parse(start),
                end == null ? null : OffsetDateTime.parse(end),
                precision,
                zone,
                List.of(evidence));
        return this;
    }

    Draft at(String start) {
        return at(start, null, TimePrecision.MINUTE, null);
    }

    Draft place(String name, String country, RecordInput.EvidenceRef... evidence) {
        places.add(new RecordInput.PlaceInput(name, country, null, null, null, null, null, null, List.of(evidence)));
        return this;
    }

    Draft place(RecordInput.PlaceInput place) {
        places.add(place);
        return this;
    }

    Draft actor(String name, ActorKind kind, ActorRole role, RecordInput.EvidenceRef... evidence) {
        actors.add(new RecordInput.ActorInput(name, kind, role, null, List.of(evidence)));
        return this;
    }

    Draft figure(RecordInput.FigureInput figure) {
        figures.add(figure);
        return this;
    }

    Draft claim(RecordInput.ClaimInput claim) {
        claims.add(claim);
        return this;
    }

    Draft link(LinkRelation relation, long recordId) {
        links.add(new RecordInput.LinkInput(relation, recordId));
        return this;
    }

    Draft tag(String tag) {
        tags.add(tag);
        return this;
    }

    Draft occurrence(Occurrence occurrence) {
        this.occurrence = occurrence;
        return this;
    }

    Draft judged(Verification verification) {
        this.verification = verification;
        return this;
    }

    RecordInput input() {
        return new RecordInput(
                type,
                title,
                summary,
                summaryEvidence,
                time,
                places,
                actors,
                figures,
                claims,
                links,
                tags,
                occurrence,
                verification);
    }
}

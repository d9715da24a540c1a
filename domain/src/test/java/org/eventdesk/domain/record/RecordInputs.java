package org.eventdesk.domain.record;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A record's input as tests write it: a title, then only the facts a test needs. Shared with the other modules'
 * tests through the domain's test-jar, so the record every workflow test starts from (the drone strike on Kyiv,
 * ready for review) is written once instead of as a thirteen-argument literal in each module.
 *
 * <pre>{@code
 * RecordInput ready = RecordInputs.ready("Strike on Kyiv", span(1, text, "targeting Kyiv"), 2,
 *         span(1, text, "two people were killed")).input();
 * RecordInput withoutTime = RecordInputs.titled("Bare").withoutTime().input();
 * }</pre>
 */
public final class RecordInputs {
    public static final String STRIKE = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";
    /** The strike's time as the report gave it: Kyiv's local time with its offset. */
    public static final String KYIV_MORNING = "2025-12-27T11:20:00+02:00";

    public static final String KYIV_ZONE = "Europe/Kyiv";

    private String type = STRIKE;
    private String title;
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

    private RecordInputs(String title) {
        this.title = title;
    }

    /** A strike with a title and its time in Kyiv (to the minute), and nothing else. */
    public static RecordInputs titled(String title) {
        return new RecordInputs(title).at(KYIV_MORNING, null, TimePrecision.MINUTE, KYIV_ZONE);
    }

    /**
     * A strike with everything review asks for: type, time, a place with its evidence in Ukraine, and the killed
     * as an exact figure with its evidence.
     */
    public static RecordInputs ready(
            String title, RecordInput.EvidenceRef placeWords, long killed, RecordInput.EvidenceRef killedWords) {
        return titled(title).place("Kyiv", "UA", placeWords).figure("KILLED", Qualifier.EXACT, killed, killedWords);
    }

    /** The offsets of a phrase in a source's cleaned text, as an editor's selection would give them. */
    public static RecordInput.EvidenceRef span(long sourceId, String text, String phrase) {
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("not in source " + sourceId + ": " + phrase);
        }
        return new RecordInput.EvidenceRef(sourceId, start, start + phrase.length());
    }

    /** A figure of one value ({@code null}: a figure without its number, which the rules refuse). */
    public static RecordInput.FigureInput figureOf(
            String category, Qualifier qualifier, Long value, RecordInput.EvidenceRef... evidence) {
        return new RecordInput.FigureInput(
                category,
                new Amount(qualifier, value == null ? null : BigDecimal.valueOf(value), null, null, null, null),
                null,
                null,
                null,
                null,
                List.of(evidence));
    }

    /** A figure that is part of another (its {@code parent} is that figure's index). */
    public static RecordInput.FigureInput partOf(
            String category, Qualifier qualifier, long value, int parent, RecordInput.EvidenceRef... evidence) {
        return new RecordInput.FigureInput(
                category,
                new Amount(qualifier, BigDecimal.valueOf(value), null, null, null, null),
                parent,
                null,
                null,
                null,
                List.of(evidence));
    }

    /** A range without evidence ({@code null} bounds: a range the rules refuse). */
    public static RecordInput.FigureInput range(String category, Long low, Long high) {
        return new RecordInput.FigureInput(
                category,
                new Amount(
                        Qualifier.RANGE,
                        null,
                        low == null ? null : BigDecimal.valueOf(low),
                        high == null ? null : BigDecimal.valueOf(high),
                        null,
                        null),
                null,
                null,
                null,
                null,
                List.of());
    }

    /** A fraction without evidence ({@code null} parts: a fraction the rules refuse). */
    public static RecordInput.FigureInput fraction(String category, Long numerator, Long denominator) {
        return new RecordInput.FigureInput(
                category,
                new Amount(
                        Qualifier.FRACTION,
                        null,
                        null,
                        null,
                        numerator == null ? null : BigDecimal.valueOf(numerator),
                        denominator == null ? null : BigDecimal.valueOf(denominator)),
                null,
                null,
                null,
                null,
                List.of());
    }

    public RecordInputs type(String code) {
        this.type = code;
        return this;
    }

    public RecordInputs title(String title) {
        this.title = title;
        return this;
    }

    public RecordInputs summary(String text, RecordInput.EvidenceRef... evidence) {
        this.summary = text;
        summaryEvidence.addAll(List.of(evidence));
        return this;
    }

    public RecordInputs at(
            String start, String end, TimePrecision precision, String zone, RecordInput.EvidenceRef... evidence) {
        this.time = new RecordInput.TimeInput(
                OffsetDateTime.parse(start),
                end == null ? null : OffsetDateTime.parse(end),
                precision,
                zone,
                List.of(evidence));
        return this;
    }

    /** A time to the minute, in no named zone. */
    public RecordInputs at(String start) {
        return at(start, null, TimePrecision.MINUTE, null);
    }

    /** No time at all: the record is not ready for review. */
    public RecordInputs withoutTime() {
        this.time = null;
        return this;
    }

    public RecordInputs place(String name, String country, RecordInput.EvidenceRef... evidence) {
        return place(new RecordInput.PlaceInput(name, country, null, null, null, null, null, null, List.of(evidence)));
    }

    public RecordInputs place(RecordInput.PlaceInput place) {
        places.add(place);
        return this;
    }

    public RecordInputs actor(String name, ActorKind kind, ActorRole role, RecordInput.EvidenceRef... evidence) {
        return actor(new RecordInput.ActorInput(name, kind, role, null, List.of(evidence)));
    }

    public RecordInputs actor(RecordInput.ActorInput actor) {
        actors.add(actor);
        return this;
    }

    public RecordInputs figure(String category, Qualifier qualifier, long value, RecordInput.EvidenceRef... evidence) {
        return figure(figureOf(category, qualifier, value, evidence));
    }

    public RecordInputs figure(RecordInput.FigureInput figure) {
        figures.add(figure);
        return this;
    }

    public RecordInputs claim(RecordInput.ClaimInput claim) {
        claims.add(claim);
        return this;
    }

    public RecordInputs link(LinkRelation relation, long recordId) {
        links.add(new RecordInput.LinkInput(relation, recordId));
        return this;
    }

    public RecordInputs tag(String tag) {
        tags.add(tag);
        return this;
    }

    public RecordInputs occurrence(Occurrence occurrence) {
        this.occurrence = occurrence;
        return this;
    }

    /** The editor's judgement of the whole record. */
    public RecordInputs judged(Verification verification) {
        this.verification = verification;
        return this;
    }

    public RecordInput input() {
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

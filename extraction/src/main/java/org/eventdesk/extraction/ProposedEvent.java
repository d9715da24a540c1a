package org.eventdesk.extraction;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.RecordInput;

/**
 * One event an article reports, as {@link EventDrafter} proposes it: a complete draft for an editor to prune,
 * every fact with the words it came from.
 *
 * @param type a code of the desk's event-type taxonomy ({@code EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE},
 *     {@code MEETING}, ...)
 * @param title a working title ("Air/drone strike in Kyiv"), for the editor to rewrite
 * @param occurrence {@link Occurrence#SCHEDULED} for an event the article says is still to come, else null (an
 *     event reported after the fact has no occurrence status)
 * @param lead the sentence the event was first found in (the summary's evidence)
 * @param time when it happened, with precision and zone (its span is the evidence), or null when the article
 *     does not say
 * @param places where, once per place, with the mentions in the event's own sentences
 * @param actors who, with their part in it and their mentions in the event's sentences
 * @param figures the event's figures (only those with a category); {@code parentIndex} points into this list
 * @param claims the quotes said about it, each with a speaker
 */
public record ProposedEvent(
        String type,
        String title,
        Occurrence occurrence,
        TextSpan lead,
        TimeSuggestion time,
        List<PlaceSuggestion> places,
        List<ProposedActor> actors,
        List<FigureSuggestion> figures,
        List<QuoteSuggestion> claims) {

    /** At most this many spans per fact: the record's own cap on evidence. */
    static final int MAX_EVIDENCE = 20;

    public ProposedEvent {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
    }

    /** An actor and the part the drafter thinks it plays. */
    public record ProposedActor(ActorSuggestion actor, ActorRole role) {}

    /**
     * This event as the input a record is created from, every fact's evidence pointing into the source it was
     * read from. Nothing is checked here: the record's own rules do that when it is saved.
     *
     * @param text the source's cleaned text (the summary is the lead sentence's words)
     */
    public RecordInput toInput(long sourceId, String text) {
        RecordInput.TimeInput timeInput = null;
        if (time != null && time.localStart() != null && time.zone() != null) {
            OffsetDateTime start = time.localStart().atZone(time.zone()).toOffsetDateTime();
            timeInput = new RecordInput.TimeInput(
                    start,
                    null,
                    time.precision(),
                    time.zone().getId(),
                    List.of(ref(sourceId, time.start(), time.end())));
        }
        List<RecordInput.PlaceInput> placeInputs = places.stream()
                .map(p -> new RecordInput.PlaceInput(
                        p.name(),
                        p.alias(),
                        p.country(),
                        null,
                        null,
                        p.lat(),
                        p.lon(),
                        p.lat() == null ? null : p.precision(),
                        null,
                        refs(sourceId, p.mentions())))
                .toList();
        List<RecordInput.ActorInput> actorInputs = actors.stream()
                .map(a -> new RecordInput.ActorInput(
                        a.actor().name(),
                        a.actor().kind(),
                        a.role(),
                        null,
                        refs(sourceId, a.actor().mentions())))
                .toList();
        List<RecordInput.FigureInput> figureInputs = new ArrayList<>();
        for (FigureSuggestion f : figures) {
            figureInputs.add(new RecordInput.FigureInput(
                    f.category(),
                    f.amount(),
                    f.parentIndex(),
                    null,
                    null,
                    null,
                    List.of(ref(sourceId, f.start(), f.end()))));
        }
        List<RecordInput.ClaimInput> claimInputs = claims.stream()
                .map(q -> new RecordInput.ClaimInput(
                        q.speaker(),
                        q.text(),
                        ClaimForm.QUOTE,
                        q.medium(),
                        null,
                        null,
                        List.of(ref(sourceId, q.start(), q.end()))))
                .toList();
        return new RecordInput(
                type,
                title,
                text.substring(lead.start(), lead.end()).strip(),
                List.of(ref(sourceId, lead.start(), lead.end())),
                timeInput,
                placeInputs,
                actorInputs,
                figureInputs,
                claimInputs,
                List.of(),
                List.of(),
                occurrence,
                null);
    }

    private static List<RecordInput.EvidenceRef> refs(long sourceId, List<TextSpan> spans) {
        return spans.stream()
                .limit(MAX_EVIDENCE)
                .map(s -> ref(sourceId, s.start(), s.end()))
                .toList();
    }

    private static RecordInput.EvidenceRef ref(long sourceId, int start, int end) {
        return new RecordInput.EvidenceRef(sourceId, start, end);
    }
}

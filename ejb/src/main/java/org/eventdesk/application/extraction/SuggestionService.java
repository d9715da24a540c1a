package org.eventdesk.application.extraction;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.SameEventQuery;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.RejectedSuggestion;
import org.eventdesk.domain.source.RejectedSuggestions;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;
import org.eventdesk.extraction.EventDrafter;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.ProposedEvent;
import org.eventdesk.extraction.Suggestions;
import org.eventdesk.extraction.TextSpan;

/**
 * The extraction assistant for editors: what it finds in a source (figures, times, places, actors, quotes,
 * each with its span), minus what an editor rejected for that source; and the records the source may already
 * report, so it can be added to one of them as evidence instead of becoming a duplicate.
 */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class SuggestionService {
    @Inject
    private SourceRepository sources;

    @Inject
    private RecordRepository records;

    @Inject
    private RejectedSuggestions rejected;

    @Inject
    private Assistant assistant;

    @Inject
    private Clock clock;

    private final EventDrafter drafter = new EventDrafter();

    @Resource
    private SessionContext context;

    public Suggestions suggestions(long sourceId) {
        Source source = load(sourceId);
        Suggestions found = assistant.extract(source);
        Set<String> hidden = rejected.keysFor(sourceId);
        return new Suggestions(
                figuresWithout(found.figures(), hidden),
                found.times().stream()
                        .filter(t -> !hidden.contains(RejectedSuggestion.key("time", t.start(), t.end())))
                        .toList(),
                found.places().stream()
                        .flatMap(p -> keptMentions("place", p.mentions(), hidden).map(p::withMentions).stream())
                        .toList(),
                found.actors().stream()
                        .flatMap(a -> keptMentions("actor", a.mentions(), hidden).map(a::withMentions).stream())
                        .toList(),
                found.quotes().stream()
                        .filter(q -> !hidden.contains(RejectedSuggestion.key("quote", q.start(), q.end())))
                        .toList());
    }

    /**
     * The mentions of a place or actor an editor did not reject, or nothing when every one was: a mention is
     * rejected by its span, so rejecting a row rejects each of its mentions, and a mention rejected through the
     * API leaves the others.
     */
    private static Optional<List<TextSpan>> keptMentions(String kind, List<TextSpan> mentions, Set<String> hidden) {
        List<TextSpan> kept = mentions.stream()
                .filter(m -> !hidden.contains(RejectedSuggestion.key(kind, m.start(), m.end())))
                .toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }

    /** Drops rejected figures; a kept figure's "part of" follows its parent to its new place, or goes with it. */
    private static List<FigureSuggestion> figuresWithout(List<FigureSuggestion> figures, Set<String> hidden) {
        Map<Integer, Integer> moved = new HashMap<>();
        List<FigureSuggestion> kept = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureSuggestion f = figures.get(i);
            if (!hidden.contains(RejectedSuggestion.key("figure", f.start(), f.end()))) {
                moved.put(i, kept.size());
                kept.add(f);
            }
        }
        return kept.stream()
                .map(f -> new FigureSuggestion(
                        f.category(),
                        f.amount(),
                        f.parentIndex() == null ? null : moved.get(f.parentIndex()),
                        f.start(),
                        f.end(),
                        f.text()))
                .toList();
    }

    /**
     * The records the source reports, each a complete draft for an editor to prune and create ({@link
     * EventDrafter}), in the order the article first reports them; nothing is saved. They are drafted from the
     * suggestions an editor has not rejected for this source, so a rejected figure, place or quote is in none of
     * them.
     *
     * @throws NotFoundException when there is no such source
     */
    public List<DraftRecord> draftRecords(long sourceId) {
        Source source = load(sourceId);
        String text = source.getCleanedText();
        List<DraftRecord> out = new ArrayList<>();
        for (ProposedEvent event : drafter.draft(text, source.publishedAtInItsZone(), suggestions(sourceId))) {
            RecordInput record = event.toInput(sourceId, text);
            Map<RecordInput.EvidenceRef, String> quotes = new HashMap<>();
            for (RecordInput.EvidenceRef span : DraftRecord.spans(record)) {
                quotes.put(span, text.substring(span.start(), span.end()));
            }
            out.add(new DraftRecord(record, quotes));
        }
        return out;
    }

    /** Hides one suggestion (by kind and span) for this source, for everyone. */
    public void reject(long sourceId, String kind, int start, int end) {
        load(sourceId);
        rejected.store(RejectedSuggestion.of(
                sourceId, kind, start, end, context.getCallerPrincipal().getName(), clock.instant()));
    }

    /** Hides a place or actor with all its mentions (or any suggestions of one kind) for this source, at once. */
    public void reject(long sourceId, String kind, List<TextSpan> spans) {
        load(sourceId);
        String by = context.getCallerPrincipal().getName();
        for (TextSpan span : spans) {
            rejected.store(RejectedSuggestion.of(sourceId, kind, span.start(), span.end(), by, clock.instant()));
        }
    }

    /**
     * Records that look like an event the source reports ({@link SameEventQuery#forSource}): a place the source
     * mentions, a time around its publication, not already quoting it.
     */
    public List<RecordListing> similarRecords(long sourceId) {
        Source source = load(sourceId);
        Suggestions found = assistant.extract(source);
        Set<String> names = new LinkedHashSet<>();
        for (PlaceSuggestion place : found.places()) {
            names.add(place.name());
            names.add(place.gazetteerName());
            place.alternatives().forEach(a -> names.add(a.name()));
        }
        return SameEventQuery.forSource(sourceId, names, source.getPublishedAt())
                .map(query -> records.sameEvent(query, 10))
                .orElse(List.of());
    }

    private Source load(long sourceId) {
        return sources.find(sourceId).orElseThrow(() -> new NotFoundException("text.thing.source", sourceId));
    }
}

package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.extraction.ActorSuggestion;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.QuoteSuggestion;
import org.eventdesk.extraction.TimeSuggestion;

/**
 * The assistant's suggestions, accepted from the source panel into the record being edited: each typed suggestion
 * becomes a fact card as if it had been loaded (unverified, its mentions as evidence), or sets the record's time.
 * Nothing is read from the suggestions' text: their values, kinds, zones and precisions are typed already.
 */
final class SuggestionIntake implements SuggestionTarget {
    private final BasicsForm basics;
    private final FactLists facts;
    private final Runnable onChange;

    /** Figures accepted from suggestions, by suggestion, so that a part accepted later finds its whole. */
    private final Map<String, FigureCard> acceptedFigures = new HashMap<>();

    SuggestionIntake(BasicsForm basics, FactLists facts, Runnable onChange) {
        this.basics = basics;
        this.facts = facts;
        this.onChange = onChange;
    }

    @Override
    public void acceptFigure(FigureSuggestion f, String key, String parentKey, SourcePanel.Selection evidence) {
        FigureCard card = facts.addFigure(figure(f, evidence));
        acceptedFigures.put(key, card);
        FigureCard whole = parentKey == null ? null : acceptedFigures.get(parentKey);
        if (whole != null && facts.holds(whole)) {
            card.linkParent(whole);
        }
        accepted(t("editor.suggestion.figure-added", f.text()));
    }

    /**
     * Sets the record's time from the reading: its local start, precision and zone as the assistant read them (the
     * zone already chosen stays when the reading gives only an offset that zone has then).
     */
    @Override
    public void acceptTime(TimeSuggestion suggested, SourcePanel.Selection evidence) {
        basics.addTimeEvidence(evidence);
        Optional<TimeReading> reading = reading(suggested, basics.chosenZone());
        if (reading.isEmpty()) {
            accepted(t("editor.suggestion.time-unread", suggested.text()));
            return;
        }
        TimeReading time = reading.get();
        basics.setTime(time.start(), time.zone(), time.precision());
        accepted(
                time.zone() == null
                        ? t("editor.suggestion.time-set", time.text())
                        : t("editor.suggestion.time-set-zone", time.text(), time.zone()));
    }

    /** One place with every mention the article makes of it as evidence. */
    @Override
    public void acceptPlace(PlaceSuggestion p, List<SourcePanel.Selection> mentions) {
        facts.addPlace(place(p, mentions));
        String count = String.valueOf(mentions.size());
        accepted(
                mentions.size() == 1
                        ? t("editor.suggestion.place-added-one", p.name(), count)
                        : t("editor.suggestion.place-added-many", p.name(), count));
    }

    @Override
    public void acceptActor(ActorSuggestion a, List<SourcePanel.Selection> mentions) {
        facts.addActor(actor(a, mentions));
        accepted(t("editor.suggestion.actor-added", a.name()));
    }

    @Override
    public void acceptQuote(QuoteSuggestion q, SourcePanel.Selection evidence) {
        facts.addClaim(claim(q, evidence));
        accepted(
                q.speaker() == null
                        ? t("editor.suggestion.claim-added-unnamed")
                        : t("editor.suggestion.claim-added", q.speaker()));
    }

    private void accepted(String what) {
        onChange.run();
        Notification.show(what, 3000, Notification.Position.BOTTOM_END);
    }

    // ---- from a suggestion to what the form shows ---------------------------------------------------------

    /**
     * A time as the form takes it.
     *
     * @param zone the zone's id as the zone list names it ({@code UTC} for a zero offset); absent when the reading
     *     has none, which leaves the form's zone as it is
     */
    record TimeReading(LocalDateTime start, String zone, TimePrecision precision, String text) {}

    /**
     * The suggested time in the zone the editor already chose when the reading gave no zone or only an offset that
     * zone has then; empty when the assistant could not read a time at all.
     */
    static Optional<TimeReading> reading(TimeSuggestion suggested, Optional<ZoneId> chosenZone) {
        if (suggested.localStart() == null) {
            return Optional.empty();
        }
        TimeSuggestion t = chosenZone.map(suggested::inZone).orElse(suggested);
        // The zone list holds region zones and UTC; an offset the article gave is added to it when chosen.
        String zone = t.zone() == null
                ? null
                : t.zone().normalized().equals(ZoneOffset.UTC)
                        ? "UTC"
                        : t.zone().getId();
        return Optional.of(new TimeReading(t.localStart(), zone, t.precision(), t.text()));
    }

    static RecordView.FigureView figure(FigureSuggestion f, SourcePanel.Selection evidence) {
        return new RecordView.FigureView(
                f.category(),
                null,
                f.amount(),
                null,
                null,
                null,
                null,
                Verification.UNVERIFIED,
                null,
                evidenceOf(List.of(evidence)));
    }

    static RecordView.PlaceView place(PlaceSuggestion p, List<SourcePanel.Selection> mentions) {
        return new RecordView.PlaceView(
                p.name(),
                p.alias(),
                p.country(),
                null,
                null,
                p.lat(),
                p.lon(),
                p.precision(),
                Verification.UNVERIFIED,
                null,
                evidenceOf(mentions));
    }

    /** The role is the editor's to judge: every actor starts as a participant. */
    static RecordView.ActorView actor(ActorSuggestion a, List<SourcePanel.Selection> mentions) {
        return new RecordView.ActorView(
                a.name(), a.kind(), ActorRole.PARTICIPANT, Verification.UNVERIFIED, null, evidenceOf(mentions));
    }

    static RecordView.ClaimView claim(QuoteSuggestion q, SourcePanel.Selection evidence) {
        return new RecordView.ClaimView(
                q.speaker() == null ? "" : q.speaker(),
                q.text(),
                ClaimForm.QUOTE,
                q.medium(),
                null,
                Verification.UNVERIFIED,
                null,
                evidenceOf(List.of(evidence)));
    }

    private static List<RecordView.EvidenceView> evidenceOf(List<SourcePanel.Selection> selections) {
        return selections.stream()
                .map(s -> new RecordView.EvidenceView(s.sourceId(), s.start(), s.end(), s.quote(), s.outlet()))
                .toList();
    }
}

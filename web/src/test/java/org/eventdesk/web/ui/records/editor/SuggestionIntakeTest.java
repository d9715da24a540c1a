package org.eventdesk.web.ui.records.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.extraction.ActorSuggestion;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.QuoteSuggestion;
import org.eventdesk.extraction.TextSpan;
import org.eventdesk.extraction.TimeSuggestion;
import org.junit.jupiter.api.Test;

/**
 * A suggestion taken into the record becomes the fact the editor would have typed, from its typed values: unverified,
 * with the article's words as evidence, and a time in the zone the editor meant.
 */
class SuggestionIntakeTest {
    private static final SourcePanel.Selection KYIV = new SourcePanel.Selection(7, 120, 124, "Kyiv", "The Independent");
    private static final SourcePanel.Selection CAPITAL =
            new SourcePanel.Selection(7, 300, 315, "Ukraine's capital", "The Independent");
    private static final ZoneId KYIV_ZONE = ZoneId.of("Europe/Kyiv");

    @Test
    void aFigureKeepsItsAmountAndCategoryAndItsWordsAsEvidence() {
        FigureSuggestion range = new FigureSuggestion(
                "INJURED",
                new Amount(Qualifier.RANGE, null, new BigDecimal("20"), new BigDecimal("30"), null, null),
                null,
                500,
                530,
                "between 20 and 30 people were injured");
        SourcePanel.Selection words = new SourcePanel.Selection(7, 500, 530, range.text(), "The Independent");

        RecordView.FigureView figure = SuggestionIntake.figure(range, words);

        assertEquals("INJURED", figure.category());
        assertEquals(Qualifier.RANGE, figure.amount().qualifier());
        assertNull(figure.amount().value());
        assertEquals(new BigDecimal("20"), figure.amount().low());
        assertEquals(new BigDecimal("30"), figure.amount().high());
        assertNull(figure.parent(), "a part finds its whole among the accepted figures, not by position");
        assertEquals(Verification.UNVERIFIED, figure.verification());
        assertNull(figure.judgement());
        assertEquals(
                List.of(new RecordView.EvidenceView(7, 500, 530, range.text(), "The Independent")), figure.evidence());
    }

    @Test
    void aPlaceHasTheArticlesNameTheGazetteersAsAliasAndEveryMentionAsEvidence() {
        PlaceSuggestion mykolaiv = new PlaceSuggestion(
                "Mykolaiv",
                "Mykolayiv",
                "UA",
                46.97,
                31.99,
                GeoPrecision.EXACT,
                ZoneId.of("Europe/Kyiv"),
                List.of(new TextSpan(120, 124), new TextSpan(300, 315)),
                List.of());

        RecordView.PlaceView place = SuggestionIntake.place(mykolaiv, List.of(KYIV, CAPITAL));

        assertEquals("Mykolaiv", place.name());
        assertEquals("Mykolayiv", place.alias());
        assertEquals("UA", place.country());
        assertEquals(46.97, place.lat());
        assertEquals(31.99, place.lon());
        assertEquals(GeoPrecision.EXACT, place.precision());
        assertEquals(Verification.UNVERIFIED, place.verification());
        assertEquals(
                List.of(120, 300),
                place.evidence().stream().map(RecordView.EvidenceView::start).toList());
        assertEquals("Ukraine's capital", place.evidence().get(1).quote());
    }

    @Test
    void anActorKeepsItsKindAndStartsAsAParticipantForTheEditorToJudge() {
        ActorSuggestion russia =
                new ActorSuggestion("Russia", ActorKind.STATE, List.of(new TextSpan(120, 124), new TextSpan(300, 315)));

        RecordView.ActorView actor = SuggestionIntake.actor(russia, List.of(KYIV, CAPITAL));

        assertEquals("Russia", actor.name());
        assertEquals(ActorKind.STATE, actor.kind());
        assertEquals(ActorRole.PARTICIPANT, actor.role());
        assertEquals(Verification.UNVERIFIED, actor.verification());
        assertEquals(2, actor.evidence().size());
    }

    @Test
    void aQuoteBecomesAClaimInTheSpeakersWordsWithAnEmptySpeakerWhenNoneWasFound() {
        QuoteSuggestion named = new QuoteSuggestion("We will rebuild", "Vitali Klitschko", "Telegram", 120, 135);
        QuoteSuggestion unnamed = new QuoteSuggestion("We will rebuild", null, null, 120, 135);

        RecordView.ClaimView claim = SuggestionIntake.claim(named, KYIV);

        assertEquals("Vitali Klitschko", claim.speaker());
        assertEquals("We will rebuild", claim.text());
        assertEquals(ClaimForm.QUOTE, claim.form());
        assertEquals("Telegram", claim.medium());
        assertEquals(Verification.UNVERIFIED, claim.verification());
        assertEquals(1, claim.evidence().size());
        assertEquals("", SuggestionIntake.claim(unnamed, KYIV).speaker());
    }

    @Test
    void aTimeWithARegionZoneKeepsIt() {
        TimeSuggestion overnight =
                time(LocalDateTime.of(2025, 12, 26, 0, 0), null, KYIV_ZONE, TimePrecision.PART_OF_DAY);

        SuggestionIntake.TimeReading reading = SuggestionIntake.reading(overnight, Optional.of(ZoneId.of("UTC")))
                .orElseThrow();

        assertEquals(LocalDateTime.of(2025, 12, 26, 0, 0), reading.start());
        assertEquals("Europe/Kyiv", reading.zone());
        assertEquals(TimePrecision.PART_OF_DAY, reading.precision());
        assertEquals("overnight on Friday", reading.text());
    }

    @Test
    void anOffsetTheChosenZoneHasThenGivesWayToThatZone() {
        LocalDateTime local = LocalDateTime.of(2025, 12, 26, 3, 40);
        TimeSuggestion clock =
                time(local, local.toInstant(ZoneOffset.ofHours(2)), ZoneOffset.ofHours(2), TimePrecision.MINUTE);

        assertEquals(
                "Europe/Kyiv",
                SuggestionIntake.reading(clock, Optional.of(KYIV_ZONE))
                        .orElseThrow()
                        .zone());
        assertEquals(
                "+02:00",
                SuggestionIntake.reading(clock, Optional.of(ZoneId.of("America/New_York")))
                        .orElseThrow()
                        .zone(),
                "a zone that does not have the offset then leaves the article's offset");
    }

    @Test
    void aZeroOffsetIsTheListsUtcAndNoZoneLeavesTheFormsZoneAlone() {
        LocalDateTime local = LocalDateTime.of(2025, 12, 26, 3, 40);
        TimeSuggestion utc = time(local, local.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, TimePrecision.MINUTE);
        assertEquals(
                "UTC",
                SuggestionIntake.reading(utc, Optional.empty()).orElseThrow().zone());

        TimeSuggestion friday = time(LocalDateTime.of(2025, 12, 26, 0, 0), null, null, TimePrecision.DAY);
        assertNull(
                SuggestionIntake.reading(friday, Optional.empty()).orElseThrow().zone());
        assertEquals(
                "Europe/Kyiv",
                SuggestionIntake.reading(friday, Optional.of(KYIV_ZONE))
                        .orElseThrow()
                        .zone(),
                "a date without a zone is read in the zone the editor chose");
    }

    @Test
    void aTimeTheAssistantCouldNotReadSetsNothing() {
        TimeSuggestion unread = new TimeSuggestion(10, 22, "some day soon", null, null, TimePrecision.DAY, null, null);

        assertTrue(SuggestionIntake.reading(unread, Optional.of(KYIV_ZONE)).isEmpty());
    }

    private static TimeSuggestion time(LocalDateTime local, Instant utc, ZoneId zone, TimePrecision precision) {
        return new TimeSuggestion(10, 29, "overnight on Friday", local.toString(), utc, precision, local, zone);
    }
}

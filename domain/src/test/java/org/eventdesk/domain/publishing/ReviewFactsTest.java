package org.eventdesk.domain.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.Qualifier;
import org.junit.jupiter.api.Test;

class ReviewFactsTest {
    private static PublicRecord withPlacesAndFigures(
            PublicRecord s, List<PublicRecord.Place> places, List<PublicRecord.Figure> figures) {
        return new PublicRecord(
                s.id(),
                s.version() + 1,
                s.status(),
                s.title(),
                s.type(),
                s.summary(),
                s.summaryEvidence(),
                s.time(),
                places,
                s.actors(),
                figures,
                s.claims(),
                s.links(),
                s.tags(),
                s.occurrence(),
                s.verification(),
                s.sources(),
                s.firstPublishedAt(),
                s.publishedAt(),
                null,
                null);
    }

    private static Map<String, ReviewFacts.Marked> byWords(List<ReviewFacts.Marked> marked) {
        return marked.stream().collect(Collectors.toMap(m -> m.fact().words(), m -> m));
    }

    @Test
    void everyFactWithEvidenceIsListedInReadersWordsUnderAStableReference() {
        List<ReviewFacts.Fact> facts = ReviewFacts.of(SamplePublicRecords.strike());

        assertEquals(
                List.of(
                        "Russia launched almost 500 drones and 40 missiles at Kyiv and other regions.",
                        TimeWords.of(SamplePublicRecords.strike().time()),
                        "Kyiv, Kyiv City (UA) · 50.4501, 30.5234",
                        "Kyiv region (UA)",
                        "Russia · Initiator (state)",
                        "Civilians (Ukraine) · Target (civilians)",
                        "Killed: 2",
                        "Injured: at least 46, according to authorities",
                        "Children: 2",
                        "Volodymyr Zelensky (X post): “Kinzhals and 'shaheds' speak for them”"),
                facts.stream().map(ReviewFacts.Fact::words).toList());
        assertEquals("summary", facts.get(0).ref());
        assertEquals("time", facts.get(1).ref());
        facts.forEach(f -> assertTrue(ReviewFacts.isReference(f.ref()), f.ref()));
        assertEquals(
                facts.size(),
                facts.stream().map(ReviewFacts.Fact::ref).distinct().count(),
                "refs are unique");
        assertEquals(
                facts.stream().map(ReviewFacts.Fact::ref).toList(),
                ReviewFacts.of(SamplePublicRecords.strike()).stream()
                        .map(ReviewFacts.Fact::ref)
                        .toList(),
                "the same record gives the same references");
        assertEquals(
                List.of(new PublicRecord.Quote(1, "at least 46 people were wounded")),
                facts.get(7).quotes());
    }

    @Test
    void aFactKeepsItsReferenceWhenItsValueChangesAndItsFingerprintDoesNot() {
        PublicRecord before = SamplePublicRecords.strike();
        List<PublicRecord.Figure> figures = new ArrayList<>(before.figures());
        figures.set(0, SamplePublicRecords.figure("KILLED", Qualifier.EXACT, "3", null));
        PublicRecord after = withPlacesAndFigures(before, before.places(), figures);

        ReviewFacts.Fact was = ReviewFacts.of(before).get(6);
        ReviewFacts.Fact now = ReviewFacts.of(after).get(6);
        assertEquals(was.ref(), now.ref());
        assertNotEquals(was.fingerprint(), now.fingerprint());
        assertEquals(
                ReviewFacts.of(before).get(7).fingerprint(),
                ReviewFacts.of(after).get(7).fingerprint(),
                "an untouched fact keeps its fingerprint");
    }

    @Test
    void changesSinceThePublishedVersionAreMarkedOnTheFactsThemselves() {
        PublicRecord before = SamplePublicRecords.strike();
        List<PublicRecord.Figure> figures = new ArrayList<>(before.figures());
        figures.set(0, SamplePublicRecords.figure("KILLED", Qualifier.EXACT, "3", null));
        figures.add(SamplePublicRecords.figure("DISPLACED", Qualifier.APPROXIMATE, "300", null));
        PublicRecord after = withPlacesAndFigures(before, before.places().subList(0, 1), figures);

        List<ReviewFacts.Marked> marked = ReviewFacts.since(before, after);
        Map<String, ReviewFacts.Marked> words = byWords(marked);

        assertEquals(ReviewFacts.Change.CHANGED, words.get("Killed: 3").change());
        assertEquals("Killed: 2", words.get("Killed: 3").before());
        assertEquals(ReviewFacts.Change.ADDED, words.get("Displaced: about 300").change());
        assertEquals(ReviewFacts.Change.REMOVED, words.get("Kyiv region (UA)").change());
        assertEquals(
                ReviewFacts.Change.UNCHANGED,
                words.get("Injured: at least 46, according to authorities").change());
        assertNull(words.get("Injured: at least 46, according to authorities").before());
        assertEquals(
                ReviewFacts.Kind.PLACE,
                marked.get(3).fact().kind(),
                "a removed place stays among the places: " + marked);
        assertEquals(ReviewFacts.Change.REMOVED, marked.get(3).change());
    }

    @Test
    void aRecordNeverPublishedHasNothingMarked() {
        assertFalse(ReviewFacts.since(null, SamplePublicRecords.strike()).stream()
                .anyMatch(m -> m.change() != ReviewFacts.Change.UNCHANGED));
    }

    @Test
    void onlyTheReferencesTheDeskMakesAreReferences() {
        assertTrue(ReviewFacts.isReference("place-0123456789ab"));
        assertFalse(ReviewFacts.isReference("place-0123"));
        assertFalse(ReviewFacts.isReference("places[0]"));
        assertFalse(ReviewFacts.isReference(null));
    }
}

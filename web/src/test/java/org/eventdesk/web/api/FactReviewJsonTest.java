package org.eventdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eventdesk.application.record.FactReview;
import org.eventdesk.domain.publishing.ReviewFacts;
import org.eventdesk.domain.shared.Wording;
import org.junit.jupiter.api.Test;

class FactReviewJsonTest {
    private static final Instant AT = Instant.parse("2025-12-27T12:00:00Z");

    @Test
    void aFactReviewReadsAsChangesTicksAndCommentsWithTheQuoteInItsSentence() {
        FactReview.Comment comment =
                new FactReview.Comment(5, "figure-0123456789ab", "Killed: 2", 1, "reviewer", AT, "Two or three?");
        FactReview review = new FactReview(
                7,
                3,
                1,
                List.of(
                        new FactReview.Fact(
                                "figure-0123456789ab",
                                ReviewFacts.Kind.FIGURE,
                                "Killed: 3",
                                ReviewFacts.Change.CHANGED,
                                "Killed: 2",
                                List.of(new FactReview.Quote(
                                        4, "Wire", "Officials said ", "three people died", ".", false, false)),
                                null,
                                new FactReview.Check("reviewer", AT),
                                List.of(comment)),
                        new FactReview.Fact(
                                "place-0123456789ab",
                                ReviewFacts.Kind.PLACE,
                                "Kyiv (UA)",
                                ReviewFacts.Change.UNCHANGED,
                                null,
                                List.of(),
                                new FactReview.Check("reviewer", AT),
                                null,
                                List.of())),
                1,
                2,
                null,
                List.of());

        JsonObject json = FactReviewResource.json(review);

        assertEquals(1, json.getInt("checked"));
        assertEquals(2, json.getInt("total"));
        assertTrue(json.getBoolean("mayCheck"));
        assertFalse(json.containsKey("refusal"));
        JsonObject figure = json.getJsonArray("facts").getJsonObject(0);
        assertEquals("changed", figure.getString("change"));
        assertEquals("figure", figure.getString("kind"));
        assertEquals("Killed: 2", figure.getString("before"));
        assertFalse(figure.containsKey("check"));
        assertEquals("reviewer", figure.getJsonObject("lapsedCheck").getString("by"));
        JsonObject quote = figure.getJsonArray("quotes").getJsonObject(0);
        assertEquals("Officials said ", quote.getString("before"));
        assertEquals("three people died", quote.getString("quote"));
        assertEquals(".", quote.getString("after"));
        assertEquals(
                "Two or three?",
                figure.getJsonArray("comments").getJsonObject(0).getString("text"));
        assertEquals(
                "Killed: 2", figure.getJsonArray("comments").getJsonObject(0).getString("factWords"));
        JsonObject place = json.getJsonArray("facts").getJsonObject(1);
        assertEquals("2025-12-27T12:00:00Z", place.getJsonObject("check").getString("at"));
        assertFalse(place.containsKey("before"));

        JsonObject refused = FactReviewResource.json(
                new FactReview(7, 3, 0, List.of(), 0, 0, Wording.untranslated("Four eyes: no."), List.of(comment)));
        assertFalse(refused.getBoolean("mayCheck"));
        assertEquals("Four eyes: no.", refused.getString("refusal"));
        assertEquals(1, refused.getJsonArray("formerComments").size());
    }
}

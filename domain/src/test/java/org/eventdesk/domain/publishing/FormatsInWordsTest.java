package org.eventdesk.domain.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.TimePrecision;
import org.junit.jupiter.api.Test;

/** Times and changes in words, and the schema.org graph, as readers and search engines get them. */
class FormatsInWordsTest {
    private static PublicRecord.Time time(String start, String end, TimePrecision precision, String zone) {
        return new PublicRecord.Time(
                OffsetDateTime.parse(start),
                end == null ? null : OffsetDateTime.parse(end),
                precision,
                zone,
                List.of());
    }

    @Test
    void timesReadNoMorePreciselyThanTheReportGaveThem() {
        assertEquals(
                "27 December 2025, overnight (Europe/Kyiv, UTC+02:00)",
                TimeWords.of(time("2025-12-27T00:00:00+02:00", null, TimePrecision.PART_OF_DAY, "Europe/Kyiv")));
        assertEquals(
                "27 December 2025, 11:20 – 14:05 (Europe/Kyiv, UTC+02:00)",
                TimeWords.of(time(
                        "2025-12-27T11:20:00+02:00",
                        "2025-12-27T14:05:00+02:00",
                        TimePrecision.MINUTE,
                        "Europe/Kyiv")));
        assertEquals(
                "27 December 2025 (UTC)", TimeWords.of(time("2025-12-27T00:00:00Z", null, TimePrecision.DAY, "UTC")));
        assertEquals(
                "December 2025 (UTC+02:00)",
                TimeWords.of(time("2025-12-01T00:00:00+02:00", null, TimePrecision.MONTH, null)));
        assertEquals(
                "week 52 of 2025 (from 22 December 2025) (UTC)",
                TimeWords.of(time("2025-12-24T00:00:00Z", null, TimePrecision.WEEK, "UTC")));
    }

    @Test
    void changesAreSentencesAboutFactsNotFieldPaths() {
        PublicRecord before = SamplePublicRecords.strike();
        PublicRecord s = before;
        PublicRecord after = new PublicRecord(
                s.id(),
                2,
                s.status(),
                "Russian strike on Kyiv",
                s.type(),
                s.summary(),
                s.summaryEvidence(),
                s.time(),
                s.places().subList(0, 1),
                s.actors(),
                s.figures(),
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

        assertEquals(
                List.of(
                        "Title: “Russian drone and missile strike on Kyiv” → “Russian strike on Kyiv”",
                        "Place removed: Kyiv region (UA)"),
                PublicChanges.between(before, after));
    }

    @Test
    void theGraphIsAnEventWithPlacesAndAClaimReviewForADisputedClaim() {
        JsonObject graph = SchemaOrg.graph(SamplePublicRecords.strike(), "https://desk.example", "Event Desk");

        assertEquals("https://schema.org", graph.getString("@context"));
        JsonArray items = graph.getJsonArray("@graph");
        JsonObject event = items.getJsonObject(0);
        assertEquals("Event", event.getString("@type"));
        assertEquals("https://desk.example/events/42", event.getString("@id"));
        assertEquals("2025-12-27T00:00:00+02:00", event.getString("startDate"));
        JsonObject geo = event.getJsonArray("location").getJsonObject(0).getJsonObject("geo");
        assertEquals(50.4501, geo.getJsonNumber("latitude").doubleValue());
        assertEquals("Russia", event.getJsonArray("organizer").getJsonObject(0).getString("name"));
        JsonObject review = items.getJsonObject(1);
        assertEquals("ClaimReview", review.getString("@type"));
        assertEquals("Kinzhals and 'shaheds' speak for them", review.getString("claimReviewed"));
        assertEquals("Disputed", review.getJsonObject("reviewRating").getString("alternateName"));
    }

    @Test
    void plannedEventsCarryTheirStatusAndDatesTheirPrecision() {
        JsonObject event = SchemaOrg.graph(SamplePublicRecords.meeting(Occurrence.POSTPONED), "https://d", "Desk")
                .getJsonArray("@graph")
                .getJsonObject(0);

        assertEquals("https://schema.org/EventPostponed", event.getString("eventStatus"));
        assertEquals("2025-12-28", event.getString("startDate"), "a day-precision event has a date");
        assertTrue(event.getJsonArray("attendee")
                .getJsonObject(0)
                .getString("@type")
                .equals("Person"));
    }
}

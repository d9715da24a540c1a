package org.eventdesk.domain.publishing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Verification;

/**
 * A public record as schema.org JSON-LD, for search engines and linked-data consumers: an {@code Event} with its
 * places ({@code Place} with {@code GeoCoordinates}), dates at the report's precision (a month-precision event
 * has {@code startDate} "2025-12"), {@code eventStatus} for planned events, its sources as the articles it is the
 * subject of, and a {@code ClaimReview} for each claim the desk judged disputed or false.
 */
public final class SchemaOrg {
    public static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {}

    /**
     * The record as a JSON-LD graph: the event first, then its claim reviews.
     *
     * @param baseUrl the desk's address ("https://desk.example"), for absolute identifiers
     * @param publisher the name readers know the desk by
     */
    public static JsonObject graph(PublicRecord r, String baseUrl, String publisher) {
        JsonArrayBuilder graph = Json.createArrayBuilder().add(event(r, baseUrl));
        for (int i = 0; i < r.claims().size(); i++) {
            PublicRecord.Claim claim = r.claims().get(i);
            if (claim.verification() == Verification.DISPUTED || claim.verification() == Verification.FALSE) {
                graph.add(claimReview(r, i, claim, baseUrl, publisher));
            }
        }
        return Json.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@graph", graph)
                .build();
    }

    /** Several records as one graph of events (a page of the public list). */
    public static JsonObject list(List<PublicRecord> records, String baseUrl) {
        JsonArrayBuilder graph = Json.createArrayBuilder();
        records.stream().filter(r -> !r.isRetracted()).forEach(r -> graph.add(event(r, baseUrl)));
        return Json.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@graph", graph)
                .build();
    }

    static JsonObjectBuilder event(PublicRecord r, String baseUrl) {
        String url = baseUrl + r.path();
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("@type", "Event")
                .add("@id", url)
                .add("url", url)
                .add("name", r.title());
        if (r.summary() != null) {
            event.add("description", r.summary());
        }
        if (r.time() != null) {
            event.add("startDate", date(r.time().start(), r.time()));
            if (r.time().end() != null) {
                event.add("endDate", date(r.time().end(), r.time()));
            }
        }
        if (r.occurrence() != null) {
            switch (r.occurrence()) {
                case SCHEDULED, HAPPENED -> event.add("eventStatus", CONTEXT + "/EventScheduled");
                case POSTPONED -> event.add("eventStatus", CONTEXT + "/EventPostponed");
                case CANCELLED -> event.add("eventStatus", CONTEXT + "/EventCancelled");
            }
        }
        JsonArrayBuilder locations = Json.createArrayBuilder();
        for (PublicRecord.Place p : r.places()) {
            JsonObjectBuilder place =
                    Json.createObjectBuilder().add("@type", "Place").add("name", p.name());
            if (p.country() != null || p.admin1() != null) {
                JsonObjectBuilder address = Json.createObjectBuilder().add("@type", "PostalAddress");
                if (p.country() != null) {
                    address.add("addressCountry", p.country());
                }
                if (p.admin1() != null) {
                    address.add("addressRegion", p.admin1());
                }
                place.add("address", address);
            }
            if (p.hasCoordinates()) {
                place.add(
                        "geo",
                        Json.createObjectBuilder()
                                .add("@type", "GeoCoordinates")
                                .add("latitude", p.lat())
                                .add("longitude", p.lon()));
            }
            locations.add(place);
        }
        event.add("location", locations);
        JsonArrayBuilder organizers = Json.createArrayBuilder();
        JsonArrayBuilder attendees = Json.createArrayBuilder();
        for (PublicRecord.Actor a : r.actors()) {
            JsonObjectBuilder actor = Json.createObjectBuilder()
                    .add("@type", a.kind() == ActorKind.PERSON ? "Person" : "Organization")
                    .add("name", a.name());
            if (a.role() == ActorRole.INITIATOR) {
                organizers.add(actor);
            } else {
                attendees.add(actor);
            }
        }
        event.add("organizer", organizers).add("attendee", attendees);
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        if (r.type() != null) {
            keywords.add(r.type().label());
        }
        r.tags().forEach(keywords::add);
        event.add("keywords", keywords);
        JsonArrayBuilder subjectOf = Json.createArrayBuilder();
        for (PublicRecord.Source s : r.sources()) {
            JsonObjectBuilder article = Json.createObjectBuilder()
                    .add("@type", "NewsArticle")
                    .add("headline", s.title())
                    .add(
                            "publisher",
                            Json.createObjectBuilder()
                                    .add("@type", "Organization")
                                    .add("name", s.outlet()));
            if (s.url() != null) {
                article.add("url", s.url());
            }
            if (s.publishedAt() != null) {
                article.add("datePublished", PublicRecordJson.offset(s.publishedAt()));
            }
            subjectOf.add(article);
        }
        return event.add("subjectOf", subjectOf);
    }

    private static JsonObjectBuilder claimReview(
            PublicRecord r, int index, PublicRecord.Claim claim, String baseUrl, String publisher) {
        boolean isFalse = claim.verification() == Verification.FALSE;
        JsonObjectBuilder claimed = Json.createObjectBuilder()
                .add("@type", "Claim")
                .add("author", Json.createObjectBuilder().add("@type", "Thing").add("name", claim.speaker()));
        if (claim.time() != null) {
            claimed.add("datePublished", PublicRecordJson.utc(claim.time()));
        }
        if (claim.medium() != null) {
            claimed.add(
                    "appearance",
                    Json.createObjectBuilder().add("@type", "CreativeWork").add("name", claim.medium()));
        }
        return Json.createObjectBuilder()
                .add("@type", "ClaimReview")
                .add("url", baseUrl + r.path() + "#claim-" + (index + 1))
                .add("claimReviewed", claim.text())
                .add("itemReviewed", claimed)
                .add(
                        "author",
                        Json.createObjectBuilder().add("@type", "Organization").add("name", publisher))
                .add("datePublished", PublicRecordJson.utc(r.publishedAt()))
                .add(
                        "reviewRating",
                        Json.createObjectBuilder()
                                .add("@type", "Rating")
                                .add("ratingValue", isFalse ? 1 : 2)
                                .add("worstRating", 1)
                                .add("bestRating", 5)
                                .add("alternateName", claim.verification().label()));
    }

    /** ISO 8601 at the report's precision: a date for a day, "2025-12" for a month, the full time otherwise. */
    private static String date(OffsetDateTime t, PublicRecord.Time time) {
        if (time.precision() == null) {
            return PublicRecordJson.offset(t);
        }
        return switch (time.precision()) {
            case MINUTE, HOUR, PART_OF_DAY -> PublicRecordJson.offset(t);
            case DAY, WEEK -> DateTimeFormatter.ISO_LOCAL_DATE.format(t);
            case MONTH -> DateTimeFormatter.ofPattern("yyyy-MM").format(t);
        };
    }
}

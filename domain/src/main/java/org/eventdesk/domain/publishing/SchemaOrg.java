package org.eventdesk.domain.publishing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.JsonP;

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
        JsonArrayBuilder graph = JsonP.PROVIDER.createArrayBuilder().add(event(r, baseUrl));
        for (int i = 0; i < r.claims().size(); i++) {
            PublicRecord.Claim claim = r.claims().get(i);
            if (claim.verification() == Verification.DISPUTED || claim.verification() == Verification.FALSE) {
                graph.add(claimReview(r, i, claim, baseUrl, publisher));
            }
        }
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@graph", graph)
                .build();
    }

    /** Several records as one graph of events (a page of the public list). */
    public static JsonObject list(List<PublicRecord> records, String baseUrl) {
        JsonArrayBuilder graph = JsonP.PROVIDER.createArrayBuilder();
        records.stream().filter(r -> !r.isRetracted()).forEach(r -> graph.add(event(r, baseUrl)));
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@graph", graph)
                .build();
    }

    static JsonObjectBuilder event(PublicRecord r, String baseUrl) {
        String url = baseUrl + r.path();
        JsonObjectBuilder event = JsonP.PROVIDER
                .createObjectBuilder()
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
        JsonArrayBuilder locations = JsonP.PROVIDER.createArrayBuilder();
        for (PublicRecord.Place p : r.places()) {
            JsonObjectBuilder place =
                    JsonP.PROVIDER.createObjectBuilder().add("@type", "Place").add("name", p.name());
            if (p.country() != null || p.admin1() != null) {
                JsonObjectBuilder address = JsonP.PROVIDER.createObjectBuilder().add("@type", "PostalAddress");
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
                        JsonP.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "GeoCoordinates")
                                .add("latitude", p.lat())
                                .add("longitude", p.lon()));
            }
            locations.add(place);
        }
        event.add("location", locations);
        JsonArrayBuilder organizers = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder attendees = JsonP.PROVIDER.createArrayBuilder();
        for (PublicRecord.Actor a : r.actors()) {
            JsonObjectBuilder actor = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("@type", a.kind() == ActorKind.PERSON ? "Person" : "Organization")
                    .add("name", a.name());
            if (a.role() == ActorRole.INITIATOR) {
                organizers.add(actor);
            } else {
                attendees.add(actor);
            }
        }
        event.add("organizer", organizers).add("attendee", attendees);
        JsonArrayBuilder keywords = JsonP.PROVIDER.createArrayBuilder();
        if (r.type() != null) {
            keywords.add(r.type().label());
        }
        r.tags().forEach(keywords::add);
        event.add("keywords", keywords);
        JsonArrayBuilder subjectOf = JsonP.PROVIDER.createArrayBuilder();
        for (PublicRecord.Source s : r.sources()) {
            JsonObjectBuilder article = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("@type", "NewsArticle")
                    .add("headline", s.title())
                    .add(
                            "publisher",
                            JsonP.PROVIDER
                                    .createObjectBuilder()
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
        JsonObjectBuilder claimed = JsonP.PROVIDER
                .createObjectBuilder()
                .add("@type", "Claim")
                .add(
                        "author",
                        JsonP.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "Thing")
                                .add("name", claim.speaker()));
        if (claim.time() != null) {
            claimed.add("datePublished", PublicRecordJson.utc(claim.time()));
        }
        if (claim.medium() != null) {
            claimed.add(
                    "appearance",
                    JsonP.PROVIDER
                            .createObjectBuilder()
                            .add("@type", "CreativeWork")
                            .add("name", claim.medium()));
        }
        return JsonP.PROVIDER
                .createObjectBuilder()
                .add("@type", "ClaimReview")
                .add("url", baseUrl + r.path() + "#claim-" + (index + 1))
                .add("claimReviewed", claim.text())
                .add("itemReviewed", claimed)
                .add(
                        "author",
                        JsonP.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "Organization")
                                .add("name", publisher))
                .add("datePublished", PublicRecordJson.utc(r.publishedAt()))
                .add(
                        "reviewRating",
                        JsonP.PROVIDER
                                .createObjectBuilder()
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

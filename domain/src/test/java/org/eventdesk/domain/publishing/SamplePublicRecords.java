package org.eventdesk.domain.publishing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.source.SourceKind;

/** Public documents as the desk seals them, for tests of what is made from them (formats, words, exports). */
public final class SamplePublicRecords {
    public static final Instant PUBLISHED = Instant.parse("2025-12-27T15:00:00Z");

    private SamplePublicRecords() {}

    public static PublicRecord.Figure figure(String category, Qualifier qualifier, String value, Integer partOf) {
        BigDecimal number = value == null ? null : new BigDecimal(value);
        String described = qualifier == Qualifier.EXACT ? value : qualifier.words() + " " + value;
        return new PublicRecord.Figure(
                category,
                category.charAt(0) + category.substring(1).toLowerCase(),
                new Amount(qualifier, number, null, null, null, null),
                described,
                partOf,
                null,
                null,
                Verification.SINGLE_SOURCE,
                List.of());
    }

    public static PublicRecord.Figure range(String category, String low, String high) {
        return new PublicRecord.Figure(
                category,
                category,
                new Amount(Qualifier.RANGE, null, new BigDecimal(low), new BigDecimal(high), null, null),
                low + "–" + high,
                null,
                null,
                null,
                Verification.SINGLE_SOURCE,
                List.of());
    }

    /** The overnight strike on Kyiv of the sample article. */
    public static PublicRecord strike() {
        PublicRecord.Quote quote = new PublicRecord.Quote(1, "at least 46 people were wounded");
        return new PublicRecord(
                42,
                1,
                PublicRecord.Status.PUBLISHED,
                "Russian drone and missile strike on Kyiv",
                new PublicRecord.Type(
                        "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                        "Air/drone strike",
                        "EXPLOSIONS_REMOTE_VIOLENCE",
                        "Explosions/Remote violence"),
                "Russia launched almost 500 drones and 40 missiles at Kyiv and other regions.",
                List.of(),
                new PublicRecord.Time(
                        OffsetDateTime.parse("2025-12-27T00:00:00+02:00"),
                        null,
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        List.of()),
                List.of(
                        new PublicRecord.Place(
                                "Kyiv",
                                "UA",
                                "Kyiv City",
                                null,
                                50.4501,
                                30.5234,
                                GeoPrecision.NEAR,
                                Verification.SINGLE_SOURCE,
                                List.of()),
                        new PublicRecord.Place(
                                "Kyiv region",
                                "UA",
                                null,
                                null,
                                null,
                                null,
                                GeoPrecision.REGION,
                                Verification.SINGLE_SOURCE,
                                List.of())),
                List.of(
                        new PublicRecord.Actor(
                                "Russia", ActorKind.STATE, ActorRole.INITIATOR, Verification.SINGLE_SOURCE, List.of()),
                        new PublicRecord.Actor(
                                "Civilians (Ukraine)",
                                ActorKind.CIVILIANS,
                                ActorRole.TARGET,
                                Verification.SINGLE_SOURCE,
                                List.of())),
                List.of(
                        figure("KILLED", Qualifier.EXACT, "2", null),
                        new PublicRecord.Figure(
                                "INJURED",
                                "Injured",
                                new Amount(Qualifier.AT_LEAST, new BigDecimal(46), null, null, null, null),
                                "at least 46",
                                null,
                                null,
                                "authorities",
                                Verification.SINGLE_SOURCE,
                                List.of(quote)),
                        figure("CHILDREN", Qualifier.EXACT, "2", 1)),
                List.of(new PublicRecord.Claim(
                        "Volodymyr Zelensky",
                        "Kinzhals and 'shaheds' speak for them",
                        ClaimForm.QUOTE,
                        "X post",
                        null,
                        Verification.DISPUTED,
                        List.of())),
                List.of(),
                List.of("winter"),
                null,
                Verification.SINGLE_SOURCE,
                List.of(new PublicRecord.Source(
                        1,
                        SourceKind.NEWS_ARTICLE,
                        "The Independent",
                        "Russia launches massive attack",
                        "https://example.org/strike",
                        OffsetDateTime.parse("2025-12-27T13:00:00Z"),
                        "en")),
                PUBLISHED,
                PUBLISHED,
                null,
                null);
    }

    /** A planned meeting, scheduled. */
    public static PublicRecord meeting(Occurrence occurrence) {
        PublicRecord s = strike();
        return new PublicRecord(
                43,
                1,
                PublicRecord.Status.PUBLISHED,
                "Zelensky–Trump meeting at Mar-a-Lago",
                new PublicRecord.Type("MEETING", "Meeting", null, null),
                null,
                List.of(),
                new PublicRecord.Time(
                        OffsetDateTime.parse("2025-12-28T00:00:00-05:00"),
                        null,
                        TimePrecision.DAY,
                        "America/New_York",
                        List.of()),
                List.of(new PublicRecord.Place(
                        "Palm Beach",
                        "US",
                        "Florida",
                        null,
                        26.677,
                        -80.037,
                        GeoPrecision.EXACT,
                        Verification.SINGLE_SOURCE,
                        List.of())),
                List.of(new PublicRecord.Actor(
                        "Volodymyr Zelensky",
                        ActorKind.PERSON,
                        ActorRole.PARTICIPANT,
                        Verification.SINGLE_SOURCE,
                        List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                occurrence,
                Verification.SINGLE_SOURCE,
                s.sources(),
                PUBLISHED,
                PUBLISHED,
                null,
                null);
    }
}

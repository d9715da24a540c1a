package org.eventdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordReferences;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entities against the schema the migrations build: Hibernate validates every mapping on start. */
class PersistenceMappingTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    private JpaTestSupport jpa;

    @BeforeEach
    void start() {
        jpa = new JpaTestSupport();
    }

    @AfterEach
    void stop() {
        jpa.close();
    }

    private static Source source(String text, String url) {
        return Source.receive(
                new SourceSubmission(
                        SourceKind.WIRE,
                        "Title",
                        "Wire",
                        null,
                        url,
                        ZonedDateTime.of(2025, 12, 27, 11, 20, 0, 0, ZoneId.of("Europe/Kyiv")),
                        null,
                        "en",
                        "raw " + text,
                        InputFormat.PLAIN_TEXT,
                        text),
                "editor",
                NOW);
    }

    @Test
    void aSourceComesBackAsItWasStored() {
        String longText = "Paragraph. ".repeat(200_000);
        long id = jpa.fromTransaction(session -> {
            Source source = source(longText, "https://example.com/a");
            session.persist(source);
            return source.getId();
        });

        Source loaded = jpa.fromTransaction(session -> session.find(Source.class, id));

        assertEquals(longText.strip(), loaded.getCleanedText(), "two megabytes of text survive the round trip");
        assertEquals("raw " + longText, loaded.getRawText());
        assertEquals(Instant.parse("2025-12-27T09:20:00Z"), loaded.getPublishedAt());
        assertEquals("Europe/Kyiv", loaded.getPublishedZone());
        assertEquals("https://example.com/a", loaded.getCanonicalUrl());
    }

    @Test
    void theDatabaseRefusesASecondSourceWithTheSameTextOrUrl() {
        jpa.inTransaction(session -> session.persist(source("same text", "https://example.com/a")));

        assertThrows(
                PersistenceException.class,
                () -> jpa.inTransaction(session -> session.persist(source("same text", null))));
        assertThrows(
                PersistenceException.class,
                () -> jpa.inTransaction(session -> session.persist(source("other text", "http://www.example.com/a/"))));
        jpa.inTransaction(session -> session.persist(source("other text", null)));
    }

    @Test
    void aRecordWithEveryKindOfFactComesBackWithItsEvidence() {
        String text = "Russia launched almost 500 drones at Kyiv. Zelensky wrote: they speak for them.";
        long sourceId = jpa.fromTransaction(session -> {
            Source source = source(text, null);
            session.persist(source);
            return source.getId();
        });
        RecordReferences references = new RecordReferences() {
            @Override
            public boolean isEventType(String code) {
                return true;
            }

            @Override
            public boolean isFigureCategory(String code) {
                return true;
            }

            @Override
            public java.util.Optional<Source> source(long id) {
                return jpa.fromTransaction(session -> java.util.Optional.ofNullable(session.find(Source.class, id)));
            }

            @Override
            public boolean recordExists(long id) {
                return true;
            }
        };
        RecordInput.EvidenceRef drones =
                new RecordInput.EvidenceRef(sourceId, text.indexOf("almost"), text.indexOf(" at Kyiv"));
        RecordInput input = new RecordInput(
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                "Drone strike on Kyiv",
                "A large attack.",
                List.of(drones),
                new RecordInput.TimeInput(
                        OffsetDateTime.parse("2025-12-27T02:00:00+02:00"),
                        OffsetDateTime.parse("2025-12-27T11:20:00+02:00"),
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        List.of(drones)),
                List.of(
                        new RecordInput.PlaceInput(
                                "Mykolaiv",
                                "Mykolayiv",
                                "UA",
                                null,
                                null,
                                null,
                                null,
                                GeoPrecision.NEAR,
                                null,
                                List.of()),
                        new RecordInput.PlaceInput(
                                "Kyiv",
                                "kyiv",
                                "ua",
                                "Kyiv City",
                                null,
                                50.45,
                                30.52,
                                GeoPrecision.NEAR,
                                null,
                                List.of(new RecordInput.EvidenceRef(
                                        sourceId, text.indexOf("Kyiv"), text.indexOf("Kyiv") + 4)))),
                List.of(new RecordInput.ActorInput("Russia", ActorKind.STATE, ActorRole.INITIATOR, null, List.of())),
                List.of(
                        new RecordInput.FigureInput(
                                "DRONES_LAUNCHED",
                                new Amount(Qualifier.APPROXIMATE, new BigDecimal("500"), null, null, null, null),
                                null,
                                null,
                                "Ukraine's air force",
                                null,
                                List.of(drones)),
                        new RecordInput.FigureInput(
                                "INTERCEPTED",
                                new Amount(
                                        Qualifier.RANGE,
                                        null,
                                        new BigDecimal("2.5"),
                                        new BigDecimal("400"),
                                        null,
                                        null),
                                0,
                                null,
                                null,
                                Verification.DISPUTED,
                                List.of())),
                List.of(new RecordInput.ClaimInput(
                        "Volodymyr Zelensky",
                        "they speak for them",
                        ClaimForm.QUOTE,
                        "post on X",
                        null,
                        null,
                        List.of(new RecordInput.EvidenceRef(sourceId, text.indexOf("they"), text.length() - 1)))),
                List.of(),
                List.of("strikes"),
                Occurrence.HAPPENED,
                null);
        long id = jpa.fromTransaction(session -> {
            EventRecord record = EventRecord.create(input, references, "editor", NOW);
            session.persist(record);
            return record.getId();
        });

        jpa.inTransaction(session -> {
            EventRecord loaded = session.find(EventRecord.class, id);
            assertEquals("Drone strike on Kyiv", loaded.getTitle());
            assertEquals("almost 500 drones", loaded.getSummaryEvidence().get(0).quote());
            assertEquals(Instant.parse("2025-12-27T00:00:00Z"), loaded.getStart());
            assertEquals(TimePrecision.PART_OF_DAY, loaded.getPrecision());
            assertEquals("Mykolayiv", loaded.getPlaces().get(0).alias(), "the gazetteer's name kept");
            assertEquals("Kyiv", loaded.getPlaces().get(1).evidence().get(0).quote());
            assertEquals("UA", loaded.getPlaces().get(1).country());
            assertEquals(null, loaded.getPlaces().get(1).alias(), "a name is no alias of itself");
            assertEquals(ActorRole.INITIATOR, loaded.getActors().get(0).role());
            assertEquals("about 500", loaded.getFigures().get(0).value().describe());
            assertEquals("2.5–400", loaded.getFigures().get(1).value().describe());
            assertEquals(0, loaded.getFigures().get(1).parent());
            assertEquals(Verification.DISPUTED, loaded.getFigures().get(1).verification());
            assertEquals(
                    "they speak for them",
                    loaded.getClaims().get(0).evidence().get(0).quote());
            assertEquals(List.of("strikes"), loaded.getTags());
            assertEquals(Verification.SINGLE_SOURCE, loaded.getVerification());
            assertEquals(0, loaded.getVersion());
        });
    }

    @Test
    void aUserKeepsRolesAndTokensPointAtTheirOwner() {
        long tokenId = jpa.fromTransaction(session -> {
            DeskUser user = DeskUser.create("reviewer", "Rita", EnumSet.of(Role.REVIEWER, Role.EDITOR), NOW);
            session.persist(user);
            ApiToken token = ApiToken.withSecret(user, "demo", "demo-reviewer-token", NOW);
            session.persist(token);
            return token.getId();
        });

        ApiToken loaded = jpa.fromTransaction(session -> session.find(ApiToken.class, tokenId));

        assertEquals("reviewer", loaded.getOwner().getUsername());
        assertEquals(EnumSet.of(Role.REVIEWER, Role.EDITOR), loaded.getOwner().getRoles());
        assertTrue(loaded.isUsable());
    }
}

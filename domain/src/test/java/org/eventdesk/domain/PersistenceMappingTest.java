package org.eventdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
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

package org.eventdesk.application.record;

import static org.eventdesk.application.Callers.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eventdesk.application.Deployments;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages of the records list, read from the database (a filter without words), come back with the size and from the
 * offset asked for, whatever was asked before. On PostgreSQL the server writes a page's size into the statement
 * ({@code PostgreSQLDialectWithWrittenLimits}, so that PostgreSQL plans a page once rather than at every run), and
 * Hibernate keeps one statement per query: reusing it for another size would return a wrong page. The pages by a
 * place's name, which keep the size bound, are read the same way.
 */
@ExtendWith(ArquillianExtension.class)
class PageSizesIT {
    private static final String STRIKE = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private RecordService service;

    @Inject
    private RecordCatalog catalog;

    @Resource(lookup = "java:jboss/datasources/EventDeskDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Test
    void everyPageHasTheSizeAndOffsetAskedFor() throws Exception {
        // Five records on a day of their own, years back, and at a place of their own: read by the day, the pages
        // have their sizes written in on PostgreSQL; read by the place's name, they keep them bound.
        String place = marker();
        LocalDate day =
                LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        List<Long> created = new ArrayList<>();
        for (int hour = 1; hour <= 5; hour++) {
            RecordInputs draft = RecordInputs.titled("Shelling")
                    .at(day.atTime(hour, 0).toInstant(ZoneOffset.UTC).toString())
                    .place(place, "UA");
            created.add(editor(() -> service.create(draft.input())).id());
        }
        List<Long> latestFirst = new ArrayList<>(created);
        Collections.reverse(latestFirst);
        Instant from = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        RecordQuery onTheDay = new RecordQuery(
                null,
                null,
                null,
                from,
                from.plus(1, ChronoUnit.DAYS),
                null,
                null,
                null,
                null,
                null,
                RecordQuery.Order.EVENT_TIME);
        RecordQuery atThePlace = new RecordQuery(
                null, null, null, null, null, place, null, null, null, null, RecordQuery.Order.EVENT_TIME);

        for (RecordQuery query : List.of(onTheDay, atThePlace)) {
            assertEquals(latestFirst, ids(editor(() -> catalog.list(query, 0, 200))), "the five records");
            for (int size : new int[] {2, 1, 3, 200, 2}) {
                for (int offset = 0; offset <= 5; offset++) {
                    int skipped = offset;
                    assertEquals(
                            latestFirst.subList(skipped, Math.min(skipped + size, latestFirst.size())),
                            ids(editor(() -> catalog.list(query, skipped, size))),
                            "offset " + skipped + ", size " + size);
                }
                assertEquals(latestFirst, byCursor(query, size), "cursor pages of " + size);
            }
        }
    }

    /**
     * A sub-type's first page is read two ways: on H2 as the page after the end of time (the range H2 needs to take
     * the index that holds the order, topped up with the records without a time), on PostgreSQL plainly. Either way
     * it holds the newest events first, then the records without a time, and its cursor leads through the rest.
     */
    @Test
    void aSubTypesFirstPageHoldsItsLatestEventsOnEitherDatabase() throws Exception {
        String place = marker();
        List<Long> created = new ArrayList<>();
        String[] starts = {"2025-12-20T10:00:00Z", null, "2025-12-22T10:00:00Z", "2025-12-21T10:00:00Z", null};
        for (String start : starts) {
            RecordInputs draft =
                    RecordInputs.titled("Strike").type(STRIKE).withoutTime().place(place, "UA");
            if (start != null) {
                draft.at(start);
            }
            created.add(editor(() -> service.create(draft.input())).id());
        }
        editor(() -> service.create(RecordInputs.titled("Shelling")
                .type("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK")
                .at("2025-12-23T10:00:00Z")
                .place(place, "UA")
                .input()));
        RecordQuery strikesThere = new RecordQuery(
                null, STRIKE, null, null, null, place, null, null, null, null, RecordQuery.Order.EVENT_TIME);
        // Undated records come last, the latest saved first.
        List<Long> expected = List.of(created.get(2), created.get(3), created.get(0), created.get(4), created.get(1));

        assertEquals(expected, ids(editor(() -> catalog.list(strikesThere, 0, 200))));
        assertEquals(expected.subList(0, 2), ids(editor(() -> catalog.list(strikesThere, 0, 2))));
        // On H2 three dated records, then undated ones asked with the page's size and cut to fill it.
        assertEquals(expected.subList(0, 4), ids(editor(() -> catalog.list(strikesThere, 0, 4))));
        assertEquals(expected, byCursor(strikesThere, 2));
        assertEquals(expected, byCursor(strikesThere, 3));
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "ivka";
    }

    /**
     * What PostgreSQL was sent: the driver prepares a statement on the server once it has run five times on a
     * connection, and {@code pg_prepared_statements} shows that connection's statements as written. In one
     * transaction the catalog and this test share the connection: the data source is not XA, and the server hands
     * every caller in a transaction the connection enlisted in it. A first page by country or of a sub-type has its
     * size written in and no offset; a page by a place's name keeps its size bound, so that PostgreSQL plans it for
     * each name (see the dialect for why). On H2 the pages of the other tests are the whole check.
     */
    @Test
    void onPostgreSqlAPagesSizeIsWrittenIntoItsStatementUnlessItMatchesWords() throws Exception {
        RecordQuery inAnyCountry = new RecordQuery(
                null, null, null, null, null, null, "ZZ", null, null, null, RecordQuery.Order.LAST_CHANGE);
        RecordQuery ofASubType = new RecordQuery(
                null, STRIKE, null, null, null, null, null, null, null, null, RecordQuery.Order.EVENT_TIME);
        RecordQuery atAnyPlace = new RecordQuery(
                null, null, null, null, null, marker(), null, null, null, null, RecordQuery.Order.LAST_CHANGE);
        transaction.begin();
        try {
            for (int run = 0; run < 6; run++) {
                editor(() -> catalog.list(inAnyCountry, 0, 7));
                editor(() -> catalog.list(ofASubType, 0, 7));
                editor(() -> catalog.list(atAnyPlace, 0, 7));
            }
            try (Connection db = dataSource.getConnection();
                    Statement s = db.createStatement()) {
                String product = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                if (!product.contains("postgres")) {
                    assertTrue(product.contains("h2"), product);
                    return;
                }
                List<String> pages = new ArrayList<>();
                try (ResultSet rows = s.executeQuery("select statement from pg_prepared_statements"
                        + " where statement like '%from event_record%fetch first%'")) {
                    while (rows.next()) {
                        pages.add(rows.getString(1));
                    }
                }
                List<String> byCountry = pages.stream()
                        .filter(sql -> sql.contains(".country=") && !sql.contains(" like "))
                        .toList();
                List<String> bySubType = pages.stream()
                        .filter(sql -> sql.contains(".type_code=") && !sql.contains(" like "))
                        .toList();
                List<String> byName = pages.stream()
                        .filter(sql -> sql.contains("from record_place") && sql.contains(" like "))
                        .toList();
                // The connection may hold the statements of earlier tests too: each page by a name keeps its size
                // bound, and each other page has it written in. A first page has no offset.
                assertTrue(
                        byCountry.stream()
                                .anyMatch(sql -> sql.endsWith("fetch first 7 rows only") && !sql.contains(" offset ")),
                        "the first page by country, prepared with its size: " + pages);
                assertTrue(
                        bySubType.stream()
                                .anyMatch(sql -> sql.endsWith("fetch first 7 rows only") && !sql.contains(" offset ")),
                        "the first page of a sub-type, prepared with its size: " + pages);
                assertTrue(
                        pages.stream()
                                .filter(sql -> !sql.contains(" like "))
                                .allMatch(sql -> sql.matches("(?s).*fetch first \\d+ rows only$")),
                        "every page but by a name has its size written in: " + pages);
                assertFalse(byName.isEmpty(), "a page by a place's name, prepared: " + pages);
                assertTrue(
                        byName.stream().allMatch(sql -> sql.matches("(?s).*fetch first \\$\\d+ rows only$")),
                        "every page by a name has its size bound: " + byName);
            }
        } finally {
            transaction.rollback();
        }
    }

    private List<Long> byCursor(RecordQuery query, int size) throws Exception {
        List<Long> read = new ArrayList<>();
        Optional<RecordListing.Cursor> after = Optional.empty();
        for (int page = 0; page < 10; page++) {
            Optional<RecordListing.Cursor> cursor = after;
            RecordCatalog.RecordPage got = editor(() -> catalog.page(query, cursor, size));
            assertTrue(
                    got.items().size() <= size,
                    "at most " + size + ": " + got.items().size());
            got.items().forEach(item -> read.add(item.id()));
            if (got.next().isEmpty()) {
                return read;
            }
            after = got.next();
        }
        return read;
    }

    private static List<Long> ids(List<RecordListing> listings) {
        return listings.stream().map(RecordListing::id).toList();
    }
}

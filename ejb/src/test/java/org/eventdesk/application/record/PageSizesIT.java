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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
 * offset asked for, whatever was asked before. On PostgreSQL the server writes a page's size and offset into the
 * statement ({@code PostgreSQLDialectWithWrittenLimits}, so that PostgreSQL plans a page once rather than at every
 * run), and Hibernate keeps one statement per query: reusing it for another size would return a wrong page.
 */
@ExtendWith(ArquillianExtension.class)
class PageSizesIT {

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
        String place = marker();
        for (int i = 0; i < 5; i++) {
            RecordInputs draft =
                    RecordInputs.titled("Shelling " + i).withoutTime().place(place, "UA");
            editor(() -> service.create(draft.input()));
        }
        RecordQuery atThePlace = new RecordQuery(
                null, null, null, null, null, place, null, null, null, null, RecordQuery.Order.LAST_CHANGE);
        List<Long> all = ids(editor(() -> catalog.list(atThePlace, 0, 200)));
        assertEquals(5, all.size(), "the five records at the place: " + all);

        for (int size : new int[] {2, 1, 3, 200, 2}) {
            for (int offset = 0; offset <= 5; offset++) {
                int from = offset;
                assertEquals(
                        all.subList(from, Math.min(from + size, all.size())),
                        ids(editor(() -> catalog.list(atThePlace, from, size))),
                        "offset " + from + ", size " + size);
            }
            assertEquals(all, byCursor(atThePlace, size), "cursor pages of " + size);
        }
    }

    /**
     * A sub-type's first page is read two ways: on H2 as the page after the end of time (the range H2 needs to take
     * the index that holds the order), on PostgreSQL plainly. Either way it holds the newest events first, then the
     * records without a time, and its cursor leads through the rest.
     */
    @Test
    void aSubTypesFirstPageHoldsItsLatestEventsOnEitherDatabase() throws Exception {
        String place = marker();
        String strike = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";
        List<Long> created = new ArrayList<>();
        String[] starts = {"2025-12-20T10:00:00Z", null, "2025-12-22T10:00:00Z", "2025-12-21T10:00:00Z"};
        for (String start : starts) {
            RecordInputs draft =
                    RecordInputs.titled("Strike").type(strike).withoutTime().place(place, "UA");
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
                null, strike, null, null, null, place, null, null, null, null, RecordQuery.Order.EVENT_TIME);
        List<Long> expected = List.of(created.get(2), created.get(3), created.get(0), created.get(1));

        assertEquals(expected, ids(editor(() -> catalog.list(strikesThere, 0, 200))));
        assertEquals(expected.subList(0, 2), ids(editor(() -> catalog.list(strikesThere, 0, 2))));
        assertEquals(expected, byCursor(strikesThere, 2));
        assertEquals(expected, byCursor(strikesThere, 3));
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "ivka";
    }

    /**
     * What PostgreSQL was sent: the driver prepares a statement on the server once it has run five times on a
     * connection, and {@code pg_prepared_statements} shows that connection's statements as written. In one
     * transaction the catalog and this test share the connection. On H2 the pages above are the whole check.
     */
    @Test
    void onPostgreSqlAPagesSizeIsWrittenIntoItsStatement() throws Exception {
        String place = marker();
        RecordQuery atThePlace = new RecordQuery(
                null, null, null, null, null, place, null, null, null, null, RecordQuery.Order.LAST_CHANGE);
        transaction.begin();
        try {
            for (int run = 0; run < 6; run++) {
                editor(() -> catalog.list(atThePlace, 0, 7));
            }
            try (Connection db = dataSource.getConnection();
                    Statement s = db.createStatement()) {
                String product = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                if (!product.contains("postgres")) {
                    assertTrue(product.contains("h2"), product);
                    return;
                }
                List<String> pages = new ArrayList<>();
                try (ResultSet rows = s.executeQuery(
                        "select statement from pg_prepared_statements where statement like '%fetch first%'")) {
                    while (rows.next()) {
                        pages.add(rows.getString(1));
                    }
                }
                assertTrue(
                        pages.stream().anyMatch(sql -> sql.contains("fetch first 7 rows only")),
                        "a page of 7 as the server prepared it: " + pages);
                assertFalse(pages.stream().anyMatch(sql -> sql.contains("fetch first $")), "no bound size: " + pages);
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

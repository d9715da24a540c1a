package org.eventdesk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V21 on an H2 desk that already holds records: the lists of known names start with every name its actors and places
 * have, or a filter by a name would miss the records saved before the upgrade.
 */
class KnownNamesMigrationTest {
    @Test
    void upgradingADeskListsTheNamesItsRecordsAlreadyHold() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upgraded-desk");
        String url = "jdbc:h2:file:" + dir.resolve("desk");
        RecordGenerator.migrate(url, "sa", "sa");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                Statement sql = db.createStatement()) {
            RecordGenerator.generate(db, 60, 11, RecordGenerator.STATES);
            // The desk as it was before V21: records, and neither the lists nor the indexes by name.
            sql.execute("drop index ix_record_actor_name");
            sql.execute("drop index ix_record_place_name");
            sql.execute("drop table known_actor_name");
            sql.execute("drop table known_place_name");
            sql.execute("delete from \"flyway_schema_history\" where \"version\" = '21'");
        }
        RecordGenerator.migrate(url, "sa", "sa");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                Statement sql = db.createStatement()) {
            for (String fact : List.of("actor", "place")) {
                List<String> held = names(sql, "select distinct name from record_" + fact + " order by name");
                assertTrue(held.size() > 3, "the generated records have " + fact + "s");
                assertEquals(held, names(sql, "select name from known_" + fact + "_name order by name"), fact);
                assertEquals(
                        List.of("IX_RECORD_" + fact.toUpperCase() + "_NAME"),
                        names(
                                sql,
                                "select index_name from information_schema.indexes where index_name = 'IX_RECORD_"
                                        + fact.toUpperCase() + "_NAME'"));
            }
        }
    }

    private static List<String> names(Statement sql, String query) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}

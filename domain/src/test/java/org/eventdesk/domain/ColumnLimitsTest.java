package org.eventdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.FigureValue;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.shared.SchemaDialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The limits the model states are the columns' sizes: each text column an entity declares has exactly the length
 * the migrations gave the table, so a value the model accepts is never cut or refused by the database (a 500).
 * Hibernate's schema validation checks types, not lengths; this checks the lengths.
 */
class ColumnLimitsTest {

    private record Declared(String table, String column, int length, String where) {}

    private static List<Declared> declaredTextColumns() {
        List<Declared> declared = new ArrayList<>();
        for (Class<?> entity : JpaTestSupport.ENTITIES) {
            for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (field.getType() == String.class
                            && column != null
                            && field.getAnnotation(jakarta.persistence.ElementCollection.class) == null) {
                        String name = column.name().isEmpty() ? field.getName() : column.name();
                        declared.add(new Declared(
                                entity.getAnnotation(Table.class).name(),
                                name,
                                column.length(),
                                entity.getSimpleName() + "." + field.getName()));
                    }
                }
            }
        }
        return declared;
    }

    @Test
    void everyTextColumnIsAsLongAsTheModelSays() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .placeholders(SchemaDialect.H2.placeholders())
                .load()
                .migrate();
        List<Declared> declared = declaredTextColumns();
        assertTrue(declared.size() > 40, "found the entities' text columns: " + declared.size());
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            for (Declared d : declared) {
                Long length = length(db, d.table(), d.column());
                if (length != null && length < 1_000_000) { // ${text_type} columns are unbounded
                    assertEquals((long) d.length(), length, d.where() + " (" + d.table() + "." + d.column() + ")");
                }
            }
            assertEquals((long) EventRecord.MAX_TAG, length(db, "record_tag", "tag"));
            assertEquals((long) RecordChange.MAX_COMMENT, length(db, "record_change", "change_comment"));
            assertEquals(
                    (long) EventRecord.MAX_PUBLIC_NOTE,
                    length(db, "publication", "note"),
                    "a public note is published");
            assertEquals((long) FigureValue.PRECISION, precision(db, "record_figure", "amount"));
        }
    }

    private static Long length(Connection db, String table, String column) throws SQLException {
        return number(db, "CHARACTER_MAXIMUM_LENGTH", table, column);
    }

    private static Long precision(Connection db, String table, String column) throws SQLException {
        return number(db, "NUMERIC_PRECISION", table, column);
    }

    private static Long number(Connection db, String what, String table, String column) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select " + what + " from information_schema.columns where table_name = ? and column_name = ?")) {
            query.setString(1, table.toUpperCase(Locale.ROOT));
            query.setString(2, column.toUpperCase(Locale.ROOT));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the schema has " + table + "." + column);
                long value = row.getLong(1);
                return row.wasNull() ? null : value;
            }
        }
    }
}

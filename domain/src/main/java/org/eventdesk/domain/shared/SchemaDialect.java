package org.eventdesk.domain.shared;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the migrations cannot write the same way for every database, as Flyway placeholders. Kept
 * beside the migrations' owner (the model) so the server and the tests fill them in the same way.
 */
public enum SchemaDialect {
    H2("character large object", "character varying(1000000000)", "binary large object", "-- ", ""),
    POSTGRESQL("text", "text", "bytea", "", "-- ");

    private final String textType;
    private final String inlineTextType;
    private final String binaryType;
    private final String postgresqlOnly;
    private final String h2Only;

    /**
     * @param inlineTextType long text that is read on every request (a public record's document): kept in the row
     *     rather than as a separate large object, which H2 reads much faster
     * @param binaryType bytes as Hibernate maps a {@code byte[]} large object on this database
     * @param postgresqlOnly what a line of a migration starts with when it is PostgreSQL's alone (its planner's
     *     statistics, which H2 has no counterpart for): nothing there, a comment's mark on H2
     * @param h2Only the same for a line that is H2's alone (what stands in for an index PostgreSQL has and H2 lacks)
     */
    SchemaDialect(String textType, String inlineTextType, String binaryType, String postgresqlOnly, String h2Only) {
        this.textType = textType;
        this.inlineTextType = inlineTextType;
        this.binaryType = binaryType;
        this.postgresqlOnly = postgresqlOnly;
        this.h2Only = h2Only;
    }

    public Map<String, String> placeholders() {
        return Map.of(
                "text_type",
                textType,
                "inline_text_type",
                inlineTextType,
                "binary_type",
                binaryType,
                "postgresql_only",
                postgresqlOnly,
                "h2_only",
                h2Only);
    }

    /** From JDBC's {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static SchemaDialect ofProduct(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Event Desk runs on H2 or PostgreSQL, not on " + productName);
    }
}

package org.eventdesk.infrastructure.persistence;

import org.hibernate.dialect.Database;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Gives the persistence unit {@link PostgreSQLDialectWithWrittenLimits} on PostgreSQL, and leaves every other database
 * (H2, and CockroachDB, which calls itself PostgreSQL) to Hibernate's own choice. Hibernate finds this class by its
 * service file, in the server and in the tools that open the persistence unit themselves, so that the benchmarks
 * measure the statements the server runs. A resolver, not the {@code hibernate.dialect} setting, because one
 * persistence unit runs on either database.
 */
public class WrittenLimitsDialectResolver implements DialectResolver {
    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        if (!Database.POSTGRESQL.matchesResolutionInfo(info)) {
            return null;
        }
        Dialect standard = Database.POSTGRESQL.createDialect(info);
        return standard.getClass() == PostgreSQLDialect.class ? new PostgreSQLDialectWithWrittenLimits(info) : null;
    }
}

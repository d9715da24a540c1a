package org.eventdesk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.eventdesk.domain.shared.SchemaDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Which of the two databases a persistence unit writes to, for the few reads and writes that H2 and PostgreSQL need
 * done differently. Named as the migrations name them ({@link SchemaDialect}), so that one word means one database
 * in the schema and in the queries.
 */
final class Databases {
    private Databases() {}

    static SchemaDialect of(EntityManager em) {
        Dialect dialect = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        if (dialect instanceof H2Dialect) {
            return SchemaDialect.H2;
        }
        if (dialect instanceof PostgreSQLDialect) {
            return SchemaDialect.POSTGRESQL;
        }
        throw new IllegalStateException("Event Desk runs on H2 or PostgreSQL, not with " + dialect);
    }
}

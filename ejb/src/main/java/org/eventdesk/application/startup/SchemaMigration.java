package org.eventdesk.application.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eventdesk.domain.shared.SchemaDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application is deployed, before anything else touches it.
 * The versioned scripts live with the model (domain jar, {@code db/migration}) and run unchanged on H2 and
 * PostgreSQL; Flyway records what ran, so a restart applies only what is new.
 */
@Singleton
@Startup
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/EventDeskDS")
    private DataSource dataSource;

    /** Flyway commits each migration itself, so it must not run inside a container transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        SchemaDialect dialect = dialect();
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema on " + dialect + " at version "
                + flyway.info().current().getVersion() + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private SchemaDialect dialect() {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaDialect.ofProduct(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the desk's database: " + e.getMessage(), e);
        }
    }
}

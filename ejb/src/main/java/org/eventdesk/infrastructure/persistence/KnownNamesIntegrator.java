package org.eventdesk.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eventdesk.domain.record.RecordActor;
import org.eventdesk.domain.record.RecordPlace;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * On H2, adds the name of every actor and place the desk saves to the lists of known names (V21) that the records
 * list reads to filter by a name ({@link KnownNames}). A list missing a name would hide the records that hold it, so
 * the name goes in with the fact, in the same transaction, wherever the fact comes from (a new record, an edit, which
 * writes its facts anew, or an import). Hibernate finds this class by its service file, in the server and in the
 * tools that open the persistence unit themselves; on PostgreSQL it adds nothing (trigram indexes answer there).
 */
public class KnownNamesIntegrator implements Integrator {
    @Override
    public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
        if (sessionFactory.getJdbcServices().getDialect() instanceof H2Dialect) {
            sessionFactory
                    .getServiceRegistry()
                    .requireService(EventListenerRegistry.class)
                    .appendListeners(EventType.POST_INSERT, new Recorder());
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}

    private static final class Recorder implements PostInsertEventListener {
        /** H2's code for a duplicate key: another transaction has just added the same name, and committed it. */
        private static final int DUPLICATE_KEY = 23505;

        @Override
        public void onPostInsert(PostInsertEvent event) {
            if (event.getEntity() instanceof RecordActor actor) {
                event.getSession()
                        .doWork(connection -> remember(connection, KnownNames.Fact.ACTOR.knownNames, actor.name()));
            } else if (event.getEntity() instanceof RecordPlace place) {
                event.getSession()
                        .doWork(connection -> remember(connection, KnownNames.Fact.PLACE.knownNames, place.name()));
            }
        }

        /**
         * Looks before it inserts, so that a name already known is only read: writing it again would lock its row, and
         * every transaction saving the same common name would then wait for the one before it to commit.
         */
        private static void remember(Connection connection, String table, String name) throws SQLException {
            try (PreparedStatement known = connection.prepareStatement("select 1 from " + table + " where name = ?")) {
                known.setString(1, name);
                try (ResultSet row = known.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement add = connection.prepareStatement("insert into " + table + " (name) values (?)")) {
                add.setString(1, name);
                add.executeUpdate();
            } catch (SQLException e) {
                // H2 undoes the failed statement alone, so the transaction goes on with the name in the list.
                if (e.getErrorCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }
    }
}

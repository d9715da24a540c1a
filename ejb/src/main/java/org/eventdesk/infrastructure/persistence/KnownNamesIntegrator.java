package org.eventdesk.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.eventdesk.domain.record.RecordActor;
import org.eventdesk.domain.record.RecordPlace;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * On H2, adds the name of every actor and place the desk saves to the lists of known names (V21) that the records
 * list reads to filter by a name ({@link KnownNames}). A list missing a name would hide the records that hold it, so
 * the names go in with the facts, in the same transaction, wherever the facts come from (a new record, an edit, which
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

    /** Gathers the names of the facts a session inserts, for its transaction to write once, just before it commits. */
    private static final class Recorder implements PostInsertEventListener {
        /** The names each open session has inserted; a session that is never completed is let go with its names. */
        private final Map<SharedSessionContractImplementor, Pending> pending =
                Collections.synchronizedMap(new WeakHashMap<>());

        @Override
        public void onPostInsert(PostInsertEvent event) {
            if (event.getEntity() instanceof RecordActor actor) {
                pendingOf(event.getSession()).add(KnownNames.Fact.ACTOR, actor.name());
            } else if (event.getEntity() instanceof RecordPlace place) {
                pendingOf(event.getSession()).add(KnownNames.Fact.PLACE, place.name());
            }
        }

        /** The session's names for its current transaction: a new set once the last one has been written or dropped. */
        private Pending pendingOf(EventSource session) {
            if (session == null) {
                // A stateless session fires its events without one; the desk saves facts through its entity manager.
                throw new IllegalStateException("an actor or a place was saved without a session to list its name");
            }
            return pending.compute(session, (s, names) -> {
                if (names != null && !names.done) {
                    return names;
                }
                Pending next = new Pending();
                session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) next);
                session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) next);
                return next;
            });
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }

        /**
         * One transaction's names. They are written after its last flush, each once, in one order shared by every
         * transaction (actors, then places, each alphabetically): a name not yet known is locked by the transaction
         * that adds it until it commits, so two transactions adding two new names in opposite orders would each wait
         * for the other until H2's lock timeout (30 s in the server) failed one; in one order, the second only waits
         * for the first to commit. A name already known is only read: writing it again would lock it the same way.
         */
        private final class Pending implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {
            /** H2's code for a duplicate key: another transaction added the same name, and has committed it. */
            private static final int DUPLICATE_KEY = 23505;

            private final Map<KnownNames.Fact, SortedSet<String>> names = new EnumMap<>(KnownNames.Fact.class);

            /**
             * Written, or dropped with a rollback. Hibernate keeps a process that did not run for the session's next
             * transaction, and a session that shares its parent's transaction is not the one these calls are given,
             * so the session's next names go to a new set rather than to this one.
             */
            private volatile boolean done;

            void add(KnownNames.Fact fact, String name) {
                names.computeIfAbsent(fact, f -> new TreeSet<>()).add(name);
            }

            @Override
            public void doBeforeTransactionCompletion(SessionImplementor session) {
                if (done) {
                    return;
                }
                done = true;
                pending.remove(session, this);
                session.doWork(connection -> {
                    for (Map.Entry<KnownNames.Fact, SortedSet<String>> kind : names.entrySet()) {
                        for (String name : kind.getValue()) {
                            remember(connection, kind.getKey().knownNamesTable, name);
                        }
                    }
                });
            }

            /** A transaction that rolled back drops its names (their facts are gone); the next one starts afresh. */
            @Override
            public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
                if (!success) {
                    names.clear();
                }
                done = true;
                pending.remove(session, this);
            }

            private static void remember(Connection connection, String table, String name) throws SQLException {
                try (PreparedStatement known =
                        connection.prepareStatement("select 1 from " + table + " where name = ?")) {
                    known.setString(1, name);
                    try (ResultSet row = known.executeQuery()) {
                        if (row.next()) {
                            return;
                        }
                    }
                }
                try (PreparedStatement add =
                        connection.prepareStatement("insert into " + table + " (name) values (?)")) {
                    add.setString(1, name);
                    add.executeUpdate();
                } catch (SQLException e) {
                    // H2 waited for that transaction, and undoes the failed statement alone: the name is in the list.
                    if (e.getErrorCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                }
            }
        }
    }
}

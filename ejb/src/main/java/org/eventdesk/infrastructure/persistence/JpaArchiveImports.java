package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.interchange.ImportProblem;
import org.eventdesk.domain.source.Source;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

@ApplicationScoped
public class JpaArchiveImports implements ArchiveImportRepository {
    private static final int REPORT_BATCH = 1000;
    /**
     * Statements in a JDBC batch for an import's chunk on PostgreSQL, where the driver sends a batch as a few
     * multi-row inserts (reWriteBatchedInserts, configure-postgresql.cli). Together the two made the archive import
     * a fifth faster; the unit's 50 elsewhere. On H2, 200 made the import slower (README, "Multi-row inserts on
     * PostgreSQL").
     */
    private static final int POSTGRESQL_BULK_BATCH = 200;

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public void expectBulkWrites() {
        if (onPostgreSql()) {
            em.unwrap(Session.class).setJdbcBatchSize(POSTGRESQL_BULK_BATCH);
        }
    }

    /**
     * On PostgreSQL, analyzes the database once the import has added more than twice the records its statistics
     * count: on a fresh desk about each time the tables have doubled (on a desk that held records before, once they
     * have about tripled). A fresh desk's first import ran at less than half the speed of the next: the foreign-key
     * checks and the external-id lookup kept plans made while the tables were empty (scans
     * that grew with every chunk: an insert batch of evidence took 50 ms instead of a few), until autovacuum
     * analyzed the tables about a minute later (README, "Runs that follow runs"). A desk that already holds many
     * records is not analyzed by an import smaller than twice its size; autovacuum keeps up with those.
     */
    @Override
    public void keepStatisticsCurrent(long recordsImported) {
        if (!onPostgreSql() || recordsImported == 0) {
            return;
        }
        // -1 for a table never analyzed (0 before PostgreSQL 14). The analyze runs in the chunk's transaction, before
        // its writes; should the chunk roll back, the statistics roll back with it (not the table's estimated size).
        Number counted =
                (Number) em.createNativeQuery("select reltuples from pg_class where oid = 'event_record'::regclass")
                        .getSingleResult();
        if (recordsImported > 2 * counted.doubleValue()) {
            em.createNativeQuery("analyze").executeUpdate();
        }
    }

    private boolean onPostgreSql() {
        Dialect dialect = em.unwrap(Session.class)
                .getFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        return dialect instanceof PostgreSQLDialect;
    }

    @Override
    public ArchiveImport store(ArchiveImport upload) {
        em.persist(upload);
        return upload;
    }

    @Override
    public Optional<ArchiveImport> find(long id) {
        return Optional.ofNullable(em.find(ArchiveImport.class, id));
    }

    @Override
    public Optional<ArchiveImport> lock(long id) {
        return Optional.ofNullable(em.find(ArchiveImport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ArchiveImport> recent(int limit) {
        return em.createQuery("select i from ArchiveImport i order by i.createdAt desc, i.id desc", ArchiveImport.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ArchiveImport> unfinished() {
        return em.createQuery(
                        "select i from ArchiveImport i where i.status in :open order by i.id", ArchiveImport.class)
                .setParameter("open", List.of(ArchiveImport.Status.QUEUED, ArchiveImport.Status.RUNNING))
                .getResultList();
    }

    @Override
    public void store(ImportProblem problem) {
        em.persist(problem);
    }

    @Override
    public List<ImportProblem> problems(long importId, int limit) {
        return em.createQuery(
                        "select p from ImportProblem p where p.importId = :id order by p.row, p.position",
                        ImportProblem.class)
                .setParameter("id", importId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void forEachProblem(long importId, Consumer<ImportProblem> problem) {
        long afterRow = -1;
        int afterPosition = -1;
        while (true) {
            List<ImportProblem> batch = em.createQuery(
                            "select p from ImportProblem p where p.importId = :id and (p.row > :row"
                                    + " or (p.row = :row and p.position > :position)) order by p.row, p.position",
                            ImportProblem.class)
                    .setParameter("id", importId)
                    .setParameter("row", afterRow)
                    .setParameter("position", afterPosition)
                    .setMaxResults(REPORT_BATCH)
                    .getResultList();
            batch.forEach(problem);
            em.clear();
            if (batch.size() < REPORT_BATCH) {
                return;
            }
            ImportProblem last = batch.get(batch.size() - 1);
            afterRow = last.row();
            afterPosition = last.position();
        }
    }

    @Override
    public Set<String> existingExternalIds(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("select r.externalId from EventRecord r where r.externalId in :ids", String.class)
                        .setParameter("ids", externalIds)
                        .getResultList());
    }

    @Override
    public Source add(Source source) {
        em.persist(source);
        return source;
    }

    @Override
    public void discard(Source source) {
        em.remove(source);
    }
}

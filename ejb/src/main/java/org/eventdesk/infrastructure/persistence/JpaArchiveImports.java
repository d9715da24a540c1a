package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.interchange.ImportProblem;
import org.eventdesk.domain.shared.SchemaDialect;
import org.eventdesk.domain.source.Source;
import org.hibernate.Session;

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
        if (Databases.of(em) == SchemaDialect.POSTGRESQL) {
            em.unwrap(Session.class).setJdbcBatchSize(POSTGRESQL_BULK_BATCH);
        }
    }

    /**
     * On PostgreSQL, analyzes the tables whose statistics are out of date once the import has added more than twice
     * the records its statistics count: on a fresh desk about each time the tables have doubled (on a desk that held
     * records before, once they have about tripled). A fresh desk's first import ran at less than half the speed of the
     * next: the foreign-key checks and the external-id lookup kept plans made while the tables were empty (scans that
     * grew with every chunk: an insert batch of evidence took 50 ms instead of a few), until autovacuum analyzed the
     * tables about a minute later (README, "Runs that follow runs"). A desk that already holds many records is not
     * analyzed by an import smaller than twice its size; autovacuum keeps up with those.
     */
    @Override
    public void keepStatisticsCurrent(long recordsImported) {
        if (Databases.of(em) != SchemaDialect.POSTGRESQL || recordsImported == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            if (recordsImported > 2 * recordsCounted(connection)) {
                analyzeChangedTables(connection);
            }
        });
    }

    /** As the statistics count them: -1 for a table never analyzed (0 before PostgreSQL 14). */
    private static double recordsCounted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet counted =
                        statement.executeQuery("select reltuples from pg_class where oid = 'event_record'::regclass")) {
            counted.next();
            return counted.getDouble(1);
        }
    }

    /**
     * Analyzes the desk's tables that have changed since their statistics were made, or never had any: those the
     * import has written, and any other the desk has changed meanwhile (cheap: an analyze reads a sample of at most
     * 30,000 rows a table). Not the whole database: as its owner, that would take every system catalog too (and warn
     * on the shared ones, which only a superuser may analyze). Over JDBC, on the chunk's connection: these statements
     * are about the tables, not reads or writes of the model, and the persistence context need neither be flushed for
     * them nor told of them. They run in the chunk's transaction, before its writes, so each table analyzed stays
     * locked against another analyze or a vacuum (not against reads or writes) until the chunk commits; a table that
     * another transaction holds so (another import's chunk, say) is skipped rather than waited for. Should the chunk
     * roll back, the column statistics roll back with it, but not what PostgreSQL writes in place: the tables'
     * estimated sizes and the statistics views' counts of changes since the last analyze. The tables then look
     * current until autovacuum or the import's next doubling analyzes them again.
     */
    private static void analyzeChangedTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet changed = statement.executeQuery("select format('%I.%I', schemaname, relname)"
                        + " from pg_stat_user_tables where schemaname = current_schema() and (n_mod_since_analyze > 0"
                        + " or (last_analyze is null and last_autoanalyze is null)) order by relname")) {
            while (changed.next()) {
                tables.add(changed.getString(1));
            }
        }
        if (!tables.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze (skip_locked) " + String.join(", ", tables));
            }
        }
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

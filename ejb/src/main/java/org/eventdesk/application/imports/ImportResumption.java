package org.eventdesk.application.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eventdesk.domain.interchange.ArchiveImport;

/**
 * Resumes the imports a restart of this server interrupted; with several servers on one database, only those this
 * server runs (another server's import is running there, and a second job would read its rows twice). Their counts
 * were committed with each chunk, so a new run of the job goes on after the last committed chunk; a chunk cut off in
 * the middle was rolled back whole and is read again.
 * Started a few seconds after deployment, once the batch runtime and the application are up, for the imports that
 * were unfinished when the deployment began: one an admin queues in those seconds has a job of its own already, and
 * a second job for it would read every row twice (each chunk counted twice, its records found "already in the desk"
 * by the slower job; seen in the import benchmark, which uploads as soon as the desk answers).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ImportResumption {
    private static final Logger LOG = Logger.getLogger(ImportResumption.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ImportProgress progress;

    /** This server's imports unfinished when this deployment began: the ones a restart interrupted. */
    private Set<Long> interrupted = Set.of();

    @PostConstruct
    void scheduleResumption() {
        interrupted =
                progress.unfinishedHere().stream().map(ArchiveImport::getId).collect(Collectors.toUnmodifiableSet());
        if (!interrupted.isEmpty()) {
            timers.createSingleActionTimer(3_000, new TimerConfig("resume interrupted imports", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        for (ArchiveImport upload : progress.unfinishedHere()) {
            if (!interrupted.contains(upload.getId())) {
                continue;
            }
            try {
                long execution = ArchiveImportService.startJob(upload.getId());
                LOG.info(() -> "Import #" + upload.getId() + " resumed after row " + (upload.getRowsRead() + 1)
                        + " (job execution " + execution + ")");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import #" + upload.getId() + " could not be resumed", e);
            }
        }
    }
}

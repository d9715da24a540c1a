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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.domain.interchange.ArchiveImport;

/**
 * Resumes the imports a restart interrupted. Their counts were committed with each chunk, so a new run of the job
 * goes on after the last committed chunk; a chunk cut off in the middle was rolled back whole and is read again.
 * Started a few seconds after deployment, once the batch runtime and the application are up.
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

    @PostConstruct
    void scheduleResumption() {
        timers.createSingleActionTimer(3_000, new TimerConfig("resume interrupted imports", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        for (ArchiveImport upload : progress.unfinished()) {
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

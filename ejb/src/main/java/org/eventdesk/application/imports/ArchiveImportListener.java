package org.eventdesk.application.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import org.eventdesk.domain.interchange.ArchiveImport;

/**
 * Keeps the import's status in step with its job: running when a job takes it up, done or failed when the job
 * ends. A job stopped by a server shutting down leaves the import running, so the next start resumes it; one
 * stopped by a cancellation finds it cancelled already.
 */
@Dependent
@Named("archiveImportListener")
public class ArchiveImportListener extends AbstractJobListener {
    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private JobContext job;

    @Inject
    private ImportProgress progress;

    @Override
    public void beforeJob() {
        if (!progress.running(Long.parseLong(importId), job.getExecutionId())) {
            // Cancelled before the job began: it reads nothing.
            job.setExitStatus("CANCELLED");
            throw new IllegalStateException("Import " + importId + " was cancelled before it began");
        }
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(importId);
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.COMPLETED) {
            progress.done(id);
        } else if (status == BatchStatus.FAILED && !"CANCELLED".equals(job.getExitStatus())) {
            progress.failed(id, ImportFailures.reason(job.getExecutionId()));
        }
        ArchiveImport upload = progress.find(id);
        if (upload.getStatus().isFinished()) {
            ArchiveImportService.deleteQuietly(Path.of(upload.getStoredFile()));
        }
    }
}

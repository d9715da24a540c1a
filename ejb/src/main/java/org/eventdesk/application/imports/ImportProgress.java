package org.eventdesk.application.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.shared.NotFoundException;

/**
 * The import's state changes that happen outside a chunk (queued, taken up by a job, counted, ended), each in a
 * transaction of its own: the batch job's listeners run outside any transaction, and the service must have the
 * import committed before a job can read it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportProgress {
    private static final Logger LOG = Logger.getLogger(ImportProgress.class.getName());

    @Inject
    private ArchiveImportRepository imports;

    @Inject
    private Clock clock;

    public ArchiveImport queue(
            ArchiveImport.Format format, String fileName, String storedFile, boolean asPublished, String by) {
        return imports.store(
                ArchiveImport.queue(format, fileName, storedFile, ThisServer.id(), asPublished, by, clock.instant()));
    }

    public ArchiveImport find(long id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("text.thing.import", id));
    }

    /** The unfinished imports whose jobs this server runs (see {@link ArchiveImport#runsOn}). */
    public List<ArchiveImport> unfinishedHere() {
        String here = ThisServer.id();
        return imports.unfinished().stream().filter(i -> runsHere(i, here)).toList();
    }

    /** @return whether the job should go on (the import was not cancelled or ended meanwhile) */
    public boolean running(long id, long execution) {
        ArchiveImport upload = imports.lock(id).orElseThrow(() -> new NotFoundException("text.thing.import", id));
        if (upload.getStatus().isFinished()) {
            return false;
        }
        upload.running(execution, clock.instant());
        return true;
    }

    public void counted(long id, long rows) {
        imports.lock(id).ifPresent(i -> i.counted(rows));
    }

    public void done(long id) {
        imports.lock(id).ifPresent(i -> {
            i.done(clock.instant());
            LOG.info(() -> "Import #" + id + " of " + i.getFileName() + " ended " + i.getStatus() + ": "
                    + i.getRowsImported() + " imported, " + i.getRowsSkipped() + " already in the desk, "
                    + i.getRowsRejected() + " rejected");
        });
    }

    public void failed(long id, String reason) {
        imports.lock(id).ifPresent(i -> i.failed(reason, clock.instant()));
        LOG.warning(() -> "Import #" + id + " failed: " + reason);
    }

    /**
     * @return the job execution to stop, if one runs it on this server; a job on another server sees the
     *     cancellation at its next chunk
     */
    public Optional<Long> cancel(long id) {
        ArchiveImport upload = imports.lock(id).orElseThrow(() -> new NotFoundException("text.thing.import", id));
        upload.cancel(clock.instant());
        return runsHere(upload, ThisServer.id()) ? Optional.ofNullable(upload.getJobExecution()) : Optional.empty();
    }

    private static boolean runsHere(ArchiveImport upload, String here) {
        return upload.runsOn(here, java.nio.file.Files.exists(java.nio.file.Path.of(upload.getStoredFile())));
    }
}

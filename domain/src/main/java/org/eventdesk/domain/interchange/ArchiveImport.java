package org.eventdesk.domain.interchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * One upload of an archive and how far its import got. The counts advance with each chunk of rows, in the chunk's
 * own transaction, so they always say exactly which rows are in the desk: after a restart the import goes on from
 * {@link #getRowsRead()}.
 */
@Entity
@Table(name = "archive_import")
public class ArchiveImport {
    public static final int MAX_FILE_NAME = 300;
    public static final int MAX_SERVER_ID = 64;

    /** The status names the API gives. */
    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED;

        public boolean isFinished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /** What the file is: ACLED's CSV, or the desk's own export. */
    public enum Format {
        ACLED,
        EVENTDESK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_import_seq")
    @SequenceGenerator(name = "archive_import_seq", sequenceName = "archive_import_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 20)
    private Format format;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "stored_file", nullable = false, length = 1000)
    private String storedFile;

    @Column(name = "as_published", nullable = false)
    private boolean asPublished;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The file's rows without its header, once counted (the job counts them before it starts reading). */
    @Column(name = "total_rows")
    private Long totalRows;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_imported", nullable = false)
    private long rowsImported;

    @Column(name = "rows_skipped", nullable = false)
    private long rowsSkipped;

    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;

    @Column(length = 2000)
    private String failure;

    @Column(name = "job_execution")
    private Long jobExecution;

    /** The server that keeps the file and runs the job (see {@link #runsOn}). */
    @Column(name = "server_id", length = MAX_SERVER_ID)
    private String server;

    protected ArchiveImport() {}

    /**
     * @param fileName the name the admin gave the file (or "upload.csv"), for the desk's screens and history
     * @param storedFile where the server keeps the file until the import ends
     * @param server the server that keeps the file, and so runs the import's job
     */
    public static ArchiveImport queue(
            Format format,
            String fileName,
            String storedFile,
            String server,
            boolean asPublished,
            String by,
            Instant now) {
        new Validation()
                .require(format != null, "format", Wording.of("interchange.import.formatRequired"))
                .requireText(fileName, "fileName", MAX_FILE_NAME)
                .throwIfAny();
        ArchiveImport upload = new ArchiveImport();
        upload.format = format;
        upload.fileName = fileName.strip();
        upload.storedFile = storedFile;
        upload.server = server;
        upload.asPublished = asPublished;
        upload.status = Status.QUEUED;
        upload.importedBy = by;
        upload.createdAt = now;
        return upload;
    }

    /** The batch job took it up (again, after a restart). */
    public void running(long execution, Instant now) {
        if (status.isFinished()) {
            throw new WorkflowException(
                    Wording.of("interchange.import.endedAlready", String.valueOf(id), statusWording()));
        }
        jobExecution = execution;
        status = Status.RUNNING;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /**
     * Whether this server runs the import's job: only it keeps the file, and the job's execution number means
     * something only to its batch runtime. So with several servers on one database each resumes its own imports
     * after a restart (a server that starts while another runs an import leaves it alone) and stops only its own
     * jobs; a cancellation received by another server is seen by the job at its next chunk. An import queued before
     * servers were told apart (V18) runs on the server that has its file.
     *
     * @param hasTheFile whether that server finds the import's file where the import says it is kept
     */
    public boolean runsOn(String server, boolean hasTheFile) {
        return this.server == null ? hasTheFile : this.server.equals(server);
    }

    public void counted(long rows) {
        totalRows = rows;
    }

    /** One chunk's rows, counted in the chunk's transaction. */
    public void advance(long read, long imported, long skipped, long rejected) {
        rowsRead += read;
        rowsImported += imported;
        rowsSkipped += skipped;
        rowsRejected += rejected;
    }

    public void done(Instant now) {
        if (!status.isFinished()) {
            status = Status.DONE;
            finishedAt = now;
        }
    }

    public void failed(String reason, Instant now) {
        if (!status.isFinished()) {
            status = Status.FAILED;
            failure = reason == null ? null : ArchiveRow.truncate(reason, 2000);
            finishedAt = now;
        }
    }

    /**
     * Stops the import after the chunk under way; the rows already imported stay (each chunk is whole), and the
     * same file imported again adds only the rest.
     */
    public void cancel(Instant now) {
        if (status.isFinished()) {
            throw new WorkflowException(
                    Wording.of("interchange.import.nothingToCancel", String.valueOf(id), statusWording()));
        }
        status = Status.CANCELLED;
        finishedAt = now;
    }

    /**
     * The status as a refusal says it ("is done already"), in lower case: its own words rather than the enum's
     * label, which the screens keep for their badges.
     */
    private Wording statusWording() {
        return switch (status) {
            case QUEUED -> Wording.of("interchange.import.status.queued");
            case RUNNING -> Wording.of("interchange.import.status.running");
            case DONE -> Wording.of("interchange.import.status.done");
            case FAILED -> Wording.of("interchange.import.status.failed");
            case CANCELLED -> Wording.of("interchange.import.status.cancelled");
        };
    }

    /** Rows a second since the import started, up to its end or now. */
    public double rowsPerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant until = finishedAt != null ? finishedAt : now;
        double seconds = Duration.between(startedAt, until).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    /** The time left at the current pace, once the file's rows are counted and the import runs. */
    public Optional<Duration> timeLeft(Instant now) {
        double pace = rowsPerSecond(now);
        if (status != Status.RUNNING || pace <= 0 || totalRows == null || totalRows < rowsRead) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.round((totalRows - rowsRead) / pace)));
    }

    public Long getId() {
        return id;
    }

    public Format getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredFile() {
        return storedFile;
    }

    public boolean isAsPublished() {
        return asPublished;
    }

    public Status getStatus() {
        return status;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Optional<Long> getTotalRows() {
        return Optional.ofNullable(totalRows);
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getRowsImported() {
        return rowsImported;
    }

    public long getRowsSkipped() {
        return rowsSkipped;
    }

    public long getRowsRejected() {
        return rowsRejected;
    }

    public String getFailure() {
        return failure;
    }

    public Long getJobExecution() {
        return jobExecution;
    }
}

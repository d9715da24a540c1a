package org.eventdesk.application.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVParser;
import org.eventdesk.domain.interchange.AcledFormat;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.interchange.DeskCsvFormat;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;

/**
 * Archive imports, for admins: an upload is kept under the server's data directory and read by the batch job
 * {@value #JOB} in chunks, in the background; the admin follows it, reads its report and may cancel it.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ArchiveImportService {
    public static final String JOB = "archive-import";
    public static final int FIRST_ERRORS = 100;
    private static final Logger LOG = Logger.getLogger(ArchiveImportService.class.getName());

    @Inject
    private ImportProgress progress;

    @Inject
    private ArchiveImportRepository imports;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Keeps the file and starts its import. The file's header is checked here, so a file that is not of the
     * format at all is refused at once, naming the columns it lacks; its rows are checked one by one by the job.
     * The desk's own export comes as its CSV or its JSON, told apart by the file's first character.
     *
     * @param fileName the name the admin's file had, for the desk's screens; {@code null} for "upload.csv" (or
     *     "upload.json" for a JSON file)
     * @param asPublished whether the records come in as published history (else as drafts)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView start(ArchiveImport.Format format, boolean asPublished, String fileName, InputStream body) {
        Path stored = store(body);
        try {
            checkHeader(format, stored);
        } catch (RuntimeException refused) {
            deleteQuietly(stored);
            throw refused;
        }
        String by = context.getCallerPrincipal().getName();
        ArchiveImport upload = progress.queue(
                format,
                fileName == null || fileName.isBlank() ? defaultName(format, stored) : fileName,
                stored.toString(),
                asPublished,
                by);
        long id = upload.getId();
        startJob(id);
        LOG.info(() -> "Import #" + id + " (" + format + ", " + (asPublished ? "published history" : "drafts")
                + ") queued by " + by);
        return status(id);
    }

    /** The name of a file the admin did not name: what it holds, for the desk's screens and the records' history. */
    private static String defaultName(ArchiveImport.Format format, Path stored) {
        try {
            return format == ArchiveImport.Format.EVENTDESK && JsonItems.isJson(stored) ? "upload.json" : "upload.csv";
        } catch (IOException e) {
            return "upload";
        }
    }

    /** Starts (or, after a restart, resumes) the job of an import; the job goes on after the rows it counted. */
    static long startJob(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    public ImportView status(long id) {
        ArchiveImport upload = imports.find(id).orElseThrow(() -> new NotFoundException("text.thing.import", id));
        return ImportView.of(upload, imports.problems(id, FIRST_ERRORS), clock.instant());
    }

    public List<ImportView> recent(int limit) {
        return imports.recent(limit).stream()
                .map(i -> ImportView.of(i, List.of(), clock.instant()))
                .toList();
    }

    /**
     * Cancels an import: the chunk under way ends, nothing after it is read. What was imported stays (each chunk is
     * whole); importing the same file again adds only the rest.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView cancel(long id) {
        progress.cancel(id).ifPresent(execution -> {
            JobOperator jobs = BatchRuntime.getJobOperator();
            try {
                jobs.stop(execution);
            } catch (JobExecutionNotRunningException | NoSuchJobExecutionException ended) {
                // It ended (or the server restarted) meanwhile: the cancelled status keeps it from resuming.
            }
        });
        LOG.info(() -> "Import #" + id + " cancelled by "
                + context.getCallerPrincipal().getName());
        return status(id);
    }

    /** The full report of an import's rejected rows, by row: every problem, however many. */
    public void report(long id, Consumer<ImportView.Problem> problem) {
        if (imports.find(id).isEmpty()) {
            throw new NotFoundException("text.thing.import", id);
        }
        imports.forEachProblem(id, p -> problem.accept(ImportView.Problem.of(p)));
    }

    private static Path store(InputStream body) {
        try {
            Path directory = uploads();
            Files.createDirectories(directory);
            Path file = directory.resolve(UUID.randomUUID() + ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored: " + e.getMessage(), e);
        }
    }

    /** Under the server's data directory, beside its database: kept over restarts, which the import survives. */
    static Path uploads() {
        return Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "eventdesk-imports");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
        }
    }

    private static void checkHeader(ArchiveImport.Format format, Path file) {
        try {
            if (format == ArchiveImport.Format.EVENTDESK && JsonItems.isJson(file)) {
                checkJson(file);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read: " + e.getMessage(), e);
        }
        try (java.io.Reader in = ArchiveRowReader.open(file);
                CSVParser csv = ArchiveRowReader.CSV.parse(in)) {
            List<String> header = csv.getHeaderNames();
            if (header.isEmpty()) {
                throw new InvalidInputException(FieldError.of("body", "interchange.file.empty"));
            }
            if (format == ArchiveImport.Format.EVENTDESK) {
                List<String> missing = DeskCsvFormat.missingColumns(header);
                if (!missing.isEmpty()) {
                    throw new InvalidInputException(FieldError.of(
                            "body",
                            AcledFormat.missingColumns(header).isEmpty()
                                    ? "interchange.file.notDeskButAcled"
                                    : "interchange.file.notDesk",
                            String.join(", ", missing)));
                }
                return;
            }
            List<String> missing = AcledFormat.missingColumns(header);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(FieldError.of(
                        "body",
                        header.containsAll(DeskCsvFormat.COLUMNS.subList(0, 4))
                                ? "interchange.file.notAcledButDesk"
                                : "interchange.file.notAcled",
                        String.join(", ", missing)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // The parser's own English says where the file went wrong; it is quoted as it is.
            throw new InvalidInputException(
                    FieldError.of("body", "interchange.file.notCsv", String.valueOf(e.getMessage())));
        }
    }

    /** A JSON export is refused at once when it is not a list of documents; its items are checked by the job. */
    private static void checkJson(Path file) {
        try (JsonItems items = JsonItems.open(file)) {
            items.next(false);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    FieldError.of("body", "interchange.file.notDeskJson", String.valueOf(e.getMessage())));
        }
    }
}

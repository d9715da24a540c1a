package org.eventdesk.application.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.ImportProblem;
import org.eventdesk.domain.shared.Wording;

/**
 * An import as the admin's screen and the API show it.
 *
 * @param totalRows the file's rows without its header, {@code null} until counted
 * @param secondsLeft at the current pace, {@code null} when unknown
 * @param errors the first {@link ArchiveImportService#FIRST_ERRORS} problems, by row
 */
public record ImportView(
        long id,
        ArchiveImport.Format format,
        String fileName,
        boolean asPublished,
        ArchiveImport.Status status,
        String importedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long totalRows,
        long rowsRead,
        long rowsImported,
        long rowsSkipped,
        long rowsRejected,
        double rowsPerSecond,
        Long secondsLeft,
        String failure,
        List<Problem> errors) {

    /**
     * One problem of one row: the row as a spreadsheet numbers it (header = 1), the column, and why: in English
     * for the API and the report ({@code message}), as a wording for the admin's screen.
     */
    public record Problem(long row, String field, String message, Wording wording) {
        static Problem of(ImportProblem p) {
            return new Problem(p.row(), p.field(), p.message(), p.wording());
        }
    }

    static ImportView of(ArchiveImport i, List<ImportProblem> problems, Instant now) {
        return new ImportView(
                i.getId(),
                i.getFormat(),
                i.getFileName(),
                i.isAsPublished(),
                i.getStatus(),
                i.getImportedBy(),
                i.getCreatedAt(),
                i.getStartedAt(),
                i.getFinishedAt(),
                i.getTotalRows().orElse(null),
                i.getRowsRead(),
                i.getRowsImported(),
                i.getRowsSkipped(),
                i.getRowsRejected(),
                i.rowsPerSecond(now),
                i.timeLeft(now).map(Duration::getSeconds).orElse(null),
                i.getFailure(),
                problems.stream().map(Problem::of).toList());
    }
}

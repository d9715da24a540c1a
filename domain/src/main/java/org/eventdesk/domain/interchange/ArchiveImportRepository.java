package org.eventdesk.domain.interchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eventdesk.domain.source.Source;

/** Where imports, their reports and what they bring in are kept. */
public interface ArchiveImportRepository {
    ArchiveImport store(ArchiveImport upload);

    Optional<ArchiveImport> find(long id);

    /** The import, locked for the rest of the transaction: a chunk and a cancellation never cross. */
    Optional<ArchiveImport> lock(long id);

    /** The newest imports first. */
    List<ArchiveImport> recent(int limit);

    /** Imports a restart interrupted (queued or running). */
    List<ArchiveImport> unfinished();

    void store(ImportProblem problem);

    /** The first problems of an import, by row. */
    List<ImportProblem> problems(long importId, int limit);

    /** Every problem of an import by row, without keeping them: a report of any length. */
    void forEachProblem(long importId, Consumer<ImportProblem> problem);

    /**
     * Says that this transaction writes a chunk of thousands of rows, so the database may be written in larger
     * batches than a person's save needs.
     */
    void expectBulkWrites();

    /**
     * Says how many records the import has added so far, so that the database's statistics keep up with tables that
     * grow from nothing: the first import into a fresh desk otherwise runs with plans made for empty tables.
     */
    void keepStatisticsCurrent(long recordsImported);

    /** Of these external ids, those a record already carries. */
    Set<String> existingExternalIds(Collection<String> externalIds);

    /** A source the import adds; written with the chunk (no flush of its own). */
    Source add(Source source);

    /** Takes back a source added in this transaction, when the row it was for is refused. */
    void discard(Source source);
}

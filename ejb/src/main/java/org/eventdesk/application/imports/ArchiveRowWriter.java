package org.eventdesk.application.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.application.publishing.Publisher;
import org.eventdesk.application.record.RepositoryReferences;
import org.eventdesk.domain.interchange.ArchiveEntry;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.interchange.ImportProblem;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.RecordSearch;
import org.eventdesk.domain.record.RecordSnapshot;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * Stores a chunk of rows in the chunk's transaction: each good row as a record (with a source per outlet), each bad
 * one as its problems, and the import's counts, all or nothing. A row whose external id a record already carries
 * is skipped, so a file imported again, or a chunk read again after a restart, adds nothing.
 */
@Dependent
@Named("archiveRowWriter")
public class ArchiveRowWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private ArchiveImportRepository imports;

    @Inject
    private RecordRepository records;

    @Inject
    private TaxonomyRepository taxonomy;

    @Inject
    private SourceRepository sources;

    @Inject
    private RecordJournal journal;

    @Inject
    private Publisher publisher;

    @Inject
    private RecordSearch search;

    @Inject
    private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(importId);
        ArchiveImport upload = imports.lock(id).orElseThrow(() -> new NotFoundException("text.thing.import", id));
        if (upload.getStatus().isFinished()) {
            // Cancelled while this chunk was read: it stores nothing, and the job stops.
            return;
        }
        search.indexWithoutWaiting();
        imports.expectBulkWrites();
        imports.keepStatisticsCurrent(upload.getRowsImported());
        List<ArchiveRowProcessor.ReadRow> rows =
                items.stream().map(ArchiveRowProcessor.ReadRow.class::cast).toList();
        Set<String> existing = imports.existingExternalIds(rows.stream()
                .filter(r -> r.record() != null)
                .map(r -> r.record().key())
                .toList());
        Set<String> seen = new HashSet<>(existing);
        RepositoryReferences references = new RepositoryReferences(records, taxonomy, sources);
        Instant now = clock.instant();
        long skipped = 0;
        long rejected = 0;
        List<Added> added = new ArrayList<>();
        for (ArchiveRowProcessor.ReadRow row : rows) {
            List<FieldError> problems = row.problems();
            if (problems.isEmpty()) {
                String externalId = row.record().key();
                if (!seen.add(externalId)) {
                    skipped++;
                    continue;
                }
                try {
                    added.add(add(upload, row, externalId, references, now));
                    continue;
                } catch (InvalidInputException refused) {
                    problems = refused.errors().stream()
                            .map(e -> new FieldError(row.record().column(e.field()), e.wording()))
                            .toList();
                }
            }
            rejected++;
            for (int i = 0; i < problems.size(); i++) {
                imports.store(ImportProblem.of(id, row.row(), i, problems.get(i)));
            }
        }
        // The chunk's records are written in one go; their history after them, since it names them (and sealing a
        // published one reads the database).
        records.flush();
        for (Added record : added) {
            recordHistory(upload, record, now);
        }
        upload.advance(rows.size(), added.size(), skipped, rejected);
        records.flush();
    }

    /** A record of this chunk, added but not yet in its history: the row it came from. */
    private record Added(EventRecord record, ArchiveRowProcessor.ReadRow row) {}

    /**
     * Adds the row's record and its sources, to be written with the chunk.
     *
     * @throws InvalidInputException the record rules' problems (nothing of the row is kept)
     */
    private Added add(
            ArchiveImport upload,
            ArchiveRowProcessor.ReadRow row,
            String externalId,
            RepositoryReferences references,
            Instant now) {
        ArchiveEntry archived = row.record();
        String by = upload.getImportedBy();
        List<Source> added = new ArrayList<>();
        List<Source> quoted = new ArrayList<>();
        try {
            List<SourceSubmission> submissions = archived.sources();
            for (int i = 0; i < submissions.size(); i++) {
                Source source = Source.receive(submissions.get(i), by, now);
                // Sources without an address (all of ACLED's) are never looked up, which keeps the ACLED import's
                // chunks to their own writes.
                Optional<Source> atAddress = source.getCanonicalUrl() == null
                        ? Optional.empty()
                        : sources.findByCanonicalUrl(source.getCanonicalUrl()).flatMap(l -> sources.find(l.id()));
                if (atAddress.isPresent()) {
                    if (holdsEvery(atAddress.get(), archived.quotesFrom(i))) {
                        quoted.add(atAddress.get());
                        continue;
                    }
                    source = Source.receive(archived.sourceWithoutAddress(i), by, now);
                }
                added.add(imports.add(source));
                quoted.add(source);
            }
            EventRecord record = EventRecord.importFromArchive(
                    archived.input(quoted), references, externalId, upload.isAsPublished(), by, now);
            records.add(record);
            return new Added(record, row);
        } catch (InvalidInputException refused) {
            added.forEach(imports::discard);
            throw refused;
        }
    }

    /**
     * Whether a source the desk holds at the entry's address can stand for the one the entry brings: its text holds
     * every quote (a desk's export imported back into the same desk). The lookup by address sees the sources this
     * chunk added before (the query flushes them first), so two entries citing one address share its source.
     */
    private static boolean holdsEvery(Source held, List<String> quotes) {
        return quotes.stream().allMatch(q -> held.getCleanedText().contains(q.strip()));
    }

    /** The record's creation in its history, saying where it came from; as published history, its sealed version. */
    private void recordHistory(ArchiveImport upload, Added added, Instant now) {
        EventRecord record = added.record();
        String by = upload.getImportedBy();
        String origin = "imported from " + upload.getFileName() + " (import #" + upload.getId() + ", row "
                + added.row().row() + ", " + added.row().record().origin() + ")";
        journal.append(new RecordChange(
                record.getId(),
                record.getRevision(),
                ChangeAction.CREATED,
                by,
                now,
                origin,
                RecordSnapshot.of(record).changesSince(RecordSnapshot.empty())));
        if (upload.isAsPublished()) {
            EventRecord.Publishing publishing = record.archivePublication(origin);
            publisher.seal(record, publishing, by, now);
            journal.append(publishing.entry());
        }
    }
}

package org.eventdesk.application.publishing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.PublicRecords;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordSnapshot;

/**
 * Seals what a workflow step made public: the version's public document goes into the publication log, and the
 * record's public copy becomes that document, in the caller's transaction. Called by the workflow service after
 * the record's own transition ({@code publish} or {@code retract}), so a refused step seals nothing.
 */
@ApplicationScoped
public class Publisher {
    @Inject
    private RecordJournal journal;

    @Inject
    private PublicCopies copies;

    @Inject
    private PublicRecords.References references;

    @Inject
    private PublicAnswers answers;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** @param step what the record's transition returned */
    public Publication seal(EventRecord record, EventRecord.Publishing step, String by, Instant now) {
        Optional<PublicCopy> copy = copies.find(record.getId());
        PublicRecord previous = copy.map(PublicCopy::record).orElse(null);
        PublicRecord document = step.kind() == PublicationKind.RETRACTED
                ? PublicRecords.retracted(previous != null ? previous : asPublishedBefore(record), step.note(), now)
                : PublicRecords.of(
                        record,
                        step.version(),
                        now,
                        previous == null ? firstPublished(record, now) : previous.firstPublishedAt(),
                        step.note(),
                        previous,
                        references);
        String canonical = PublicRecordJson.canonical(document);
        Publication publication = journal.publish(new RecordJournal.PublicationDraft(
                record.getId(),
                step.version(),
                step.kind(),
                record.getTitle(),
                step.note(),
                RecordSnapshot.of(record),
                now,
                by,
                step.approvedBy(),
                canonical));
        if (copy.isPresent()) {
            copy.get().replaceWith(document, canonical, publication.seq(), publication.hash());
        } else {
            copies.store(PublicCopy.of(document, canonical, publication.seq(), publication.hash()));
        }
        // After the commit, not before: a reader between the two would put the old head back.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                answers.forgetHead();
            }
        });
        return publication;
    }

    /**
     * A record published before the log sealed documents has no public copy yet; its working copy is what was
     * published (a retraction needs a record in PUBLISHED), so that is what its retraction notice names.
     */
    private PublicRecord asPublishedBefore(EventRecord record) {
        Instant published = record.getLastPublishedAt();
        return PublicRecords.of(
                record,
                record.getPublishedVersion(),
                published,
                firstPublished(record, published),
                null,
                null,
                references);
    }

    private Instant firstPublished(EventRecord record, Instant otherwise) {
        return journal.publications(record.getId()).stream()
                .findFirst()
                .map(Publication::at)
                .orElse(otherwise);
    }
}

package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eventdesk.domain.publishing.LogEntry;
import org.eventdesk.domain.publishing.PublicationAudit;
import org.eventdesk.domain.record.FactCheck;
import org.eventdesk.domain.record.FactComment;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationHead;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordComment;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordStatus;

@ApplicationScoped
public class JpaRecordJournal implements RecordJournal {
    private static final Logger LOG = Logger.getLogger(JpaRecordJournal.class.getName());

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public void append(RecordChange change) {
        em.persist(change);
    }

    @Override
    public List<RecordChange> history(long recordId) {
        return em.createQuery("select c from RecordChange c where c.recordId = :id order by c.id", RecordChange.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public void append(RecordComment comment) {
        em.persist(comment);
    }

    @Override
    public List<RecordComment> comments(long recordId) {
        return em.createQuery("select c from RecordComment c where c.recordId = :id order by c.id", RecordComment.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public Optional<FactCheck> factCheck(long recordId, String factRef) {
        return em.createQuery("select c from FactCheck c where c.recordId = :id and c.factRef = :ref", FactCheck.class)
                .setParameter("id", recordId)
                .setParameter("ref", factRef)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<FactCheck> factChecks(long recordId) {
        return em.createQuery("select c from FactCheck c where c.recordId = :id order by c.id", FactCheck.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public void store(FactCheck check) {
        if (check.getId() == null) {
            em.persist(check);
        }
    }

    @Override
    public void remove(FactCheck check) {
        em.remove(em.contains(check) ? check : em.merge(check));
    }

    @Override
    public void append(FactComment comment) {
        em.persist(comment);
    }

    @Override
    public List<FactComment> factComments(long recordId) {
        return em.createQuery("select c from FactComment c where c.recordId = :id order by c.id", FactComment.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    /** Locks the log's head row for the rest of the transaction, then appends after it. */
    @Override
    public Publication publish(PublicationDraft d) {
        PublicationHead head = em.find(PublicationHead.class, PublicationHead.ID, LockModeType.PESSIMISTIC_WRITE);
        catchUp(head);
        Publication publication = Publication.seal(
                head.nextSeq(),
                head.lastHash(),
                d.recordId(),
                d.version(),
                d.kind(),
                d.title(),
                d.note(),
                d.snapshot(),
                d.at(),
                d.by(),
                d.approvedBy(),
                d.document());
        em.persist(publication);
        head.advance(publication);
        em.flush();
        return publication;
    }

    /**
     * Moves the head, which the caller has locked, over every entry that already follows it. The entries are the
     * log and the head only says where they end, but H2 (2.2 and 2.3) can get that row wrong under load: a
     * publisher that waited for the head's lock may be handed the row as it was before the publisher it waited for,
     * taking that one's transaction for an abandoned one (its MVStore's "repeated operation" branch), and its
     * rollback then writes the old row back. The head then names one entry fewer than the log holds, and every
     * later publication, appended after that stale head, breaks the unique chain (seen in CI under fifty clients:
     * "the head names 296 entries ending in 01ea8bcd…, but the log holds 297"). Each step is checked by
     * {@link PublicationHead#advance}; only forward, so a head ahead of its log (an entry deleted) stays for the
     * audit to report.
     */
    private void catchUp(PublicationHead head) {
        long before = head.entries();
        for (Optional<Publication> next = following(head.lastHash());
                next.isPresent();
                next = following(head.lastHash())) {
            head.advance(next.get());
        }
        if (head.entries() != before) {
            long behind = head.entries() - before;
            LOG.warning(() -> "The publication log's head was " + behind + " entr" + (behind == 1 ? "y" : "ies")
                    + " behind its log (entry " + before + " instead of " + head.entries() + "); moved to its end");
        }
    }

    private Optional<Publication> following(String hash) {
        return em.createQuery("select p from Publication p where p.previousHash = :hash", Publication.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void lockLog() {
        em.find(PublicationHead.class, PublicationHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<Publication> latestPublication(long recordId) {
        return em.createQuery(
                        "select p from Publication p where p.recordId = :id order by p.id desc", Publication.class)
                .setParameter("id", recordId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Publication> publications(long recordId) {
        return em.createQuery("select p from Publication p where p.recordId = :id order by p.id", Publication.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public List<Publication> publicationLog() {
        return em.createQuery("select p from Publication p order by p.seq", Publication.class)
                .getResultList();
    }

    @Override
    public List<Publication> entriesAfter(long seq, int limit) {
        return em.createQuery("select p from Publication p where p.seq > :seq order by p.seq", Publication.class)
                .setParameter("seq", seq)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void forEachEntry(Consumer<LogEntry> entry) {
        em.createQuery(
                        "select p.seq, p.recordId, p.version, p.kind, p.title, p.note, p.at, p.by, p.approvedBy,"
                                + " p.previousHash, p.snapshot, p.document, p.format, p.hash from Publication p order by p.seq",
                        Object[].class)
                .setHint("org.hibernate.fetchSize", 200)
                .getResultStream()
                .forEach(row -> entry.accept(new LogEntry(
                        (Long) row[0],
                        (Long) row[1],
                        (Integer) row[2],
                        ((PublicationKind) row[3]).name(),
                        (String) row[4],
                        (String) row[5],
                        (Instant) row[6],
                        (String) row[7],
                        (String) row[8],
                        (String) row[9],
                        (String) row[10],
                        (String) row[11],
                        (Integer) row[12],
                        (String) row[13])));
    }

    @Override
    public PublicationHead headForAudit() {
        PublicationHead head = em.find(PublicationHead.class, PublicationHead.ID, LockModeType.PESSIMISTIC_READ);
        em.refresh(head);
        return head;
    }

    @Override
    public PublicationHead head() {
        return em.find(PublicationHead.class, PublicationHead.ID);
    }

    @Override
    public Optional<Publication> publishedVersion(long recordId, int version) {
        return em.createQuery(
                        "select p from Publication p where p.recordId = :id and p.version = :version"
                                + " and p.kind <> org.eventdesk.domain.record.PublicationKind.RETRACTED",
                        Publication.class)
                .setParameter("id", recordId)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void forEachPublishedRecord(Consumer<PublicationAudit.RecordState> record) {
        em.createQuery(
                        "select r.id, r.publishedVersion, r.status from EventRecord r where r.publishedVersion > 0"
                                + " order by r.id",
                        Object[].class)
                .getResultStream()
                .forEach(row -> record.accept(new PublicationAudit.RecordState(
                        (Long) row[0], (Integer) row[1], row[2] == RecordStatus.RETRACTED)));
    }

    @Override
    public List<Long> dueForPublication(Instant now) {
        return em.createQuery(
                        "select r.id from EventRecord r where r.status = :scheduled and r.publishAt <= :now"
                                + " order by r.publishAt, r.id",
                        Long.class)
                .setParameter("scheduled", RecordStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
    }
}

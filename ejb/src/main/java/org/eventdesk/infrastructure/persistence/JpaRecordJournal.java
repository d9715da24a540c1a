package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationHead;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordComment;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordStatus;

@ApplicationScoped
public class JpaRecordJournal implements RecordJournal {
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

    /** Locks the log's head row for the rest of the transaction, then appends after it. */
    @Override
    public Publication publish(PublicationDraft d) {
        PublicationHead head = em.find(PublicationHead.class, PublicationHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Publication publication = Publication.seal(
                head.lastHash(),
                d.recordId(),
                d.version(),
                d.kind(),
                d.title(),
                d.note(),
                d.snapshot(),
                d.at(),
                d.by(),
                d.approvedBy());
        em.persist(publication);
        head.advance(publication);
        em.flush();
        return publication;
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
        return em.createQuery("select p from Publication p order by p.id", Publication.class)
                .getResultList();
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

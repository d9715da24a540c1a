package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicationAudit;

/**
 * The public copies, read with SQL written out: the public lists are the desk's busiest queries, and their ORDER
 * BY must repeat an index's columns and directions for H2 to walk the index instead of sorting (PLATFORM.md).
 * Filters on places and figures are {@code exists} subqueries, so a record with two matching places is listed once.
 */
@ApplicationScoped
public class JpaPublicCopies implements PublicCopies {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public Optional<PublicCopy> find(long recordId) {
        return Optional.ofNullable(em.find(PublicCopy.class, recordId));
    }

    @Override
    public void store(PublicCopy copy) {
        em.persist(copy);
    }

    @Override
    public Map<Long, String> publishedTitles(Collection<Long> recordIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!recordIds.isEmpty()) {
            em.createQuery(
                            "select c.recordId, c.title from PublicCopy c where c.recordId in :ids and c.status = :published",
                            Object[].class)
                    .setParameter("ids", recordIds)
                    .setParameter("published", PublicRecord.Status.PUBLISHED)
                    .getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }

    @Override
    public List<Listed> list(PublicQuery query, Optional<PublicQuery.Cursor> cursor, int limit) {
        Sql sql = new Sql();
        String sortColumn = query.order() == PublicQuery.Order.UPDATED ? "c.updated_at" : "c.event_start";
        boolean backwards = cursor.map(PublicQuery.Cursor::backwards).orElse(false);
        sql.append("select c.record_id, " + sortColumn + ", c.document from public_record c where 1 = 1");
        filters(sql, query, "c");
        cursor.ifPresent(at -> sql.append(
                backwards
                        ? " and (" + sortColumn + " > ? or (" + sortColumn + " = ? and c.record_id > ?))"
                        : " and (" + sortColumn + " < ? or (" + sortColumn + " = ? and c.record_id < ?))",
                at.time(),
                at.time(),
                at.recordId()));
        // Backwards, the records nearest the cursor come first (ascending); the page is turned round below.
        sql.append(" order by " + sortColumn + (backwards ? " asc" : " desc") + ", c.record_id"
                + (backwards ? " asc" : " desc"));
        List<Listed> page = new ArrayList<>();
        for (Object row : sql.query(em, limit).getResultList()) {
            Object[] columns = (Object[]) row;
            page.add(new Listed(((Number) columns[0]).longValue(), instant(columns[1]), text(columns[2])));
        }
        if (backwards) {
            java.util.Collections.reverse(page);
        }
        return page;
    }

    @Override
    public List<FeedEntry> feed(PublicQuery query, Optional<Long> beforeSeq, int limit) {
        Sql sql = new Sql();
        sql.append("select p.seq, p.record_id, p.version_no, p.kind, p.title, p.note, p.published_at, p.hash,"
                + " p.document from publication p join public_record c on c.record_id = p.record_id where 1 = 1");
        PublicQuery byEntryTime = new PublicQuery(
                query.text(),
                query.type(),
                query.place(),
                query.country(),
                query.box(),
                query.from(),
                query.before(),
                null,
                query.verification(),
                query.category(),
                query.order());
        filters(sql, byEntryTime, "c");
        if (query.updatedSince() != null) {
            sql.append(" and p.published_at >= ?", query.updatedSince());
        }
        beforeSeq.ifPresent(seq -> sql.append(" and p.seq < ?", seq));
        sql.append(" order by p.seq desc");
        List<FeedEntry> entries = new ArrayList<>();
        for (Object row : sql.query(em, limit).getResultList()) {
            Object[] c = (Object[]) row;
            entries.add(new FeedEntry(
                    ((Number) c[0]).longValue(),
                    ((Number) c[1]).longValue(),
                    ((Number) c[2]).intValue(),
                    (String) c[3],
                    (String) c[4],
                    text(c[5]),
                    instant(c[6]),
                    (String) c[7],
                    text(c[8])));
        }
        return entries;
    }

    @Override
    public void forEach(Consumer<PublicationAudit.CopyState> copy) {
        em.createQuery(
                        "select c.recordId, c.version, c.status, c.entrySeq, c.entryHash, c.document from PublicCopy c"
                                + " order by c.recordId",
                        Object[].class)
                .getResultStream()
                .forEach(row -> copy.accept(new PublicationAudit.CopyState(
                        (Long) row[0],
                        (Integer) row[1],
                        (PublicRecord.Status) row[2],
                        (Long) row[3],
                        (String) row[4],
                        (String) row[5])));
    }

    private static void filters(Sql sql, PublicQuery query, String c) {
        if (query.text() != null) {
            String words = contains(query.text());
            sql.append(
                    " and (lower(" + c + ".title) like ? escape '\\' or lower(" + c + ".summary) like ? escape '\\')",
                    words,
                    words);
        }
        if (query.type() != null) {
            sql.append(
                    " and (" + c + ".type_code = ? or " + c + ".type_code like ? escape '\\')",
                    query.type(),
                    escape(query.type()) + ".%");
        }
        if (query.from() != null) {
            sql.append(" and " + c + ".event_start >= ?", query.from());
        }
        if (query.before() != null) {
            sql.append(" and " + c + ".event_start < ?", query.before());
        }
        if (query.updatedSince() != null) {
            sql.append(" and " + c + ".updated_at >= ?", query.updatedSince());
        }
        if (query.verification() != null) {
            sql.append(" and " + c + ".verification = ?", query.verification().name());
        }
        if (query.place() != null) {
            sql.append(
                    " and exists (select 1 from public_record_place pn where pn.record_id = " + c
                            + ".record_id and pn.name_key like ? escape '\\')",
                    contains(query.place()));
        }
        if (query.country() != null) {
            sql.append(
                    " and exists (select 1 from public_record_place pc where pc.record_id = " + c
                            + ".record_id and pc.country = ?)",
                    query.country().toUpperCase(Locale.ROOT));
        }
        if (query.box() != null) {
            PublicQuery.Box box = query.box();
            String longitude = box.crossesAntimeridian() ? "(pb.lon >= ? or pb.lon <= ?)" : "pb.lon between ? and ?";
            sql.append(
                    " and exists (select 1 from public_record_place pb where pb.record_id = " + c
                            + ".record_id and pb.lat between ? and ? and " + longitude + ")",
                    box.minLat(),
                    box.maxLat(),
                    box.minLon(),
                    box.maxLon());
        }
        if (query.category() != null) {
            sql.append(
                    " and exists (select 1 from public_record_category f where f.record_id = " + c
                            + ".record_id and f.category = ?)",
                    query.category());
        }
    }

    private static String contains(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    /** Long text may come back as a String or, for a large object, as a Clob. */
    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot read a text column", e);
            }
        }
        return value.toString();
    }

    /** Native SQL with its positional parameters collected as it is written. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        void append(String part, Object... values) {
            text.append(part);
            parameters.addAll(List.of(values));
        }

        Query query(EntityManager em, int limit) {
            Query query = em.createNativeQuery(text + " fetch first " + limit + " rows only");
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}

package org.eventdesk.domain.publishing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventdesk.domain.record.Verification;

/**
 * The public copy of a record: the sealed document of its latest public version, byte for byte as readers are
 * served it, beside the few columns the public lists filter and sort on. It changes only when a version is
 * published, corrected or retracted, in the same transaction as the log entry that seals it, and the audit checks
 * that it still equals that entry.
 *
 * <p>Why a copy and not the record itself: while a correction is written and reviewed, the record's working copy
 * changes but readers must keep seeing version n until n+1 is published.
 */
@Entity
@Table(name = "public_record")
public class PublicCopy {
    /**
     * The longest text Hibernate still maps to an in-row string on H2 (longer ones it expects as a large object,
     * which H2 reads far more slowly). It states the mapping, not a limit: the column holds up to 10⁹ characters
     * on H2 and any length on PostgreSQL, and nothing is cut.
     */
    public static final int MAX_DOCUMENT = 1_048_576;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Column(name = "version_no", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicRecord.Status status;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 10_000)
    private String summary;

    @Column(name = "type_code", length = 100)
    private String type;

    @Column(name = "event_start")
    private Instant start;

    @Column(name = "event_end")
    private Instant end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Verification verification;

    @Column(name = "first_published_at", nullable = false)
    private Instant firstPublishedAt;

    /** The last publication, correction or retraction: what {@code updatedSince} and caches go by. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "entry_seq", nullable = false)
    private long entrySeq;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    @Column(nullable = false, length = MAX_DOCUMENT)
    private String document;

    @ElementCollection
    @CollectionTable(name = "public_record_place", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<Place> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "public_record_category", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "category", nullable = false, length = 60)
    private Set<String> categories = new LinkedHashSet<>();

    protected PublicCopy() {}

    /** The copy readers get of a newly sealed version. */
    public static PublicCopy of(PublicRecord record, String document, long entrySeq, String entryHash) {
        PublicCopy copy = new PublicCopy();
        copy.recordId = record.id();
        copy.replaceWith(record, document, entrySeq, entryHash);
        return copy;
    }

    /**
     * Replaces the copy with a newer sealed version. A retracted record keeps the places and categories of its
     * last version, so that a partner syncing a filtered list (one country, say) learns of the retraction too.
     */
    public void replaceWith(PublicRecord record, String document, long entrySeq, String entryHash) {
        if (record.id() != recordId) {
            throw new IllegalArgumentException("record " + record.id() + " is not record " + recordId);
        }
        version = record.version();
        status = record.status();
        title = record.title();
        type = record.type() == null ? null : record.type().code();
        verification = record.verification();
        firstPublishedAt = record.firstPublishedAt();
        updatedAt = record.lastChangedAt();
        this.entrySeq = entrySeq;
        this.entryHash = entryHash;
        this.document = document;
        if (record.isRetracted()) {
            summary = null;
            return;
        }
        summary = record.summary();
        start = record.time() == null ? null : record.time().start().toInstant();
        end = record.time() == null || record.time().end() == null
                ? null
                : record.time().end().toInstant();
        places.clear();
        record.places().forEach(p -> places.add(new Place(p.name(), p.country(), p.lat(), p.lon())));
        categories.clear();
        record.figures().forEach(f -> categories.add(f.category()));
    }

    /** A place as the public lists filter on it: by name (any case), country or bounding box. */
    @Embeddable
    public static class Place {
        @Column(nullable = false, length = 200)
        private String name;

        @Column(name = "name_key", nullable = false, length = 400)
        private String nameKey;

        @Column(length = 2)
        private String country;

        private Double lat;

        private Double lon;

        protected Place() {}

        Place(String name, String country, Double lat, Double lon) {
            this.name = name;
            this.nameKey = name.toLowerCase(Locale.ROOT);
            this.country = country;
            this.lat = lat;
            this.lon = lon;
        }

        public String name() {
            return name;
        }

        public String country() {
            return country;
        }
    }

    public long recordId() {
        return recordId;
    }

    public int version() {
        return version;
    }

    public PublicRecord.Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Instant start() {
        return start;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    public long entrySeq() {
        return entrySeq;
    }

    public String entryHash() {
        return entryHash;
    }

    /** The sealed document, canonical JSON: exactly what readers are served. */
    public String document() {
        return document;
    }

    public PublicRecord record() {
        return PublicRecordJson.parse(document);
    }
}

package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eventdesk.domain.publishing.LogEntry;

/**
 * An entry of the publication log: a version of a record as it went public (or was corrected or retracted),
 * sealed with the public document readers are served. Each entry's hash covers its own content and the previous
 * entry's hash, so changing any past entry, or removing one, breaks every hash after it; what the hash covers is
 * {@link LogEntry}'s rule, the same one the audit recomputes.
 *
 * <p>The database keeps the chain linear: {@code previous_hash} is unique, so two publications racing for the
 * same tail cannot both be stored; the loser retries on the new tail.
 */
@Entity
@Table(name = "publication")
public class Publication {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = LogEntry.GENESIS;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 1)
    private Long id;

    /** The entry's place in the log: 1, 2, 3, … without gaps (ids come from a sequence and may have them). */
    @Column(nullable = false, unique = true)
    private long seq;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    /** The public version number: 1 for the first publication, n+1 for each correction. */
    @Column(name = "version_no", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    /** The public correction note or retraction reason. */
    @Column(length = 4000)
    private String note;

    @Column(nullable = false, length = 10_000_000)
    private String snapshot;

    /** The public document of this version (canonical JSON); absent in entries sealed before it existed. */
    @Column(length = org.eventdesk.domain.publishing.PublicCopy.MAX_DOCUMENT)
    private String document;

    /** How the hash was computed ({@link LogEntry#CANONICAL_FORMAT} for every new entry). */
    @Column(name = "hash_format", nullable = false)
    private int format;

    @Column(name = "published_at", nullable = false)
    private Instant at;

    @Column(name = "published_by", nullable = false, length = 64)
    private String by;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "previous_hash", nullable = false, unique = true, length = 64)
    private String previousHash;

    @Column(nullable = false, unique = true, length = 64)
    private String hash;

    protected Publication() {}

    /**
     * The entry after {@code previousHash} (use {@link #GENESIS} for the first), as entry number {@code seq}.
     *
     * @param document the public document of the version, canonical JSON
     */
    public static Publication seal(
            long seq,
            String previousHash,
            long recordId,
            int version,
            PublicationKind kind,
            String title,
            String note,
            RecordSnapshot snapshot,
            Instant at,
            String by,
            String approvedBy,
            String document) {
        Publication p = new Publication();
        p.seq = seq;
        p.format = LogEntry.CANONICAL_FORMAT;
        p.document = document;
        p.previousHash = previousHash;
        p.recordId = recordId;
        p.version = version;
        p.kind = kind;
        p.title = title;
        p.note = note;
        p.snapshot = snapshot.serialize();
        p.at = at;
        p.by = by;
        p.approvedBy = approvedBy;
        p.hash = p.entry().expectedHash();
        return p;
    }

    /** The entry as stored, with the hash it carries. */
    public LogEntry entry() {
        return new LogEntry(
                seq,
                recordId,
                version,
                kind.name(),
                title,
                note,
                at,
                by,
                approvedBy,
                previousHash,
                snapshot,
                document,
                format,
                hash);
    }

    /** SHA-256 of the entry's fields as they are now (differs from {@link #hash()} once anything changed). */
    String computeHash() {
        return entry().expectedHash();
    }

    public Long getId() {
        return id;
    }

    public long seq() {
        return seq;
    }

    /** The public document of the version, canonical JSON; empty for entries sealed before documents existed. */
    public java.util.Optional<String> document() {
        return java.util.Optional.ofNullable(document);
    }

    public long recordId() {
        return recordId;
    }

    public int version() {
        return version;
    }

    public PublicationKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String note() {
        return note;
    }

    public RecordSnapshot snapshot() {
        return RecordSnapshot.parse(snapshot);
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}

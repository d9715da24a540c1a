package org.eventdesk.domain.publishing;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.eventdesk.domain.shared.Hashing;
import org.eventdesk.domain.shared.JsonP;

/**
 * One entry of the publication log as stored, with the rule that seals it. The application seals entries with
 * it and the audit (in the application, or offline from a database URL) recomputes their hashes with it, so the
 * two can never disagree about what an entry's hash covers.
 *
 * <p>Format 2 hashes the RFC 8785 canonical JSON of every field (names as in {@link #canonicalJson()}): no
 * separator can be forged inside a value, and {@code null} is distinct from the text "null". Format 1 is how
 * entries were sealed before the public document existed (fields joined with newlines); those entries are still
 * checked the way they were sealed.
 *
 * @param seq the entry's place in the log: 1, 2, 3, … without gaps
 * @param document the public document of this version (canonical JSON), {@code null} in format 1
 * @param snapshot the record's fields as the history compares them ({@code RecordSnapshot})
 */
public record LogEntry(
        long seq,
        long recordId,
        int version,
        String kind,
        String title,
        String note,
        Instant at,
        String by,
        String approvedBy,
        String previousHash,
        String snapshot,
        String document,
        int format,
        String hash) {
    public static final int LEGACY_FORMAT = 1;
    public static final int CANONICAL_FORMAT = 2;
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** What the hash of this entry must be, recomputed from its fields. */
    public String expectedHash() {
        return format == LEGACY_FORMAT
                ? Hashing.sha256Hex(String.join(
                        "\n",
                        previousHash,
                        Long.toString(recordId),
                        Integer.toString(version),
                        kind,
                        title,
                        String.valueOf(note),
                        at.toString(),
                        by,
                        String.valueOf(approvedBy),
                        snapshot))
                : Hashing.sha256Hex(canonicalJson());
    }

    /** The exact text a format-2 hash is taken over (UTF-8). */
    public String canonicalJson() {
        JsonObjectBuilder json = JsonP.PROVIDER
                .createObjectBuilder()
                .add("seq", seq)
                .add("recordId", recordId)
                .add("version", version)
                .add("kind", kind)
                .add("title", title)
                .add("at", PublicRecordJson.utc(at))
                .add("by", by)
                .add("previousHash", previousHash)
                .add("snapshot", snapshot);
        nullable(json, "note", note);
        nullable(json, "approvedBy", approvedBy);
        nullable(json, "document", document);
        return CanonicalJson.of(json.build());
    }

    public boolean isIntact() {
        return expectedHash().equals(hash);
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

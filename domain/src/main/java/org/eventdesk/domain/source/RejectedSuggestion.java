package org.eventdesk.domain.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;

/**
 * An editor decided a suggestion is wrong for this source ("1990" is not a count of anything). The assistant
 * is deterministic, so the same suggestion would come back every time; this keeps it hidden for the source.
 */
@Entity
@Table(
        name = "rejected_suggestion",
        uniqueConstraints = @UniqueConstraint(columnNames = {"source_id", "kind", "start_offset", "end_offset"}))
public class RejectedSuggestion {
    /**
     * The kinds of suggestion the assistant makes, as stored and as the API names them; the extraction module's
     * {@code SuggestionKind} codes are these (a test there holds the two together).
     */
    public static final Set<String> KINDS = Set.of("figure", "time", "place", "actor", "quote");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rejected_suggestion_seq")
    @SequenceGenerator(name = "rejected_suggestion_seq", sequenceName = "rejected_suggestion_seq", allocationSize = 1)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "rejected_by", nullable = false, length = 64)
    private String by;

    @Column(name = "rejected_at", nullable = false)
    private Instant at;

    protected RejectedSuggestion() {}

    public static RejectedSuggestion of(long sourceId, String kind, int start, int end, String by, Instant at) {
        String normalized = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(normalized)) {
            throw new InvalidInputException(FieldError.of("kind", "source.suggestion.kindUnknown"));
        }
        if (start < 0) {
            throw new InvalidInputException(FieldError.of("start", "source.suggestion.startNegative"));
        }
        if (end <= start) {
            // Either number may be the wrong one: both are named, so a client sees the pair that disagrees.
            throw new InvalidInputException(List.of(
                    FieldError.of("start", "source.suggestion.startAfterEnd", end),
                    FieldError.of("end", "source.suggestion.endBeforeStart")));
        }
        RejectedSuggestion rejected = new RejectedSuggestion();
        rejected.sourceId = sourceId;
        rejected.kind = normalized;
        rejected.start = start;
        rejected.end = end;
        rejected.by = by;
        rejected.at = at;
        return rejected;
    }

    /** The key a suggestion is recognised by: its kind and its span. */
    public String key() {
        return key(kind, start, end);
    }

    public static String key(String kind, int start, int end) {
        return kind + ":" + start + "-" + end;
    }

    public long sourceId() {
        return sourceId;
    }
}

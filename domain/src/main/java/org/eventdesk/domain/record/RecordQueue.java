package org.eventdesk.domain.record;

/** The desk's work queues: each a status, some seen from the user's side (their drafts, not their work). */
public enum RecordQueue {
    MY_DRAFTS("My drafts", RecordStatus.DRAFT, Involvement.MINE),
    RETURNED_TO_ME("Returned to me", RecordStatus.RETURNED, Involvement.MINE),
    AWAITING_REVIEW("Awaiting review", RecordStatus.SUBMITTED, Involvement.NOT_MINE),
    APPROVED("Approved — ready to publish", RecordStatus.APPROVED, Involvement.ANY),
    SCHEDULED("Scheduled", RecordStatus.SCHEDULED, Involvement.ANY),
    PUBLISHED("Published", RecordStatus.PUBLISHED, Involvement.ANY),
    RETRACTED("Retracted", RecordStatus.RETRACTED, Involvement.ANY);

    /** Whether the user must have authored or edited the current revision, or must not have. */
    public enum Involvement {
        MINE,
        NOT_MINE,
        ANY
    }

    private final String label;
    private final RecordStatus status;
    private final Involvement involvement;

    RecordQueue(String label, RecordStatus status, Involvement involvement) {
        this.label = label;
        this.status = status;
        this.involvement = involvement;
    }

    public String label() {
        return label;
    }

    public RecordStatus status() {
        return status;
    }

    public Involvement involvement() {
        return involvement;
    }

    /** As it appears in addresses: {@code awaiting-review}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<RecordQueue> fromSlug(String slug) {
        for (RecordQueue queue : values()) {
            if (queue.slug().equals(slug)) {
                return java.util.Optional.of(queue);
            }
        }
        return java.util.Optional.empty();
    }
}

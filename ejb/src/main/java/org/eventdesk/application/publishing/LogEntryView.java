package org.eventdesk.application.publishing;

import java.time.Instant;

/**
 * An entry of the publication log as the public sees it.
 *
 * @param note the public correction note or retraction reason, if the entry has one
 */
public record LogEntryView(
        long seq,
        long recordId,
        int version,
        String kind,
        String title,
        String note,
        Instant at,
        String hash,
        String previousHash) {}

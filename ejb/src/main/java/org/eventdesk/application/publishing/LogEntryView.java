package org.eventdesk.application.publishing;

import java.time.Instant;

/** An entry of the publication log as the public sees it. */
public record LogEntryView(
        long seq,
        long recordId,
        int version,
        String kind,
        String title,
        Instant at,
        String hash,
        String previousHash) {}

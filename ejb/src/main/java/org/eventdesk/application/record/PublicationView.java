package org.eventdesk.application.record;

import java.time.Instant;
import org.eventdesk.domain.record.PublicationKind;

/** An entry of the publication log, without its sealed snapshot. */
public record PublicationView(
        long id,
        long recordId,
        int version,
        PublicationKind kind,
        String title,
        String note,
        Instant at,
        String by,
        String approvedBy,
        String hash) {}

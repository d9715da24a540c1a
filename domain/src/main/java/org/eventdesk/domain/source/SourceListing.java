package org.eventdesk.domain.source;

import java.time.Instant;

/** A row of the sources list: what a grid shows, without the texts (which may be megabytes). */
public record SourceListing(
        long id,
        String title,
        String outlet,
        SourceKind kind,
        Instant publishedAt,
        String publishedZone,
        String addedBy,
        Instant addedAt) {}

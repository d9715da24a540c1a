package org.eventdesk.domain.source;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A source as an editor or a partner system hands it in, before the desk accepts it. Nothing is checked here;
 * {@link Source#receive} checks it all at once and names every bad field.
 *
 * @param publishedAt when the report was published, in the zone (or offset) the report gave
 * @param retrievedAt when the sender fetched it; {@code null} for "now"
 * @param raw the input exactly as received: pasted text, uploaded file contents or HTML
 * @param format how {@code raw} is written; {@code null} to detect it
 * @param cleanedText the text evidence will point into
 */
public record SourceSubmission(
        SourceKind kind,
        String title,
        String outlet,
        String author,
        String url,
        ZonedDateTime publishedAt,
        Instant retrievedAt,
        String language,
        String raw,
        InputFormat format,
        String cleanedText) {}

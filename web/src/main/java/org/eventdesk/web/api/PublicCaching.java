package org.eventdesk.web.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eventdesk.application.publishing.LogHead;
import org.eventdesk.application.publishing.PublicDocument;

/**
 * Validators for everything the public reads, so that clients and CDNs can ask "has it changed?" cheaply
 * (RFC 9110: {@code ETag}, {@code Last-Modified}, {@code 304} on {@code If-None-Match} / {@code If-Modified-Since}).
 *
 * <p>A record's answer changes exactly when a new log entry seals it, so its entry hash is a strong validator.
 * Every list, feed and export changes exactly when the log moves, so the log's head is theirs: one row read
 * decides a 304 for any of them. Each representation (JSON, JSON-LD, HTML, CSV…) has a validator of its own.
 *
 * @param etag the entity tag as sent, quotes (and {@code W/}) included
 */
public record PublicCaching(String etag, Instant lastModified) {
    /** Readers and CDNs may keep an answer a minute; a publication shows everywhere within that. */
    public static final String CACHE_CONTROL = "public, max-age=60";

    /** The validator of one sealed document, in one representation. */
    public static PublicCaching of(PublicDocument document, String representation) {
        return new PublicCaching(
                "\"" + document.entryHash().substring(0, 32) + "-" + representation + "\"", document.changedAt());
    }

    /** The validator of a list, feed or export: the head of the log, in one representation. */
    public static PublicCaching of(LogHead head, String representation) {
        return new PublicCaching(
                "W/\"" + head.entries() + "-" + head.lastHash().substring(0, 16) + "-" + representation + "\"",
                head.lastAt().orElse(Instant.EPOCH));
    }

    /** The validators an answer was sent with, read back from its headers. */
    public static PublicCaching fromHeaders(String etag, String lastModified) {
        return new PublicCaching(
                etag,
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
    }

    /** Whether the client's copy is current: {@code If-None-Match} decides when sent, else {@code If-Modified-Since}. */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            String mine = weak(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || weak(tag).equals(mine)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** {@code Last-Modified} as HTTP writes dates. */
    public String lastModifiedHeader() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC));
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} and {@code "x"} match. */
    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

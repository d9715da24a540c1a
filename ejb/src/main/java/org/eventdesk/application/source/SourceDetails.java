package org.eventdesk.application.source;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;

/** A whole source as the source page and the API show it. */
public record SourceDetails(
        long id,
        SourceKind kind,
        String title,
        String outlet,
        String author,
        String url,
        OffsetDateTime publishedAt,
        String publishedZone,
        Instant retrievedAt,
        String language,
        String text,
        String raw,
        InputFormat rawFormat,
        String contentHash,
        String addedBy,
        Instant addedAt) {

    static SourceDetails of(Source source) {
        return new SourceDetails(
                source.getId(),
                source.getKind(),
                source.getTitle(),
                source.getOutlet(),
                source.getAuthor(),
                source.getUrl(),
                source.publishedAtWithOffset(),
                source.getPublishedZone(),
                source.getRetrievedAt(),
                source.getLanguage(),
                source.getCleanedText(),
                source.getRawText(),
                source.getRawFormat(),
                source.getContentHash(),
                source.getAddedBy(),
                source.getAddedAt());
    }
}

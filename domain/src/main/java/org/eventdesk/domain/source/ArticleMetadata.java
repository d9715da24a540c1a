package org.eventdesk.domain.source;

import java.time.OffsetDateTime;

/**
 * What the cleaner could read about an article from its markup or its first lines; every part may be absent.
 * It only prefills the form: the editor confirms or corrects each value before the source is saved.
 */
public record ArticleMetadata(
        String title, String outlet, String author, String url, OffsetDateTime publishedAt, String language) {

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, null, null, null);
    }
}

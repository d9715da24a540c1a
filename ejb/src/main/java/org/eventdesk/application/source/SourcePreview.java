package org.eventdesk.application.source;

import java.util.Optional;
import org.eventdesk.domain.source.CleanedArticle;
import org.eventdesk.domain.source.ExistingSource;

/**
 * What the editor sees before saving: the cleaned text and prefilled metadata, and the source already in the
 * desk if this one is a duplicate of it.
 */
public record SourcePreview(CleanedArticle cleaned, Optional<ExistingSource> duplicateOf) {}

package org.eventdesk.application.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.CanonicalUrl;
import org.eventdesk.domain.source.ContentHash;
import org.eventdesk.domain.source.ExistingSource;
import org.eventdesk.domain.source.SourceListing;
import org.eventdesk.domain.source.SourceQuery;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;

/** Reading sources: the list behind the Sources grid and a source's page. */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class SourceCatalog {
    public static final int MAX_PAGE = 500;

    @Inject
    private SourceRepository sources;

    public List<SourceListing> list(SourceQuery query, int offset, int limit) {
        return sources.list(query, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    public SourceDetails details(long id) {
        return sources.find(id)
                .map(SourceDetails::of)
                .orElseThrow(() -> new NotFoundException("text.thing.source", id));
    }

    public List<String> outletsStartingWith(String prefix, int limit) {
        return sources.outletsStartingWith(prefix, Math.min(limit, 50));
    }

    /**
     * The source that already holds this text or URL. Runs in its own transaction so that it can answer
     * after another transaction's insert lost a race on the unique constraints.
     */
    @RolesAllowed({Role.Names.EDITOR, Role.Names.PARTNER})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ExistingSource> duplicateOf(String cleanedText, String url) {
        Optional<SourceListing> sameText = sources.findByContentHash(ContentHash.of(cleanedText));
        if (sameText.isPresent()) {
            return sameText.map(s -> new ExistingSource(s.id(), s.title(), ExistingSource.Match.SAME_TEXT));
        }
        return CanonicalUrl.of(url)
                .flatMap(sources::findByCanonicalUrl)
                .map(s -> new ExistingSource(s.id(), s.title(), ExistingSource.Match.SAME_URL));
    }
}

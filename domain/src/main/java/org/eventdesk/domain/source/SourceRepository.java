package org.eventdesk.domain.source;

import java.util.List;
import java.util.Optional;

/** Where sources are kept. The model names what it needs; the EJB module implements it with JPA. */
public interface SourceRepository {
    Source store(Source source);

    Optional<Source> find(long id);

    Optional<SourceListing> findByContentHash(String contentHash);

    Optional<SourceListing> findByCanonicalUrl(String canonicalUrl);

    /** Newest first (by the query's order), then by id, so pages never overlap or skip. */
    List<SourceListing> list(SourceQuery query, int offset, int limit);

    /** Listings of the given sources, for showing which sources a record draws on. */
    List<SourceListing> listings(java.util.Collection<Long> ids);

    /** Distinct outlet names beginning with the prefix (case ignored), for filter suggestions. */
    List<String> outletsStartingWith(String prefix, int limit);
}

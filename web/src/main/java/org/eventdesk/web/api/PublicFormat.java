package org.eventdesk.web.api;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The representations the public API answers in, chosen by a file suffix ({@code /events.csv}) or else by the
 * {@code Accept} header, JSON when the client takes anything.
 */
enum PublicFormat {
    JSON(".json", "application/json", "json"),
    JSON_LD(".jsonld", "application/ld+json", "jsonld"),
    CSV(".csv", "text/csv", "csv"),
    GEOJSON(".geojson", "application/geo+json", "geojson");

    static final String JSON_UTF8 = "application/json; charset=UTF-8";

    final String suffix;
    final String mediaType;
    final String tag;

    PublicFormat(String suffix, String mediaType, String tag) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.tag = tag;
    }

    /**
     * @param suffix the path's file suffix, empty for none
     * @param accepted the client's {@code Accept}, most preferred first
     * @param offered what this endpoint can answer in
     * @return empty when the client accepts none of them
     */
    static Optional<PublicFormat> choose(String suffix, List<MediaType> accepted, Set<PublicFormat> offered) {
        if (suffix != null && !suffix.isEmpty()) {
            return offered.stream()
                    .filter(f -> f.suffix.equalsIgnoreCase(suffix))
                    .findFirst();
        }
        for (MediaType type : accepted) {
            if (type.isWildcardType()) {
                return Optional.of(JSON);
            }
            for (PublicFormat format : values()) {
                if (offered.contains(format)
                        && MediaType.valueOf(format.mediaType).isCompatible(type)) {
                    return Optional.of(format);
                }
            }
        }
        return accepted.isEmpty() ? Optional.of(JSON) : Optional.empty();
    }
}

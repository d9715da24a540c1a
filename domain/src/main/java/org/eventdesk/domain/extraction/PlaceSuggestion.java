package org.eventdesk.domain.extraction;

import java.util.List;

/**
 * A place named in the article, as the gazetteer knows it.
 *
 * @param name the gazetteer's name (which may differ from the words used: "Kiev" gives "Kyiv")
 * @param country ISO 3166-1 alpha-2 code
 * @param precision EXACT, NEAR (a city), REGION (a first-level region) or COUNTRY
 * @param alternatives other gazetteer entries with the same name, best first; empty when the name is unique
 */
public record PlaceSuggestion(
        String name,
        String country,
        Double lat,
        Double lon,
        String precision,
        int start,
        int end,
        List<PlaceSuggestion> alternatives) {
    public PlaceSuggestion {
        alternatives = List.copyOf(alternatives);
    }
}

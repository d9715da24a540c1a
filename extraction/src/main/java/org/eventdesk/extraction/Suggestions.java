package org.eventdesk.extraction;

import java.util.List;

/**
 * What the extraction assistant suggests for one article: each list is in text order, and every item points
 * back into the text it came from (character offsets, end exclusive), so an editor can accept it as evidence.
 */
public record Suggestions(
        List<FigureSuggestion> figures,
        List<TimeSuggestion> times,
        List<PlaceSuggestion> places,
        List<ActorSuggestion> actors,
        List<QuoteSuggestion> quotes) {
    public Suggestions {
        figures = List.copyOf(figures);
        times = List.copyOf(times);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }
}

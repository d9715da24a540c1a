package org.eventdesk.web.ui.records.editor;

import java.util.List;
import org.eventdesk.extraction.ActorSuggestion;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.QuoteSuggestion;
import org.eventdesk.extraction.TimeSuggestion;

/** The record being edited, as the source panel's suggestions see it: where an accepted suggestion goes. */
interface SuggestionTarget {
    /** @param key identifies the suggestion within its source, so a part can find its accepted whole */
    void acceptFigure(FigureSuggestion figure, String key, String parentKey, SourcePanel.Selection evidence);

    void acceptTime(TimeSuggestion time, SourcePanel.Selection evidence);

    /** @param evidence every mention of the place */
    void acceptPlace(PlaceSuggestion place, List<SourcePanel.Selection> evidence);

    /** @param evidence every mention of the actor */
    void acceptActor(ActorSuggestion actor, List<SourcePanel.Selection> evidence);

    void acceptQuote(QuoteSuggestion quote, SourcePanel.Selection evidence);
}

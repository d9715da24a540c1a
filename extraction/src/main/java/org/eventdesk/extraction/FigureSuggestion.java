package org.eventdesk.extraction;

import org.eventdesk.domain.record.Amount;

/**
 * A number the article reports, with the words that qualify it.
 *
 * @param category one of the desk's figure category codes (KILLED, INJURED, DRONES_LAUNCHED, ...), or null when
 *     the surrounding words do not say clearly what was counted
 * @param qualifier how the number relates to the truth as worded
 * @param value for EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST and FEWER_THAN
 * @param low for RANGE
 * @param high for RANGE
 * @param numerator for FRACTION ("a third" = 1/3, "90 per cent" = 90/100)
 * @param denominator for FRACTION
 * @param parentIndex index in the figures list of the figure this one is part of ("including two children"),
 *     or null
 * @param start offset of the first character of the number and its qualifier words
 * @param end offset just after them
 * @param text the text between start and end
 */
public record FigureSuggestion(String category, Amount amount, Integer parentIndex, int start, int end, String text) {}

package org.eventdesk.extraction;

import java.time.ZoneId;
import java.util.List;
import org.eventdesk.domain.record.GeoPrecision;

/**
 * A place the article names, once however often it is named, with every mention.
 *
 * @param name the place as the article writes it ("Khmelnytskyi" for "Khmelnytskyi region", "Mykolaiv"), the
 *     gazetteer's name for an abbreviation ("US" gives "United States"); where the article spells it several
 *     ways, the spelling it uses most
 * @param gazetteerName the gazetteer's name for it ("Khmel'nyts'ka Oblast'", "Mykolayiv"), kept as an alias
 * @param country ISO 3166-1 alpha-2 code
 * @param precision NEAR for a city (its point is the centre, not the event's location), REGION or COUNTRY
 * @param zone the place's time zone (a country's most common one), or null when the gazetteer has none
 * @param mentions every place the article names it, in text order; never empty
 * @param alternatives other gazetteer entries with the same name, best first; empty when the name is unique
 */
public record PlaceSuggestion(
        String name,
        String gazetteerName,
        String country,
        Double lat,
        Double lon,
        GeoPrecision precision,
        ZoneId zone,
        List<TextSpan> mentions,
        List<PlaceSuggestion> alternatives) {
    public PlaceSuggestion {
        mentions = List.copyOf(mentions);
        alternatives = List.copyOf(alternatives);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a place suggestion needs a mention");
        }
    }

    /** The gazetteer's name when the article writes the place otherwise ("Mykolayiv" for "Mykolaiv"), else null. */
    public String alias() {
        return gazetteerName.equals(name) ? null : gazetteerName;
    }

    /** Where the article first names it. */
    public int start() {
        return mentions.get(0).start();
    }

    public int end() {
        return mentions.get(0).end();
    }

    /** The same place with only these mentions (those an editor did not reject). */
    public PlaceSuggestion withMentions(List<TextSpan> kept) {
        return new PlaceSuggestion(name, gazetteerName, country, lat, lon, precision, zone, kept, alternatives);
    }
}

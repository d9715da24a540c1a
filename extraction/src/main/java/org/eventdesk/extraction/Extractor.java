package org.eventdesk.extraction;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.extraction.ActorFinder.Mention;

/**
 * The extraction assistant: suggests the figures, times, places, actors and quotes of a news article's cleaned
 * text, for an editor to accept, correct or ignore. It is rule-based, offline and deterministic: the same text
 * and published time always give the same suggestions, nothing is fetched at run time, and every rule is below.
 *
 * <p>The constructor loads the gazetteer and word lists from the classpath once (about half a second); after
 * that an instance holds no mutable state and may be shared by all threads.
 *
 * <h2>Figures</h2>
 *
 * <ul>
 *   <li><b>Numbers</b>: digits ("40", "3,400", "2.5 million", "1.2bn"), number words ("two", "forty-five", "one
 *       hundred and twenty", "a dozen" = about 12, "two dozen"), vague plurals ("dozens" = at least 24,
 *       "hundreds" = at least 200, "thousands", "tens of thousands" = at least 20,000), fractions ("a third of",
 *       "two-thirds of", "half of", "one in five") and percentages ("90 per cent", "90%", as 90/100).
 *   <li><b>Qualifiers</b> from the words right before the number: almost, nearly, about, around, some, roughly,
 *       approximately, an estimated, close to = APPROXIMATE; at least, no fewer/less than, a minimum of =
 *       AT_LEAST; more than, over, upwards of, in excess of = MORE_THAN; up to, at most, as many as, no more than =
 *       AT_MOST; fewer than, less than, under, below = FEWER_THAN. After it: "or more" = AT_LEAST, "or so" and
 *       "-odd" = APPROXIMATE, "-plus" = MORE_THAN. "between X and Y", "X to Y" (not "from X to Y"), "X-Y" and "two
 *       or three" are a RANGE. The suggestion's span covers the number and its qualifier words.
 *   <li><b>Not figures</b>: years (1800-2100 unless a count noun follows), clock times ("11.20am", "2300 GMT",
 *       "7:45"), dates ("27 December"), ordinals ("27th"), ages ("a 34-year-old", "aged 60", "60 years old",
 *       "Olena Koval, 34,"), magnitudes ("magnitude 6.1", "6.1-magnitude"), measures and durations ("10 hours",
 *       "3 km", "a 10-hour alert", "a 60-day ceasefire"), money ("$5m"), decimals that are not scaled counts
 *       ("3.5"), and numbers that are part of a name ("G7", "Group of 20", "F-16", "Flight 370", "Article 5",
 *       "COVID-19"). A compound adjective "N-something" is a measure or a name, not a count — so the "20-point
 *       plan" is not a figure (it describes the plan, it counts nothing that happened); only "N-strong" ("a
 *       5,000-strong crowd") counts. A number written as a word must be in a counting context (a count noun
 *       follows, a casualty verb is next to it, or a qualifier or "including" precedes it), which keeps "one of
 *       the", "the two leaders" and "two years" out.
 *   <li><b>Parts</b>: "including two children", "among them", "of whom" make the figure a part of the nearest
 *       figure before it in the same sentence ({@code parentIndex}); its category is the group it names
 *       (CHILDREN, SOLDIERS, HOSTAGES) when it names one.
 *   <li><b>Category</b> ({@link FigureCategories}): from the verbs after the number ("46 people were wounded"),
 *       then the verbs before it ("killed two"), then the counted noun ("40 missiles"); null when the clause says
 *       nothing clear. Drone and missile counts with "shot down"/"intercepted"/"destroyed" are INTERCEPTED.
 * </ul>
 *
 * <h2>Times</h2>
 *
 * <ul>
 *   <li>Clock times ("11.20am", "2 a.m.", "7:45 am", "2300 GMT") with a zone after them (GMT, UTC, common
 *       abbreviations with fixed offsets, "Kyiv time" and other city zones with their daylight-saving rules). A
 *       bracketed GMT/UTC reading ("11.20am (9.20am GMT)") gives the offset as the difference of the two readings,
 *       kept within -12 h..+14 h, so "2 a.m. local time (2300 GMT)" is +03:00 and its UTC instant falls on the
 *       previous day. A weekday inside the brackets dates the UTC reading ("7:45 am (2345 GMT Sunday)": 23:45 UTC
 *       on the Sunday, 07:45 local on the Monday). Otherwise the date is that of a day named in the same sentence,
 *       else the published date, moved a day back if the time would be later than publication. Without a zone
 *       the local reading has no offset and the UTC reading is null. Precision MINUTE, or HOUR for "2 a.m.".
 *   <li>Weekdays ("on Tuesday", "Sunday's meeting") are the most recent such day on or before the published date,
 *       unless the sentence looks forward ("will", "would", "is due", "scheduled", "expected", "ahead of",
 *       "prepares for", "next Sunday"): then the next such day on or after it. "last Tuesday" is strictly
 *       before. Precision DAY; "Saturday morning" is PART_OF_DAY with the date as its local reading.
 *   <li>"overnight" is the night before the published date; "overnight on Friday" the night starting on that
 *       Friday (local reading: the Friday). "this morning", "tonight", "last night": PART_OF_DAY. "today",
 *       "yesterday", "tomorrow", "27 December", "Dec. 27, 2025": DAY. "earlier this week", "last week": WEEK
 *       ("2025-W52"). "this month", "in December": MONTH ("2025-12").
 *   <li>Without a published time every span is still suggested, with null readings (except explicit dates).
 *   <li><b>Zone</b>: a zone the text names ("Kyiv time") is kept. Otherwise each reading is in the zone of the
 *       places the article is about: the zone its cities and regions are named in most often (every mention
 *       counts), else that of the countries it names, else the zone the publication time was given in when it
 *       is a place's zone (the outlet's), never a bare offset or UTC. A reading whose offset the text gives
 *       ("+02:00") takes that zone only when the zone has that offset then; else it keeps the offset.
 * </ul>
 *
 * <h2>Places</h2>
 *
 * Capitalised words looked up in the {@link Gazetteer} (countries, first-level regions, cities; GeoLite2-derived,
 * see GAZETTEER-ATTRIBUTION.md), longest name first, never inside a person's or organisation's name and never a
 * common word ("Police", "Mobile"). "X region/oblast/province" and "the region of X" are the region named X, or the
 * region of the city X. A name shared by several entries comes with the others as alternatives, ranked by the
 * gazetteer (an alias's target, a country, then prominence; see {@link Gazetteer}). A name without a clear first
 * reading (no rival abroad at least half as prominent) is re-ranked towards the countries the article's clear
 * names belong to ("Victoria" in a story about Canada); a small town abroad that no such country explains is left
 * out ("Whitehall" in a London story is the street, not Whitehall, Michigan). Precision: COUNTRY, REGION, or NEAR
 * for a city (a city's point is its centre, not the event's location). A place is suggested once however often
 * it is named ("Kiev" and "Kyiv" are one place), with every mention, and named as the article writes it most
 * often ("Khmelnytskyi" for "Khmelnytskyi region", "Mykolaiv"; an abbreviation such as "US" takes the gazetteer's
 * name), the gazetteer's name ("Khmel'nyts'ka Oblast'", "Mykolayiv") kept beside it, with the place's zone.
 *
 * <h2>Actors</h2>
 *
 * <ul>
 *   <li>Organisations, armed groups and government bodies from the curated {@code organisations.tsv}.
 *   <li>People: a title or role before a name ("President Volodymyr Zelensky", "US president Donald Trump",
 *       "Mayor Vitali Klitschko"), two or three capitalised words that are no place or organisation ("Vladimir
 *       Putin"), then surnames alone or with a title ("Mr Zelensky", "Putin") normalised to the full name seen
 *       anywhere in the article. Roles are remembered ("US president", "the prime minister" in apposition), so
 *       "the US president" resolves to Donald Trump; a descriptor that resolves to no one is skipped.
 *   <li>States: a country named other than as a location ("Russia launched", not "in Canada"), a capital acting
 *       ("Moscow launched", "Kyiv wants"); "civilians" gives CIVILIANS. An actor (name and kind) is suggested
 *       once, with every mention.
 * </ul>
 *
 * <h2>Quotes</h2>
 *
 * Words between curly or straight double quotes (two words at least), paragraph by paragraph; an unclosed quote
 * runs to the end of its paragraph, and a paragraph opening with a quote and no attribution continues the previous
 * speaker, as does a second quote in the same paragraph. The speaker comes from the words after the quote ("he
 * wrote", "the US president told Politico", "said Mr Smith", "according to X"), else from the last "X said" before
 * it in its sentence ("Mr Zelensky said the country has its 'red lines'"), else from the sentence's first named
 * person ("Fiona Marsh condemned ... and said '...'"). "he"/"she" is the first person named (not in a possessive,
 * not inside quotes) in the nearest sentence before that names one, up to three back: the subject of "President
 * Zelensky said ... Putin's 'true attitude'." is who the next "'...,' he wrote" means. The medium comes from the
 * same sentence: "in a
 * post on X"/"on Telegram" = "post on X", "told Politico" = "interview with Politico", "told reporters" =
 * "remarks to reporters", "in a statement", "video address", "press conference".
 */
public final class Extractor {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public Extractor() {
        this.gazetteer = new Gazetteer();
        this.lexicon = new Lexicon();
    }

    /**
     * @param text the cleaned text of an article (paragraphs separated by line breaks)
     * @param publishedAt when it was published, with its zone; null leaves times unresolved
     */
    public Suggestions extract(String text, ZonedDateTime publishedAt) {
        Objects.requireNonNull(text, "text");
        Tokens tokens = new Tokens(text);
        List<FigureSuggestion> figures = new FigureFinder(tokens).find();
        ActorFinder actors = new ActorFinder(tokens, lexicon, gazetteer);
        actors.findOrganisationsAndPeople();
        List<PlaceFinder.Found> found = new PlaceFinder(tokens, gazetteer, actors).find();
        ZoneId articleZone = articleZone(found, publishedAt);
        List<TimeSuggestion> times = new TimeFinder(tokens, publishedAt)
                .find().stream().map(t -> t.inZone(articleZone)).toList();
        List<PlaceSuggestion> places = PlaceFinder.suggestions(tokens, found);
        List<QuoteSuggestion> quotes = new QuoteFinder(tokens, actors).find();
        return new Suggestions(figures, times, places, actorSuggestions(tokens, actors, found), quotes);
    }

    /**
     * The zone of the places the article is about: the zone its cities and regions are named in most often
     * (counting every mention, the first named of equals), else that of the countries it names, else the zone
     * of its publication time when that is a place's zone (the outlet's, not a bare offset or UTC).
     */
    static ZoneId articleZone(List<PlaceFinder.Found> places, ZonedDateTime publishedAt) {
        ZoneId local = mostNamedZone(places, false);
        if (local != null) {
            return local;
        }
        ZoneId national = mostNamedZone(places, true);
        if (national != null) {
            return national;
        }
        if (publishedAt == null) {
            return null;
        }
        ZoneId outlet = publishedAt.getZone();
        boolean aPlacesZone =
                !(outlet instanceof ZoneOffset) && !outlet.normalized().equals(ZoneOffset.UTC);
        return aPlacesZone ? outlet : null;
    }

    private static ZoneId mostNamedZone(List<PlaceFinder.Found> places, boolean countries) {
        Map<ZoneId, Integer> mentions = new LinkedHashMap<>();
        for (PlaceFinder.Found f : places) {
            Gazetteer.Entry e = f.ranked().get(0);
            if ((e.kind() == Gazetteer.Kind.COUNTRY) == countries && e.zone() != null) {
                mentions.merge(e.zone(), 1, Integer::sum);
            }
        }
        ZoneId best = null;
        int most = 0;
        for (Map.Entry<ZoneId, Integer> m : mentions.entrySet()) {
            if (m.getValue() > most) {
                best = m.getKey();
                most = m.getValue();
            }
        }
        return best;
    }

    /** One suggestion per actor (name and kind), every mention kept, in the order of first mention. */
    private List<ActorSuggestion> actorSuggestions(Tokens t, ActorFinder actors, List<PlaceFinder.Found> places) {
        record Named(String name, ActorKind kind, TextSpan span) {}
        List<Named> out = new ArrayList<>();
        for (Mention m : actors.mentions) {
            out.add(new Named(
                    m.name(), ActorKind.valueOf(m.kind()), new TextSpan(t.get(m.first()).start, endOf(t, m.last()))));
        }
        for (PlaceFinder.Found f : places) {
            Gazetteer.Entry e = f.ranked().get(0);
            boolean located = locative(t, f.first());
            TextSpan span = new TextSpan(t.get(f.first()).start, endOf(t, f.last()));
            if (e.kind() == Gazetteer.Kind.COUNTRY) {
                // "US" in "US president Donald Trump" names the country of a person's role, not a state acting;
                // "the US military said" is the state acting.
                if (!located && !personRoleAfter(t, f.last())) {
                    out.add(new Named(e.name(), ActorKind.STATE, span));
                }
                continue;
            }
            String surface = t.get(f.first()).text;
            String state = Lexicon.METONYMS.get(surface);
            if (state != null && f.first() == f.last() && !located && ActorFinder.actsAsState(t, f.last())) {
                Gazetteer.Entry country = gazetteer.country(state);
                if (country != null) {
                    out.add(new Named(country.name(), ActorKind.STATE, span));
                }
            }
        }
        out.sort((a, b) -> a.span().start() != b.span().start()
                ? Integer.compare(a.span().start(), b.span().start())
                : a.name().compareTo(b.name()));
        Map<String, List<Named>> byActor = new LinkedHashMap<>();
        for (Named n : out) {
            byActor.computeIfAbsent(n.kind() + "|" + n.name(), k -> new ArrayList<>())
                    .add(n);
        }
        List<ActorSuggestion> grouped = new ArrayList<>(byActor.size());
        for (List<Named> mentions : byActor.values()) {
            grouped.add(new ActorSuggestion(
                    mentions.get(0).name(),
                    mentions.get(0).kind(),
                    mentions.stream().map(Named::span).toList()));
        }
        return grouped;
    }

    /** Role words after token k that make a person's role ("president", "Secretary of State"). */
    private static boolean personRoleAfter(Tokens t, int k) {
        for (int j = k + 1; j < t.size() && j <= k + 4 && Lexicon.isRoleWord(t.lower(j)); j++) {
            if (Lexicon.ROLE_HEADS.contains(t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static int endOf(Tokens t, int last) {
        int end = t.get(last).end;
        String text = t.text;
        if (end >= 2
                && (text.startsWith("’s", end - 2) || text.startsWith("'s", end - 2))
                && t.get(last).text.length() > 2) {
            return end - 2;
        }
        return end;
    }

    /** "in Canada", "in neighbouring Chad", "off the southern Philippines": a location, not an actor. */
    private static boolean locative(Tokens t, int first) {
        int k = first - 1;
        int skipped = 0;
        while (k >= 0
                && skipped < 2
                && t.get(k).isWord()
                && !t.get(k).capitalised()
                && !isLocative(t.lower(k))
                && (t.lower(k).equals("the")
                        || t.lower(k).endsWith("ern")
                        || t.lower(k).endsWith("ing")
                        || t.lower(k).equals("central"))) {
            k--;
            skipped++;
        }
        return isLocative(t.lower(k));
    }

    private static boolean isLocative(String previousLower) {
        return switch (previousLower) {
            case "in",
                    "to",
                    "from",
                    "into",
                    "across",
                    "near",
                    "towards",
                    "toward",
                    "through",
                    "via",
                    "inside",
                    "outside",
                    "within",
                    "throughout",
                    "around",
                    "visit",
                    "visited",
                    "visiting",
                    "leave",
                    "left",
                    "leaving",
                    "reach",
                    "reached",
                    "entered",
                    "enter",
                    "off",
                    "struck",
                    "hit" -> true;
            default -> false;
        };
    }
}

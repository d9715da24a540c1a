package org.eventdesk.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventdesk.extraction.Gazetteer.Entry;
import org.eventdesk.extraction.Tokens.Token;

/**
 * Finds gazetteer places in capitalised words, longest name first, outside organisations and people. "X region",
 * "X oblast", "X province" and "the region of X" read X as a first-level region. An ambiguous name is ranked by
 * the gazetteer and then re-ranked towards countries the article names unambiguously; the others are returned
 * as alternatives.
 */
final class PlaceFinder {
    /** Common capitalised words that are also small places somewhere ("Police", "Mobile", "Most"). */
    private static final Set<String> NOT_PLACES =
            Tokens.words("police mobile most reading bath nice split sale deal hope mar may march august canyon "
                    + "independence liberty union unity victory president mayor minister mr mrs ms said "
                    + "security emergency kinzhals shaheds x sunday monday tuesday wednesday thursday friday "
                    + "saturday best more many central eastern western northern southern north south east west "
                    + "university college church hospital bay lake river sea ocean island islands city new old "
                    + "san santa la el le los las de del of the a an and in on at for but he she it they we i "
                    + "this that there what when where who how why all no yes top our picks one related "
                    + "download already sign get start stories world europe asia africa opposition parliament "
                    + "government ministry office army navy court as if so by with from after before during "
                    + "while since until authorities officials residents rescuers firefighters troops soldiers "
                    + "lincoln jackson clinton washington's marion warren franklin florence hamilton kent "
                    + "orange buffalo eagle phoenix mission progress friendship paradise enterprise justice "
                    + "peace truth faith unity trust republic state states district county region province "
                    + "oblast capital centre center park street road square bridge station airport port harbour "
                    + "beach hill hills valley mountain mountains forest desert coast border frontline front "
                    + "line zone base camp market mall plaza tower hall house palace gate temple mosque "
                    + "cathedral school stadium arena museum library theatre theater cinema hotel restaurant "
                    + "cafe bar club office plant factory mine dam canal tunnel highway motorway avenue "
                    + "boulevard lane drive way place court terrace gardens green common commons field fields "
                    + "wood woods ministry's power energy grid heat water gas oil fire rain snow wind storm "
                    + "flood quake earthquake aid health reporting additional update live ukrainian russian "
                    + "american british french german israeli palestinian iranian chinese canadian syrian "
                    + "lebanese turkish polish italian spanish japanese");
    /** Words before a name that make it a different place: "Latin America", "South Sudan" is in the gazetteer. */
    private static final Set<String> MODIFIERS =
            Tokens.words("north south east west northern southern eastern western central latin new upper lower "
                    + "greater little great");

    private static final Set<String> REGION_WORDS =
            Tokens.words("region oblast province governorate state krai prefecture regions oblasts provinces");
    private static final Set<String> REGION_CUES = Tokens.words("region oblast province");
    private static final Set<String> INNER =
            Tokens.words("of and the de del al el - upon on la le da do dos das sur am an der im");

    /**
     * A place found, with the token range it covers and the name as the article writes it ("Khmelnytskyi" in
     * "Khmelnytskyi region", without a possessive's "'s").
     */
    record Found(int first, int last, List<Entry> ranked, String written) {
        Found(int first, int last, List<Entry> ranked, Tokens t) {
            this(first, last, ranked, Tokens.withoutPossessive(t.text.substring(t.get(first).start, t.get(last).end)));
        }
    }

    private final Tokens t;
    private final Gazetteer gazetteer;
    private final ActorFinder actors;

    PlaceFinder(Tokens tokens, Gazetteer gazetteer, ActorFinder actors) {
        this.t = tokens;
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    List<Found> find() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Found f = placeAt(i);
            if (f == null) {
                i++;
                continue;
            }
            found.add(f);
            i = f.last + 1;
        }
        return rerank(found);
    }

    private Found placeAt(int i) {
        Token tok = t.get(i);
        // "the region of Donetsk", "the Kyiv and Kharkiv regions" (the first only)
        if (tok.isWord()
                && (tok.is("region") || tok.is("oblast") || tok.is("province"))
                && t.lower(i + 1).equals("of")) {
            Found inner = nameAt(i + 2);
            if (inner != null) {
                List<Entry> regions = regionsFor(inner);
                if (!regions.isEmpty()) {
                    return new Found(i, inner.last, regions, inner.written);
                }
            }
            return null;
        }
        Found name = nameAt(i);
        if (name == null) {
            return null;
        }
        String after = t.lower(name.last + 1);
        if (REGION_WORDS.contains(after) && t.get(name.last + 1).isWord()) {
            List<Entry> regions = regionsFor(name);
            if (!regions.isEmpty()) {
                return new Found(name.first, name.last + 1, regions, name.written);
            }
        }
        return name;
    }

    /** The longest run of capitalised words at i that the gazetteer knows. */
    private Found nameAt(int i) {
        Token tok = t.get(i);
        if (tok == null || !tok.capitalised() || actors.claimed(i)) {
            return null;
        }
        if (i > 0
                && t.joined(i - 1)
                && (t.lower(i - 1).equals("-") || t.get(i - 1).isWord())) {
            return null; // inside "Mar-a-Lago"
        }
        if (i > 0 && t.get(i - 1).capitalised() && MODIFIERS.contains(t.lower(i - 1))) {
            return null; // "Latin America", "South Korea" when only "Korea" were known
        }
        int words = gazetteer.longestStartingWithKey(tok.key());
        if (words == 0 && !REGION_CUES.contains(tok.lower)) {
            return null;
        }
        int max = Math.min(words * 2, 8);
        for (int n = max; n >= 1; n--) {
            int last = i + n - 1;
            if (last >= t.size() || !runOk(i, last)) {
                continue;
            }
            if (n == 1 && NOT_PLACES.contains(tok.bare)) {
                return null;
            }
            String surface = n == 1
                    ? Tokens.withoutPossessive(tok.text)
                    : Tokens.withoutPossessive(t.text.substring(tok.start, t.get(last).end));
            List<Entry> entries = n == 1 ? gazetteer.lookup(surface, tok.key()) : gazetteer.lookup(surface);
            if (entries.isEmpty()) {
                continue;
            }
            // "Lago" in "Mar-a-Lago", "York" in "New York Times": a hyphen or a name word glued after the match
            if (t.joined(last)
                    && t.lower(last + 1).equals("-")
                    && t.get(last + 2) != null
                    && t.get(last + 2).isWord()) {
                return null;
            }
            return new Found(i, last, entries, t);
        }
        return null;
    }

    private boolean runOk(int first, int last) {
        for (int k = first; k <= last; k++) {
            Token tok = t.get(k);
            if (tok == null || actors.claimed(k)) {
                return false;
            }
            if (t.sentenceOf[k] != t.sentenceOf[first]) {
                return false;
            }
            boolean inner = k > first && k < last && INNER.contains(tok.lower);
            boolean abbreviationDot =
                    tok.text.equals(".") && k > first && t.get(k - 1).text.length() == 1;
            if (!tok.capitalised() && !inner && !abbreviationDot) {
                return false;
            }
            if (k > first && !t.joined(k - 1) && tok.kind == Tokens.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** "Donetsk region": regions with that bare name, else the region of the best city with that name. */
    private List<Entry> regionsFor(Found name) {
        String surface = t.text.substring(t.get(name.first).start, t.get(name.last).end);
        List<Entry> regions = new ArrayList<>(gazetteer.regions(surface));
        if (!regions.isEmpty()) {
            return regions;
        }
        for (Entry e : name.ranked) {
            if (e.kind() == Gazetteer.Kind.CITY && e.region() != null) {
                Entry r = gazetteer.region(e.region());
                if (r != null && !regions.contains(r)) {
                    regions.add(r);
                }
            }
            if (e.kind() == Gazetteer.Kind.REGION && !regions.contains(e)) {
                regions.add(e);
            }
        }
        return regions;
    }

    /** Below this share of its country's networks (times three for a city) a city is a small place. */
    private static final double TINY = 0.002;

    /** A name read one way: a country, an alias, or a sizeable place far ahead of any reading abroad. */
    private static boolean confident(List<Entry> ranked) {
        Entry best = ranked.get(0);
        if (best.kind() == Gazetteer.Kind.COUNTRY || best.preferred()) {
            return true;
        }
        if (best.share() < TINY) {
            return false;
        }
        // The rival that matters is the best reading in another country: Geneva the city and Geneva the canton
        // are one answer to "where".
        for (Entry rival : ranked) {
            if (!rival.country().equals(best.country())) {
                return best.score() >= 2 * rival.score();
            }
        }
        return true;
    }

    /** Names the article resolves without doubt pull ambiguous ones towards their countries. */
    private List<Found> rerank(List<Found> found) {
        Set<String> countries = new HashSet<>();
        for (Found f : found) {
            if (confident(f.ranked)) {
                countries.add(f.ranked.get(0).country());
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            // A small place abroad when the article is about somewhere else: "Whitehall" in a London story is
            // the street, not Whitehall, Michigan.
            if (!countries.isEmpty()
                    && f.ranked.stream().noneMatch(e -> countries.contains(e.country()))
                    && !f.ranked.get(0).preferred()
                    && f.ranked.get(0).kind() == Gazetteer.Kind.CITY
                    && f.ranked.get(0).share() < TINY) {
                continue;
            }
            // Only a name without a clear first reading is re-ranked: "Paris" stays in France in a story that
            // also names Texas, but "Victoria" in a story about Canada is Victoria, British Columbia.
            if (f.ranked.size() < 2
                    || confident(f.ranked)
                    || countries.contains(f.ranked.get(0).country())) {
                out.add(f);
                continue;
            }
            List<Entry> reranked = new ArrayList<>(f.ranked);
            reranked.sort((a, b) -> Boolean.compare(countries.contains(b.country()), countries.contains(a.country())));
            out.add(new Found(f.first, f.last, reranked, f.written));
        }
        return out;
    }

    /**
     * One suggestion per place however often the article names it (by its first reading, so "Kiev" and "Kyiv"
     * are one place), in the order of first mention, named as the article writes it most often.
     */
    static List<PlaceSuggestion> suggestions(Tokens t, List<Found> found) {
        Map<String, List<Found>> byPlace = new LinkedHashMap<>();
        for (Found f : found) {
            Entry e = f.ranked.get(0);
            byPlace.computeIfAbsent(
                            e.kind() + "|" + e.country() + "|" + e.region() + "|" + e.name(), k -> new ArrayList<>())
                    .add(f);
        }
        List<PlaceSuggestion> out = new ArrayList<>(byPlace.size());
        for (List<Found> mentions : byPlace.values()) {
            Found first = mentions.get(0);
            List<TextSpan> spans = mentions.stream().map(f -> span(t, f)).toList();
            Entry best = first.ranked.get(0);
            List<PlaceSuggestion> alternatives = new ArrayList<>();
            for (int k = 1; k < first.ranked.size() && k <= 5; k++) {
                Entry e = first.ranked.get(k);
                alternatives.add(new PlaceSuggestion(
                        e.name(), e.name(), e.country(), e.lat(), e.lon(), e.precision(), e.zone(), spans, List.of()));
            }
            out.add(new PlaceSuggestion(
                    writtenName(mentions, best),
                    best.name(),
                    best.country(),
                    best.lat(),
                    best.lon(),
                    best.precision(),
                    best.zone(),
                    spans,
                    alternatives));
        }
        return out;
    }

    /**
     * The spelling the article uses most (the first of equals); an abbreviation ("US", "U.S.") is no name for a
     * record, so it counts as the gazetteer's.
     */
    private static String writtenName(List<Found> mentions, Entry best) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : mentions) {
            boolean abbreviation = f.written.chars().noneMatch(Character::isLowerCase);
            counts.merge(abbreviation ? best.name() : f.written, 1, Integer::sum);
        }
        String name = null;
        int most = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > most) {
                name = c.getKey();
                most = c.getValue();
            }
        }
        return name;
    }

    private static TextSpan span(Tokens t, Found f) {
        int start = t.get(f.first).start;
        int end = t.get(f.last).end;
        if (t.text.startsWith("’s", end - 2) || t.text.startsWith("'s", end - 2)) {
            end -= 2;
        }
        return new TextSpan(start, end);
    }
}

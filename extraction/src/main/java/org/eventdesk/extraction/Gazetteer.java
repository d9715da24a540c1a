package org.eventdesk.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eventdesk.domain.record.GeoPrecision;

/**
 * Countries, first-level regions and cities with coordinates, read once from the classpath: {@code
 * gazetteer.tsv} (generated at build time from GeoLite2, see GAZETTEER-ATTRIBUTION.md) and the project's own
 * {@code place-aliases.tsv} and {@code places-added.tsv} (cities GeoLite2 lacks). Immutable after construction, so one instance serves every thread.
 *
 * <p>Names are looked up normalised (lower case, no accents, no apostrophes, hyphens as spaces). Entries that
 * share a name are ranked: an alias's own target first, then a country, then by {@link Entry#score()}. The data
 * set has no population, so prominence is estimated from the IP networks located in a place: the {@link
 * Entry#share()} of its country's networks (cities counted three times, since a city and its region often share a
 * name and the city is what a reporter usually means) times the logarithm of their number. The share alone keeps
 * Damascus in Syria ahead of Damascus, Maryland; the logarithm keeps a tiny country's town from outranking a big
 * country's state (Victoria, Australia before Victoria, Seychelles).
 */
final class Gazetteer {
    enum Kind {
        COUNTRY,
        REGION,
        CITY
    }

    /**
     * @param share the place's share of its country's IP networks (times three for a city)
     * @param score the ranking score: sqrt(share) * log10(1 + networks)
     * @param preferred the first reading of an alias ("Washington" is the capital)
     * @param zone the time zone most of the place's networks are in (a country's most common one), or null
     */
    record Entry(
            Kind kind,
            String country,
            String region,
            String name,
            double lat,
            double lon,
            double share,
            double score,
            boolean preferred,
            ZoneId zone) {
        GeoPrecision precision() {
            return switch (kind) {
                case COUNTRY -> GeoPrecision.COUNTRY;
                case REGION -> GeoPrecision.REGION;
                case CITY -> GeoPrecision.NEAR;
            };
        }
    }

    private static final String RESOURCE = "/org/eventdesk/extraction/gazetteer.tsv";
    private static final String ALIASES = "/org/eventdesk/extraction/place-aliases.tsv";
    /** Cities GeoLite2 lacks (it knows cities by their internet allocations), in the generated file's columns. */
    private static final String ADDED = "/org/eventdesk/extraction/places-added.tsv";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Comparator<Entry> RANK = Comparator.comparingInt((Entry e) -> e.preferred ? 0 : 1)
            .thenComparingInt((Entry e) -> e.kind == Kind.COUNTRY ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Entry::score).reversed())
            .thenComparing(Entry::name)
            .thenComparing(Entry::country);

    private final Map<String, List<Entry>> byName = new HashMap<>();
    /** Regions under their bare names ("donetsk" for "Donets'ka Oblast'"), for "X region" and "region of X". */
    private final Map<String, List<Entry>> regionsByBareName = new HashMap<>();

    private final Map<String, Entry> regionsByCode = new HashMap<>();
    private final Map<String, Entry> countriesByCode = new HashMap<>();
    /** Aliases that must match in capitals ("US", "UK"). */
    private final Map<String, Boolean> capitalsOnly = new HashMap<>();

    private final Map<String, Integer> longestByFirstWord = new HashMap<>();

    Gazetteer() {
        Map<String, Long> countryWeight = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String resource : List.of(RESOURCE, ADDED)) {
            try (BufferedReader in = open(resource)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    rows.add(f);
                    if (f[0].equals("C")) {
                        countryWeight.put(f[1], Long.parseLong(f[5]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String[] f : rows) {
            Entry e;
            switch (f[0]) {
                case "C" -> {
                    e = new Entry(Kind.COUNTRY, f[1], null, f[2], d(f[3]), d(f[4]), 1.0, 1000.0, false, zone(f, 6));
                    countriesByCode.put(e.country, e);
                }
                case "R" -> {
                    double share = share(f[6], countryWeight.get(f[1]));
                    e = new Entry(
                            Kind.REGION,
                            f[1],
                            f[2],
                            f[3],
                            d(f[4]),
                            d(f[5]),
                            share,
                            score(share, f[6]),
                            false,
                            zone(f, 7));
                    regionsByCode.put(e.region, e);
                    for (String bare : bareRegionNames(e.name)) {
                        regionsByBareName
                                .computeIfAbsent(bare, k -> new ArrayList<>())
                                .add(e);
                    }
                }
                default -> {
                    double share = 3 * share(f[6], countryWeight.get(f[1]));
                    e = new Entry(
                            Kind.CITY,
                            f[1],
                            f[2].isEmpty() ? null : f[2],
                            f[3],
                            d(f[4]),
                            d(f[5]),
                            share,
                            score(share, f[6]),
                            false,
                            zone(f, 7));
                }
            }
            add(normalise(e.name), e);
        }
        loadAliases();
        byName.values().forEach(list -> list.sort(RANK));
        // A region named exactly so ("Kyiv") before one that only strips to it ("Kyiv City"), then by rank.
        regionsByBareName.forEach((key, list) ->
                list.sort(Comparator.comparingInt((Entry e) -> normalise(e.name).equals(key) ? 0 : 1)
                        .thenComparing(RANK)));
    }

    private static double share(String weight, Long countryWeight) {
        return countryWeight == null || countryWeight == 0 ? 0 : Double.parseDouble(weight) / countryWeight;
    }

    private static double score(double share, String networks) {
        return Math.sqrt(share) * Math.log10(1 + Double.parseDouble(networks));
    }

    /** The zone column, absent from a gazetteer built before zones were kept (then no zone is suggested). */
    private static ZoneId zone(String[] f, int column) {
        if (f.length <= column || f[column].isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(f[column]);
        } catch (DateTimeException unknownToThisJdk) {
            return null;
        }
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private void add(String key, Entry e) {
        List<Entry> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
        noteLength(e.name, key);
    }

    private void noteLength(String name, String key) {
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        longestByFirstWord.merge(firstWordKey(name), words, Math::max);
    }

    private void loadAliases() {
        try (BufferedReader in = open(ALIASES)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String alias = f[0];
                Entry target = find(f[1], f[2], f[3], f.length > 4 ? f[4] : null);
                if (target == null) {
                    continue; // the data set changed; the alias is harmless without its target
                }
                String key = normalise(alias);
                // The alias's target becomes the first reading: boost it above everything with that name.
                Entry preferred = new Entry(
                        target.kind,
                        target.country,
                        target.region,
                        target.name,
                        target.lat,
                        target.lon,
                        target.share,
                        target.score,
                        true,
                        target.zone);
                List<Entry> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
                list.removeIf(x -> x.kind == target.kind
                        && x.name.equals(target.name)
                        && x.country.equals(target.country)
                        && java.util.Objects.equals(x.region, target.region));
                list.add(preferred);
                noteLength(alias, key);
                if (alias.length() > 1 && alias.replace(".", "").chars().allMatch(Character::isUpperCase)) {
                    capitalsOnly.put(key, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Entry find(String kind, String country, String name, String region) {
        for (Entry e : byName.getOrDefault(normalise(name), List.of())) {
            Kind k = kind.equals("C") ? Kind.COUNTRY : kind.equals("R") ? Kind.REGION : Kind.CITY;
            if (e.kind == k && e.country.equals(country) && (region == null || region.equals(e.region))) {
                return e;
            }
        }
        return null;
    }

    private static BufferedReader open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "missing classpath resource " + resource
                            + " (the gazetteer is generated by the extraction module's build: mvn -pl extraction generate-resources)");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static final Pattern REGION_PREFIX =
            Pattern.compile("^(autonomous republic of|republic of|state of|province of) ");
    private static final Pattern REGION_SUFFIX = Pattern.compile(" (oblast|region|province|governorate|state|krai"
            + "|kray|oblysy|voivodeship|county|district|prefecture|department|municipality|city)$");

    /** "Donets'ka Oblast'" also answers to "donetsk" and "donetska"; "Kharkivs'ka Oblast'" to "kharkiv". */
    static List<String> bareRegionNames(String name) {
        String n = normalise(name);
        List<String> out = new ArrayList<>();
        out.add(n);
        String stripped =
                REGION_SUFFIX.matcher(REGION_PREFIX.matcher(n).replaceFirst("")).replaceFirst("");
        if (!stripped.equals(n)) {
            out.add(stripped);
        }
        if (stripped.endsWith("ska") && stripped.length() > 5) {
            out.add(stripped.substring(0, stripped.length() - 3));
            out.add(stripped.substring(0, stripped.length() - 1));
        }
        return out;
    }

    static String normalise(String s) {
        // Fast path for plain ASCII, which is nearly every lookup: the extractor calls this for each candidate name.
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F) {
                return normaliseUnicode(s);
            }
            if (c == '\'' || c == '.' || c == ',') {
                continue;
            }
            if (c == '-' || Character.isWhitespace(c)) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /**
     * The leading token of a name as a lookup key, cut as {@link Tokens} cuts text: "u" for "U.S.", "g" for "G7",
     * "ivano" for "Ivano-Frankivsk".
     */
    static String firstWordKey(String s) {
        int end = 0;
        boolean digits = !s.isEmpty() && Character.isDigit(s.charAt(0));
        while (end < s.length()) {
            char c = s.charAt(end);
            boolean part = digits
                    ? Character.isDigit(c)
                    : Character.isLetter(c)
                            || Character.getType(c) == Character.NON_SPACING_MARK
                            || (end > 0
                                    && (c == '\'' || c == '’')
                                    && end + 1 < s.length()
                                    && Character.isLetter(s.charAt(end + 1)));
            if (!part) {
                break;
            }
            end++;
        }
        return normalise(Tokens.withoutPossessive(s.substring(0, end)));
    }

    private static String normaliseUnicode(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        return n.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("’", "")
                .replace("ʼ", "")
                .replace("-", " ")
                .replace(".", "")
                .replace(",", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Entries with this name, best first; empty when none. */
    List<Entry> lookup(String surface) {
        return lookup(surface, normalise(surface));
    }

    /** As {@link #lookup(String)}, with the surface's key already computed. */
    List<Entry> lookup(String surface, String key) {
        List<Entry> found = byName.get(key);
        if (found == null) {
            return List.of();
        }
        if (capitalsOnly.containsKey(key) && !surface.replace(".", "").chars().allMatch(Character::isUpperCase)) {
            return List.of();
        }
        return found;
    }

    /** Regions answering to a bare name ("Donetsk", "Kyiv"), best first. */
    List<Entry> regions(String bareName) {
        return regionsByBareName.getOrDefault(normalise(bareName), List.of());
    }

    Entry region(String code) {
        return code == null ? null : regionsByCode.get(code);
    }

    Entry country(String code) {
        return countriesByCode.get(code);
    }

    /** The most words of any name starting with this word (0: no name does), to skip most words at once. */
    int longestStartingWith(String firstWord) {
        return longestStartingWithKey(normalise(firstWord));
    }

    int longestStartingWithKey(String key) {
        return longestByFirstWord.getOrDefault(key, 0);
    }
}

package org.eventdesk.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the actor and quote rules use: the curated organisations ({@code organisations.tsv}), role and
 * title words, demonyms, and capitalised words that never start a person's name. Immutable after loading.
 */
final class Lexicon {
    record Organisation(String name, String kind) {}

    private static final String ORGANISATIONS = "/org/eventdesk/extraction/organisations.tsv";

    /** Normalised alias ("red cross") to organisation. */
    final Map<String, Organisation> organisations = new HashMap<>();
    /** Aliases that match only in capitals ("UN", "WHO", "EU"). */
    final Set<String> capitalsOnly;

    int longestOrganisation;
    /** Most words of an organisation name starting with a given word. */
    final Map<String, Integer> longestByFirstWord = new HashMap<>();

    Lexicon() {
        Set<String> capitals = new java.util.HashSet<>();
        InputStream raw = Lexicon.class.getResourceAsStream(ORGANISATIONS);
        if (raw == null) {
            throw new IllegalStateException("missing classpath resource " + ORGANISATIONS);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Organisation org = new Organisation(f[1], f[0]);
                addOrganisation(f[1], org, capitals);
                if (f.length > 2 && !f[2].isBlank()) {
                    for (String alias : f[2].split("\\|")) {
                        addOrganisation(alias, org, capitals);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.capitalsOnly = Set.copyOf(capitals);
    }

    private void addOrganisation(String alias, Organisation org, Set<String> capitals) {
        String key = Gazetteer.normalise(alias.replaceFirst("^the ", ""));
        organisations.put(key, org);
        longestOrganisation = Math.max(longestOrganisation, key.split(" ").length);
        String bare = alias.replaceFirst("^the ", "");
        longestByFirstWord.merge(Gazetteer.firstWordKey(bare), key.split(" ").length, Math::max);
        String letters = alias.replace(".", "");
        if (letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            capitals.add(key);
        }
    }

    /** Words that can make up a role or title before a name: "US president", "Foreign Minister", "Mr". */
    static final Set<String> ROLE_WORDS =
            Tokens.words("president prime minister mayor governor foreign defence defense secretary general sheriff "
                    + "chancellor king queen prince princess crown pope colonel commander senator sen rep "
                    + "representative judge justice ambassador dr mr mrs ms sheikh ayatollah premier speaker "
                    + "chief captain capt lieutenant lt sergeant sgt professor prof bishop archbishop cardinal "
                    + "emir sultan deputy vice interior health finance home economy spokesman spokeswoman "
                    + "spokesperson envoy leader head director commissioner chairman chairwoman chair ceo "
                    + "lawmaker mp councillor gen col supreme police army military opposition former acting "
                    + "regional state of vice-president secretary-general president-elect governor-general "
                    + "officer official negotiator adviser advisor aide coach striker rapper singer actor "
                    + "author dictator warlord cleric rabbi imam chief-of-staff administrator superintendent "
                    + "inspector detective constable marshal admiral major brigadier field air intelligence "
                    + "security national top senior veteran mp mep");

    /** The heads of roles ("president" in "US president"), used to resolve "the US president". */
    static final Set<String> ROLE_HEADS =
            Tokens.words("president minister mayor governor secretary chancellor king queen prince pope commander "
                    + "senator judge ambassador premier speaker chief leader envoy head director spokesman "
                    + "spokeswoman spokesperson general emir negotiator president-elect secretary-general "
                    + "vice-president");

    /** Heads that stand for any head of state or government when resolving "the Ukrainian leader". */
    static final Set<String> LEADER_HEADS =
            Tokens.words("president minister chancellor king premier leader queen emir");

    /** Honorifics: part of the mention, not of the role. */
    static final Set<String> HONORIFICS = Tokens.words("mr mrs ms dr miss mx sir dame lord lady");

    /** Demonyms and country possessives to ISO codes, for roles ("Ukrainian leader") and forces. */
    static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("russian", "RU"),
            Map.entry("russia's", "RU"),
            Map.entry("ukrainian", "UA"),
            Map.entry("ukraine's", "UA"),
            Map.entry("us", "US"),
            Map.entry("u.s", "US"),
            Map.entry("american", "US"),
            Map.entry("america's", "US"),
            Map.entry("british", "GB"),
            Map.entry("uk", "GB"),
            Map.entry("britain's", "GB"),
            Map.entry("french", "FR"),
            Map.entry("france's", "FR"),
            Map.entry("german", "DE"),
            Map.entry("germany's", "DE"),
            Map.entry("canadian", "CA"),
            Map.entry("canada's", "CA"),
            Map.entry("israeli", "IL"),
            Map.entry("israel's", "IL"),
            Map.entry("palestinian", "PS"),
            Map.entry("iranian", "IR"),
            Map.entry("iran's", "IR"),
            Map.entry("chinese", "CN"),
            Map.entry("china's", "CN"),
            Map.entry("syrian", "SY"),
            Map.entry("lebanese", "LB"),
            Map.entry("turkish", "TR"),
            Map.entry("polish", "PL"),
            Map.entry("italian", "IT"),
            Map.entry("spanish", "ES"),
            Map.entry("japanese", "JP"),
            Map.entry("indian", "IN"),
            Map.entry("pakistani", "PK"),
            Map.entry("sudanese", "SD"),
            Map.entry("egyptian", "EG"),
            Map.entry("belarusian", "BY"),
            Map.entry("hungarian", "HU"),
            Map.entry("dutch", "NL"),
            Map.entry("australian", "AU"),
            Map.entry("mexican", "MX"),
            Map.entry("brazilian", "BR"),
            Map.entry("kyiv", "UA"),
            Map.entry("moscow", "RU"),
            Map.entry("peruvian", "PE"),
            Map.entry("georgian", "GE"),
            Map.entry("swiss", "CH"),
            Map.entry("filipino", "PH"),
            Map.entry("philippine", "PH"),
            Map.entry("qatari", "QA"),
            Map.entry("saudi", "SA"),
            Map.entry("iraqi", "IQ"),
            Map.entry("afghan", "AF"),
            Map.entry("somali", "SO"),
            Map.entry("ethiopian", "ET"),
            Map.entry("kenyan", "KE"),
            Map.entry("nigerian", "NG"),
            Map.entry("korean", "KR"),
            Map.entry("vietnamese", "VN"),
            Map.entry("thai", "TH"),
            Map.entry("indonesian", "ID"),
            Map.entry("greek", "GR"),
            Map.entry("romanian", "RO"),
            Map.entry("serbian", "RS"),
            Map.entry("czech", "CZ"),
            Map.entry("austrian", "AT"),
            Map.entry("belgian", "BE"),
            Map.entry("swedish", "SE"),
            Map.entry("norwegian", "NO"),
            Map.entry("danish", "DK"),
            Map.entry("finnish", "FI"),
            Map.entry("estonian", "EE"),
            Map.entry("latvian", "LV"),
            Map.entry("lithuanian", "LT"),
            Map.entry("moldovan", "MD"),
            Map.entry("armenian", "AM"),
            Map.entry("venezuelan", "VE"),
            Map.entry("colombian", "CO"),
            Map.entry("argentine", "AR"),
            Map.entry("chilean", "CL"),
            Map.entry("cuban", "CU"),
            Map.entry("portuguese", "PT"),
            Map.entry("irish", "IE"),
            Map.entry("scottish", "GB"),
            Map.entry("welsh", "GB"),
            Map.entry("english", "GB"),
            Map.entry("spain's", "ES"),
            Map.entry("turkey's", "TR"),
            Map.entry("georgia's", "GE"),
            Map.entry("sudan's", "SD"));

    /** Capitals that stand for their state when they act: "Moscow launched", "Kyiv wants". */
    static final Map<String, String> METONYMS = Map.of(
            "Moscow",
            "RU",
            "Kyiv",
            "UA",
            "Kiev",
            "UA",
            "Washington",
            "US",
            "Beijing",
            "CN",
            "Tehran",
            "IR",
            "Pyongyang",
            "KP",
            "Minsk",
            "BY",
            "Ankara",
            "TR",
            "Damascus",
            "SY");

    /** Capitalised words that are never (part of) a person's name. */
    static final Set<String> NOT_NAME = Tokens.words(
            "the a an in on at he she it they we i but and or if as this that these those his her el al interstate "
                    + "plaza mall mine factory prison camp hotel dam tower towers "
                    + "their its our there here when while after before since for from with without by to of so "
                    + "yet not no yes all some many most more one two three monday tuesday wednesday thursday "
                    + "friday saturday sunday january february march april may june july august september "
                    + "october november december press news times post service office ministry council agency "
                    + "party forces force army group committee court union university hospital company airlines "
                    + "airways bank street square road bridge station airport plant river sea ocean mountains "
                    + "island islands republic kingdom states emirates coast strip bay lake valley region "
                    + "oblast province department institute foundation organisation organization association "
                    + "federation guard police navy corps brigade division command centre center church "
                    + "cathedral mosque school college museum palace house hall tower park stadium channel "
                    + "network media radio tv television ltd inc corp club fund programme program authority "
                    + "commission parliament assembly senate congress cabinet government administration embassy "
                    + "consulate mission air emergency health weather energy power grid nuclear express daily "
                    + "journal herald tribune guardian telegraph independent economist review magazine reuters "
                    + "bloomberg politico axios afp getty ap bbc cnn security defence defense foreign interior "
                    + "justice national international global world european western eastern northern southern "
                    + "central united new north south east west saint st fort port mount lower upper greater "
                    + "old related stories top our picks download sign read get already one fourteen day week "
                    + "year today yesterday tomorrow breaking live update updated latest exclusive analysis "
                    + "opinion video watch photo photos image images christmas easter ramadan eid covid war "
                    + "world cup olympics games prize award act bill law treaty accord agreement plan deal "
                    + "summit conference talks forum festival storm hurricane typhoon cyclone earthquake quake "
                    + "flood floods fire wildfire operation line front zone district county city town village "
                    + "county airbase base port harbour harbor metro railway rail trains highway motorway "
                    + "avenue boulevard gate mall market centre sports arena");

    /** Ship prefixes: the words after them are a vessel's name ("MV Lady Mindanao"). */
    static final Set<String> SHIP_PREFIXES = Tokens.words("MV MS SS HMS USS RMS MT FV");

    static boolean isRoleWord(String lower) {
        return ROLE_WORDS.contains(lower);
    }
}

package org.eventdesk.domain.interchange;

import com.ibm.icu.util.Region;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Facts about a country that exports need: its names and codes, and the world region ACLED files it under. */
public final class Countries {
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /**
     * UN M49 sub-regions (by numeric code) as ACLED names its regions. ACLED departs from M49 for a few countries,
     * listed in {@link #ACLED_EXCEPTIONS}.
     */
    private static final Map<String, String> ACLED_REGION_OF_M49 = Map.ofEntries(
            Map.entry("011", "Western Africa"),
            Map.entry("017", "Middle Africa"),
            Map.entry("014", "Eastern Africa"),
            Map.entry("018", "Southern Africa"),
            Map.entry("015", "Northern Africa"),
            Map.entry("034", "South Asia"),
            Map.entry("035", "Southeast Asia"),
            Map.entry("145", "Middle East"),
            Map.entry("143", "Caucasus and Central Asia"),
            Map.entry("030", "East Asia"),
            Map.entry("151", "Europe"),
            Map.entry("154", "Europe"),
            Map.entry("039", "Europe"),
            Map.entry("155", "Europe"),
            Map.entry("013", "Central America"),
            Map.entry("029", "Caribbean"),
            Map.entry("005", "South America"),
            Map.entry("021", "North America"),
            Map.entry("053", "Oceania"),
            Map.entry("054", "Oceania"),
            Map.entry("057", "Oceania"),
            Map.entry("061", "Oceania"));

    /** Iran is South Asia in M49; the Caucasus and Cyprus are Western Asia. ACLED files them otherwise. */
    private static final Map<String, String> ACLED_EXCEPTIONS = Map.of(
            "IR", "Middle East",
            "AM", "Caucasus and Central Asia",
            "AZ", "Caucasus and Central Asia",
            "GE", "Caucasus and Central Asia",
            "CY", "Europe",
            "AQ", "Antarctica");

    private Countries() {}

    /**
     * @param alpha3 ISO 3166-1 alpha-3 ("UKR")
     * @param numeric ISO 3166-1 numeric (804)
     * @param name the English short name ("Ukraine")
     * @param acledRegion the region ACLED files it under ("Europe"), empty if none
     */
    public record Country(String alpha2, String alpha3, int numeric, String name, String acledRegion) {}

    /** @param numeric an ISO 3166-1 numeric code (804), as ACLED's {@code iso} column gives it */
    public static Optional<Country> ofNumeric(int numeric) {
        return Optional.ofNullable(BY_NUMERIC.get(numeric));
    }

    /** @param name a country's English short name ("Ukraine"), any case */
    public static Optional<Country> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    private static final Map<Integer, Country> BY_NUMERIC = new java.util.HashMap<>();
    private static final Map<String, Country> BY_NAME = new java.util.HashMap<>();

    static {
        for (String code : ISO_CODES) {
            of(code).ifPresent(c -> {
                if (c.numeric() > 0) {
                    BY_NUMERIC.putIfAbsent(c.numeric(), c);
                }
                BY_NAME.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
            });
        }
    }

    /** @param alpha2 an ISO 3166-1 alpha-2 code, any case */
    public static Optional<Country> of(String alpha2) {
        if (alpha2 == null) {
            return Optional.empty();
        }
        String code = alpha2.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODES.contains(code)) {
            return Optional.empty();
        }
        Locale locale = new Locale("", code);
        int numeric;
        String region;
        try {
            Region icu = Region.getInstance(code);
            numeric = icu.getNumericCode();
            Region sub = icu.getContainingRegion(Region.RegionType.SUBCONTINENT);
            region = ACLED_EXCEPTIONS.getOrDefault(
                    code, sub == null ? "" : ACLED_REGION_OF_M49.getOrDefault(sub.toString(), ""));
        } catch (IllegalArgumentException unknownToIcu) {
            numeric = 0;
            region = ACLED_EXCEPTIONS.getOrDefault(code, "");
        }
        return Optional.of(
                new Country(code, locale.getISO3Country(), numeric, locale.getDisplayCountry(Locale.ENGLISH), region));
    }
}

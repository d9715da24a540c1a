package org.eventdesk.e2e.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An ACLED export of N rows for the import benchmark, shaped like ACLED's own: its 31 columns, a mix of event types
 * and sub-types as ACLED's weights run (protests the most, then explosions, battles, violence against civilians),
 * places in a dozen countries with coordinates, one or two outlets, fatalities for about a third of the violent
 * events, dates written both ways ACLED writes them. Every row is valid, so every row should land.
 */
final class AcledArchive {
    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    private record Kind(String disorder, String type, String subType, int weight, boolean violent) {}

    private record Place(
            String iso3,
            int isoNumber,
            String region,
            String country,
            String admin1,
            String name,
            double lat,
            double lon) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Demonstrations", "Protests", "Peaceful protest", 36, false),
            new Kind("Demonstrations", "Protests", "Protest with intervention", 4, false),
            new Kind("Demonstrations", "Riots", "Violent demonstration", 6, true),
            new Kind("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack", 18, true),
            new Kind("Political violence", "Explosions/Remote violence", "Air/drone strike", 10, true),
            new Kind("Political violence", "Battles", "Armed clash", 14, true),
            new Kind("Political violence", "Violence against civilians", "Attack", 8, true),
            new Kind("Strategic developments", "Strategic developments", "Arrests", 4, false));

    private static final List<Place> PLACES = List.of(
            new Place("UKR", 804, "Europe", "Ukraine", "Kharkivska", "Kharkiv", 49.9935, 36.2304),
            new Place("UKR", 804, "Europe", "Ukraine", "Donetska", "Pokrovsk", 48.2828, 37.1762),
            new Place("UKR", 804, "Europe", "Ukraine", "Kyiv City", "Kyiv", 50.4501, 30.5234),
            new Place("SDN", 729, "Northern Africa", "Sudan", "Khartoum", "Omdurman", 15.6445, 32.4777),
            new Place("MEX", 484, "Central America", "Mexico", "Oaxaca", "Oaxaca", 17.0606, -96.7252),
            new Place("MEX", 484, "Central America", "Mexico", "Guerrero", "Chilpancingo", 17.5506, -99.5058),
            new Place("BRA", 76, "South America", "Brazil", "Rio de Janeiro", "Rio de Janeiro", -22.9068, -43.1729),
            new Place("NGA", 566, "Western Africa", "Nigeria", "Borno", "Maiduguri", 11.8311, 13.1510),
            new Place("PAK", 586, "Southern Asia", "Pakistan", "Khyber Pakhtunkhwa", "Peshawar", 34.0151, 71.5249),
            new Place("MMR", 104, "Southeast Asia", "Myanmar", "Sagaing", "Sagaing", 21.8787, 95.9797),
            new Place(
                    "COD", 180, "Middle Africa", "Democratic Republic of Congo", "Nord-Kivu", "Goma", -1.6585, 29.2205),
            new Place("SYR", 760, "Middle East", "Syria", "Aleppo", "Aleppo", 36.2021, 37.1343));

    private static final List<String> OUTLETS =
            List.of("Reuters", "AFP", "Kyiv Independent", "El Universal", "Premium Times", "Dawn", "Radio Okapi");

    private static final DateTimeFormatter WORDED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AcledArchive() {}

    static void write(Path file, int rows, long seed) throws IOException {
        write(file, 1, rows, seed);
    }

    /** Rows numbered from {@code firstRow}, which their event ids carry: files of other numbers share no event. */
    static void write(Path file, int firstRow, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        int totalWeight = KINDS.stream().mapToInt(Kind::weight).sum();
        LocalDate first = LocalDate.of(2020, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = firstRow; i < firstRow + rows; i++) {
                Kind kind = pick(random, totalWeight);
                Place place = PLACES.get(random.nextInt(PLACES.size()));
                LocalDate date = first.plusDays(random.nextInt(5 * 365));
                String outlets = random.nextInt(3) == 0
                        ? OUTLETS.get(random.nextInt(OUTLETS.size())) + "; "
                                + OUTLETS.get(random.nextInt(OUTLETS.size()))
                        : OUTLETS.get(random.nextInt(OUTLETS.size()));
                int fatalities = kind.violent() && random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 0;
                String actor1 = kind.type().equals("Protests") || kind.type().equals("Riots")
                        ? "Protesters (" + place.country() + ")"
                        : "Military Forces of " + place.country();
                String actor2 = kind.violent() ? "Civilians (" + place.country() + ")" : "";
                double lat = place.lat() + (random.nextDouble() - 0.5) / 10;
                double lon = place.lon() + (random.nextDouble() - 0.5) / 10;
                String[] cells = {
                    place.iso3() + i,
                    random.nextBoolean() ? date.toString() : WORDED.format(date),
                    Integer.toString(date.getYear()),
                    Integer.toString(1 + random.nextInt(2)),
                    kind.disorder(),
                    kind.type(),
                    kind.subType(),
                    actor1,
                    "",
                    kind.type().equals("Protests") ? "6" : "1",
                    actor2,
                    "",
                    actor2.isEmpty() ? "0" : "7",
                    actor2.isEmpty() ? "60" : "17",
                    kind.type().equals("Violence against civilians") ? "Civilian targeting" : "",
                    Integer.toString(place.isoNumber()),
                    place.region(),
                    place.country(),
                    place.admin1(),
                    "",
                    "",
                    place.name(),
                    String.format(Locale.ROOT, "%.4f", lat),
                    String.format(Locale.ROOT, "%.4f", lon),
                    Integer.toString(1 + random.nextInt(2)),
                    outlets,
                    "National",
                    "On " + WORDED.format(date) + ", " + kind.subType().toLowerCase(Locale.ROOT) + " in " + place.name()
                            + " (event " + i + "), reported by " + outlets + ".",
                    Integer.toString(fatalities),
                    "",
                    Long.toString(1_700_000_000L + i)
                };
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        out.write(',');
                    }
                    out.write(quoted(cells[c]));
                }
                out.write('\n');
            }
        }
    }

    private static Kind pick(Random random, int totalWeight) {
        int n = random.nextInt(totalWeight);
        for (Kind kind : KINDS) {
            n -= kind.weight();
            if (n < 0) {
                return kind;
            }
        }
        throw new IllegalStateException();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}

package org.eventdesk.extraction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build-time converter: turns the GeoLite2 City database (a MaxMind DB file taken from Maven Central as
 * {@code org.elasticsearch:geolite2-databases}) into the compact gazetteer the extractor loads at run time.
 *
 * <p>It runs in the {@code generate-resources} phase through the JDK's single-file source launcher ({@code java
 * GazetteerBuilder.java in out}), so it must stay one self-contained file that only uses the JDK. It lives with
 * the test sources because the runtime jar never needs it; it still compiles with them, which keeps it honest.
 *
 * <p>What it does, following the published MaxMind DB format (version 2): reads the metadata, walks the binary
 * search tree once to count how many IP networks point at each data record (a rough but useful measure of how
 * big a place is, since the data set carries no population), then decodes every record of the data section and
 * keeps the English names, ISO codes and coordinates of cities, first-level subdivisions and countries.
 *
 * <p>Output, UTF-8 TSV sorted so the same input always gives the same bytes:
 *
 * <pre>
 * C  iso2  name  lat  lon  weight  zone            a country (mean of its regions' points, else the data set's)
 * R  iso2  code  name  lat  lon  weight  zone      a first-level region; coordinates = mean of its cities
 * P  iso2  code  name  lat  lon  weight  zone      a city (code = its region's ISO 3166-2 code, may be empty)
 * </pre>
 *
 * The zone is the IANA time zone that most of the place's networks carry (empty when none does), under today's
 * name: the 2019 data set still says "Europe/Kiev", which the time zone database renamed "Europe/Kyiv" in 2022.
 *
 * Cities with fewer than {@link #MIN_CITY_WEIGHT} networks are dropped: tiny places add memory and false
 * matches (a village named like a common word) without helping a news desk.
 */
public final class GazetteerBuilder {
    static final int MIN_CITY_WEIGHT = 8;

    /** The first line of the output; it names the format, so an output of an older one is rebuilt. */
    static final String HEADER =
            "# Derived from GeoLite2 City (MaxMind, CC BY-SA 4.0), see GAZETTEER-ATTRIBUTION.md; format 2 (zones)";

    /**
     * Zones the time zone database renamed or merged since the data set was made, under their current names
     * (tzdata 2022b-2022g), so the extractor suggests the zone an editor finds in the zone list.
     */
    private static final Map<String, String> RENAMED_ZONES = Map.of(
            "Europe/Kiev", "Europe/Kyiv",
            "Europe/Uzhgorod", "Europe/Kyiv",
            "Europe/Zaporozhye", "Europe/Kyiv",
            "America/Nipigon", "America/Toronto",
            "America/Thunder_Bay", "America/Toronto",
            "America/Rainy_River", "America/Winnipeg",
            "America/Yellowknife", "America/Edmonton",
            "America/Pangnirtung", "America/Iqaluit",
            "Australia/Currie", "Australia/Hobart",
            "Pacific/Enderbury", "Pacific/Kanton");

    private static String firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        }
    }

    private final byte[] db;
    private final int dataStart;
    private final int dataEnd;

    private GazetteerBuilder(byte[] db, int dataStart, int dataEnd) {
        this.db = db;
        this.dataStart = dataStart;
        this.dataEnd = dataEnd;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GazetteerBuilder.java <GeoLite2-City.mmdb> <gazetteer.tsv>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        // An output of an older format (no zone column) is rebuilt even when newer than the database.
        if (Files.exists(out)
                && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(in)) > 0
                && firstLine(out).equals(HEADER)) {
            System.out.println("gazetteer up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        List<String> lines = convert(Files.readAllBytes(in));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
                Locale.ROOT,
                "gazetteer: %d entries in %d ms -> %s%n",
                lines.size(),
                (System.nanoTime() - t0) / 1_000_000,
                out);
    }

    static List<String> convert(byte[] db) {
        byte[] marker = "\u00AB\u00CD\u00EFMaxMind.com".getBytes(StandardCharsets.ISO_8859_1);
        int metaStart = lastIndexOf(db, marker);
        if (metaStart < 0) {
            throw new IllegalArgumentException("not a MaxMind DB file");
        }
        GazetteerBuilder metaReader = new GazetteerBuilder(db, metaStart + marker.length, db.length);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) metaReader.decode(0).value;
        long nodeCount = ((Number) meta.get("node_count")).longValue();
        int recordSize = ((Number) meta.get("record_size")).intValue();
        int treeSize = (int) (nodeCount * recordSize / 4);
        GazetteerBuilder reader = new GazetteerBuilder(db, treeSize + 16, metaStart);

        Map<Integer, Integer> networks = reader.countNetworks(nodeCount, recordSize);
        return reader.places(networks);
    }

    /** How many tree records point at each data offset. */
    private Map<Integer, Integer> countNetworks(long nodeCount, int recordSize) {
        Map<Integer, Integer> counts = new HashMap<>();
        int nodeBytes = recordSize / 4;
        for (long node = 0; node < nodeCount; node++) {
            int base = (int) (node * nodeBytes);
            for (int side = 0; side < 2; side++) {
                long value = record(base, side, recordSize);
                if (value > nodeCount) {
                    int offset = (int) (value - nodeCount - 16);
                    counts.merge(offset, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private long record(int base, int side, int recordSize) {
        switch (recordSize) {
            case 24:
                return side == 0 ? u(base, 3) : u(base + 3, 3);
            case 28:
                if (side == 0) {
                    return ((long) (db[base + 3] & 0xF0) << 20) | u(base, 3);
                }
                return ((long) (db[base + 3] & 0x0F) << 24) | u(base + 4, 3);
            case 32:
                return side == 0 ? u(base, 4) : u(base + 4, 4);
            default:
                throw new IllegalArgumentException("record size " + recordSize);
        }
    }

    private long u(int at, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (db[at + i] & 0xFF);
        }
        return v;
    }

    private record Decoded(Object value, int next) {}

    /** Decodes the value at a data-section offset; {@code next} is the offset just after it. */
    private Decoded decode(int offset) {
        int at = dataStart + offset;
        int ctrl = db[at++] & 0xFF;
        int type = ctrl >>> 5;
        if (type == 1) {
            int ss = (ctrl >>> 3) & 0x3;
            int vvv = ctrl & 0x7;
            long p;
            switch (ss) {
                case 0 -> p = ((long) vvv << 8) | u(at, 1);
                case 1 -> p = (((long) vvv << 16) | u(at, 2)) + 2048;
                case 2 -> p = (((long) vvv << 24) | u(at, 3)) + 526336;
                default -> p = u(at, 4);
            }
            at += ss + 1;
            return new Decoded(decode((int) p).value, at - dataStart);
        }
        if (type == 0) {
            type = 7 + (db[at++] & 0xFF);
        }
        int size = ctrl & 0x1F;
        if (size == 29) {
            size = 29 + (int) u(at, 1);
            at += 1;
        } else if (size == 30) {
            size = 285 + (int) u(at, 2);
            at += 2;
        } else if (size == 31) {
            size = 65821 + (int) u(at, 3);
            at += 3;
        }
        int rel = at - dataStart;
        switch (type) {
            case 2:
                return new Decoded(new String(db, at, size, StandardCharsets.UTF_8), rel + size);
            case 3:
                return new Decoded(Double.longBitsToDouble(u(at, 8)), rel + 8);
            case 4:
                return new Decoded(null, rel + size);
            case 5:
            case 6:
            case 8:
            case 9:
            case 10:
                return new Decoded(size <= 8 ? u(at, size) : 0L, rel + size);
            case 7: {
                Map<String, Object> map = new HashMap<>();
                int next = rel;
                for (int i = 0; i < size; i++) {
                    Decoded key = decode(next);
                    Decoded value = decode(key.next);
                    map.put(String.valueOf(key.value), value.value);
                    next = value.next;
                }
                return new Decoded(map, next);
            }
            case 11: {
                List<Object> list = new ArrayList<>();
                int next = rel;
                for (int i = 0; i < size; i++) {
                    Decoded value = decode(next);
                    list.add(value.value);
                    next = value.next;
                }
                return new Decoded(list, next);
            }
            case 14:
                return new Decoded(size != 0, rel);
            case 15:
                return new Decoded((double) Float.intBitsToFloat((int) u(at, 4)), rel + 4);
            default:
                return new Decoded(null, rel + size);
        }
    }

    private static final class Acc {
        String country;
        String code;
        String name;
        double lat;
        double lon;
        boolean hasPoint;
        double sumLat;
        double sumLon;
        int points;
        long weight;
        final Map<String, Long> zones = new HashMap<>();

        void zone(String zone, long networks) {
            if (zone != null) {
                zones.merge(RENAMED_ZONES.getOrDefault(zone, zone), networks, Long::sum);
            }
        }

        /** The zone most networks carry; ties go to the alphabetically first, so the output is stable. */
        String zone() {
            return zones.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse("");
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> places(Map<Integer, Integer> networks) {
        Map<Long, Acc> cities = new HashMap<>();
        Map<String, Acc> regions = new HashMap<>();
        Map<String, Acc> countries = new HashMap<>();
        int offset = 0;
        int length = dataEnd - dataStart;
        while (offset < length) {
            Decoded d = decode(offset);
            int weight = networks.getOrDefault(offset, 0);
            offset = d.next;
            if (!(d.value instanceof Map<?, ?> rec) || weight == 0) {
                continue;
            }
            Map<String, Object> country = (Map<String, Object>) rec.get("country");
            if (country == null || country.get("iso_code") == null) {
                continue;
            }
            String iso = (String) country.get("iso_code");
            Map<String, Object> location = (Map<String, Object>) rec.get("location");
            Double lat = location == null ? null : (Double) location.get("latitude");
            Double lon = location == null ? null : (Double) location.get("longitude");
            String zone = location == null ? null : (String) location.get("time_zone");
            Acc c = countries.computeIfAbsent(iso, k -> new Acc());
            c.country = iso;
            c.name = english(country);
            c.weight += weight;
            c.zone(zone, weight);
            Map<String, Object> city = (Map<String, Object>) rec.get("city");
            List<Object> subdivisions = (List<Object>) rec.get("subdivisions");
            String regionCode = "";
            if (subdivisions != null && !subdivisions.isEmpty()) {
                Map<String, Object> first = (Map<String, Object>) subdivisions.get(0);
                if (first.get("iso_code") != null && english(first) != null) {
                    regionCode = iso + "-" + first.get("iso_code");
                    Acc r = regions.computeIfAbsent(regionCode, k -> new Acc());
                    r.country = iso;
                    r.code = regionCode;
                    r.name = english(first);
                    r.weight += weight;
                    r.zone(zone, weight);
                    if (city != null && lat != null) {
                        r.sumLat += lat;
                        r.sumLon += lon;
                        r.points++;
                    } else if (city == null && lat != null && !r.hasPoint) {
                        r.lat = lat;
                        r.lon = lon;
                        r.hasPoint = true;
                    }
                }
            }
            if (city == null) {
                if (subdivisions == null && lat != null && !c.hasPoint) {
                    c.lat = lat;
                    c.lon = lon;
                    c.hasPoint = true;
                }
                continue;
            }
            Object id = city.get("geoname_id");
            String name = english(city);
            if (id == null || name == null || lat == null) {
                continue;
            }
            Acc p = cities.computeIfAbsent(((Number) id).longValue(), k -> new Acc());
            p.country = iso;
            p.code = regionCode;
            p.name = name;
            p.weight += weight;
            p.zone(zone, weight);
            // The data set may hold several locations for one city (one per postal area): their mean, weighted
            // by networks, stays close to the point most of them share, the city's own.
            p.sumLat += lat * weight;
            p.sumLon += lon * weight;
            p.points += weight;
        }
        // A country's own point in this data set is where its unlocated networks sit (Canada's is in Toronto):
        // where the country has regions, the mean of their points is a better "country" pin.
        Map<String, double[]> regionMeans = new HashMap<>();
        for (Acc r : regions.values()) {
            if (r.points > 0) {
                double[] m = regionMeans.computeIfAbsent(r.country, k -> new double[3]);
                m[0] += r.sumLat / r.points;
                m[1] += r.sumLon / r.points;
                m[2]++;
            }
        }
        for (Acc c : countries.values()) {
            double[] m = regionMeans.get(c.country);
            if (m != null && m[2] >= 3) {
                c.lat = m[0] / m[2];
                c.lon = m[1] / m[2];
                c.hasPoint = true;
            }
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Acc c : countries.values()) {
            if (c.name != null && c.hasPoint) {
                sorted.put(
                        "C\t" + c.country + "\t" + c.name,
                        String.join(
                                "\t",
                                "C",
                                c.country,
                                clean(c.name),
                                f(c.lat),
                                f(c.lon),
                                Long.toString(c.weight),
                                c.zone()));
            }
        }
        for (Acc r : regions.values()) {
            double lat = r.points > 0 ? r.sumLat / r.points : r.lat;
            double lon = r.points > 0 ? r.sumLon / r.points : r.lon;
            if (r.points == 0 && !r.hasPoint) {
                continue;
            }
            sorted.put(
                    "R\t" + r.code,
                    String.join(
                            "\t",
                            "R",
                            r.country,
                            r.code,
                            clean(r.name),
                            f(lat),
                            f(lon),
                            Long.toString(r.weight),
                            r.zone()));
        }
        for (Map.Entry<Long, Acc> e : cities.entrySet()) {
            Acc p = e.getValue();
            if (p.weight < MIN_CITY_WEIGHT) {
                continue;
            }
            sorted.put(
                    "P\t" + p.country + "\t" + p.name + "\t" + e.getKey(),
                    String.join(
                            "\t",
                            "P",
                            p.country,
                            p.code,
                            clean(p.name),
                            f(p.sumLat / p.points),
                            f(p.sumLon / p.points),
                            Long.toString(p.weight),
                            p.zone()));
        }
        return new ArrayList<>(sorted.values());
    }

    @SuppressWarnings("unchecked")
    private static String english(Map<String, Object> entity) {
        Map<String, Object> names = (Map<String, Object>) entity.get("names");
        return names == null ? null : (String) names.get("en");
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').strip();
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

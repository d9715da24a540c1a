package org.eventdesk.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.eventdesk.e2e.BrowserSession;
import org.eventdesk.generator.RecordGenerator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the map and the timeline cost a browser on a full desk (issue 12's benchmark): the time from navigation to the
 * first drawing and the bytes of Vaadin's UIDL answers until then.
 *
 * <ol>
 *   <li>Seeds N records ({@code -Dbenchmark.records}, default 100,000) into a fresh H2 file with the desk's own
 *       migrations (the generator's {@code RecordGenerator}, workflow states in a newsroom's proportions), and prints
 *       how far their places spread over the world.
 *   <li>Starts a WildFly of the build's with the EAR on it in demo mode (ports + {@code -Dbenchmark.port.offset},
 *       default 300) and logs in as the demo editor in a headless Chromium.
 *   <li>Opens, each {@code -Dbenchmark.runs} times (default 5) as a fresh page load: the map at world zoom ({@code
 *       /map}), the map on a box of about 20 km around the busiest city of the generated places ({@code /map?area=}),
 *       and the timeline on a window as wide as its default one (five weeks) at the end of the generated history, and
 *       on a year of it (more than the timeline's cap of 2,000 items at 100,000 records).
 *   <li>Times each from the navigation's start to the first drawing (a script Chromium runs before the page's own
 *       notes when the map's {@code data-drawn} or the timeline's {@code data-items} is first set), and sums the
 *       {@code transferSize}, {@code encodedBodySize} and {@code decodedBodySize} of the UIDL answers ({@code v-r=uidl}
 *       in the browser's resource timing) that ended by then, and of every request of the page. Prints the first run
 *       (cold) apart from the median and maximum of the others, and what was drawn.
 *   <li>Stops the server it started.
 * </ol>
 *
 * Run with {@code mvn -q -pl ear exec:java@benchmark-map} after {@code mvn -q install -DskipTests} (README).
 */
public final class MapBenchmark {
    /** How wide the city box is: about 20 km north to south, and as many km east to west at its latitude. */
    private static final double CITY_KM = 20;

    /**
     * Runs in every page before its own scripts: notes the time (from the navigation's start) and the counts of the
     * first drawing of the map and of the timeline, which the page marks on their elements.
     */
    private static final String FIRST_DRAWING =
            """
            window.__firstDrawing = {};
            // The browser's main-thread tasks longer than 50 ms: while one runs, the page answers no click or key.
            window.__longTasks = [];
            try {
              new PerformanceObserver(function (list) {
                list.getEntries().forEach(e => window.__longTasks.push([e.startTime, e.duration]));
              }).observe({type: 'longtask', buffered: true});
            } catch (unsupported) {}
            // The JSON the server sent for the first drawing: the map's or the timeline's own share of the UIDL.
            const noteJson = function (name, method) {
              let value;
              Object.defineProperty(window, name, {configurable: true, get: () => value, set: function (given) {
                const original = given[method];
                given[method] = function (element, json) {
                  if (window.__firstDrawing.json === undefined) {
                    window.__firstDrawing.json = new TextEncoder().encode(json).length;
                  }
                  return original.apply(this, arguments);
                };
                value = given;
              }});
            };
            noteJson('eventdeskMap', 'show');
            noteJson('eventdeskTimeline', 'draw');
            new MutationObserver(function (changes) {
              changes.forEach(function (change) {
                const element = change.target;
                const noted = window.__firstDrawing;
                if (!noted.at && element.id === 'records-map' && change.attributeName === 'data-drawn'
                    && Number(element.getAttribute('data-drawn')) >= 1) {
                  noted.at = performance.now();
                  noted.counts = 'clusters ' + element.getAttribute('data-clusters') + ', markers '
                      + element.getAttribute('data-markers') + ', places ' + element.getAttribute('data-places');
                }
                if (!noted.at && element.id === 'timeline' && change.attributeName === 'data-items'
                    && element.getAttribute('data-items') !== null) {
                  noted.at = performance.now();
                  noted.counts = 'items ' + element.getAttribute('data-items') + ', rows '
                      + element.getAttribute('data-groups') + ', arrows ' + element.getAttribute('data-links');
                }
              });
            }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-drawn', 'data-items']});
            """;

    /**
     * The page's requests that ended by the first drawing: the UIDL answers (the view's data), their longest round
     * trip (the server's query and Vaadin's work on it), and every request of the page, the document included.
     */
    private static final String REQUESTS =
            """
            const until = window.__firstDrawing.at;
            const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .filter(e => e.responseEnd <= until);
            const uidl = all.filter(e => e.name.includes('v-r=uidl'));
            const sum = (list, field) => list.reduce((total, e) => total + (e[field] || 0), 0);
            return [until, uidl.length, sum(uidl, 'transferSize'), sum(uidl, 'encodedBodySize'),
                sum(uidl, 'decodedBodySize'), Math.max(0, ...uidl.map(e => e.responseEnd - e.requestStart)),
                all.length, sum(all, 'transferSize'), window.__firstDrawing.counts, window.__firstDrawing.json,
                Math.max(0, ...window.__longTasks.filter(t => t[0] < until).map(t => t[1])),
                window.__longTasks.filter(t => t[0] < until).reduce((total, t) => total + Math.max(0, t[1] - 50), 0)];
            """;

    /**
     * Where one load's time went, as the browser saw it: the document, the end of its scripts' start, and each
     * request to the server (Vaadin's start and its UIDL answers) from its sending to its answer's end, up to the
     * first drawing. A gap between two requests is the browser's own work (scripts, layout, the map's drawing).
     */
    private static final String SPLIT =
            """
            const until = window.__firstDrawing.at;
            const nav = performance.getEntriesByType('navigation')[0];
            const ms = value => Math.round(value);
            const parts = ['document ' + ms(nav.responseEnd), 'DOM ready ' + ms(nav.domContentLoadedEventEnd)];
            performance.getEntriesByType('resource')
                .filter(e => (e.name.includes('v-r=uidl') || e.name.includes('v-r=init')) && e.responseEnd <= until)
                .forEach(e => parts.push((e.name.includes('v-r=init') ? 'start ' : 'UIDL ')
                    + ms(e.requestStart) + '-' + ms(e.responseEnd)));
            parts.push('drawn ' + ms(until));
            return parts.join(', ');
            """;

    private MapBenchmark() {}

    /** One page load, measured. */
    record Run(
            double millis,
            long uidlRequests,
            double uidlTransfer,
            double uidlEncoded,
            double uidlDecoded,
            double longestUidl,
            long requests,
            double pageTransfer,
            String drawn,
            double json,
            double longestTask,
            double blocking,
            double zoomIn) {}

    /**
     * An editor's first move on the map: zooms in one level (Leaflet's own animation) and notes how long until the
     * map drew what the server found for the new view (the browser waits 150 ms for the view to settle, then asks).
     */
    private static final String ZOOM_IN =
            """
            const element = document.getElementById('records-map');
            const done = arguments[arguments.length - 1];
            const before = Number(element.getAttribute('data-drawn'));
            const asked = performance.now();
            new MutationObserver(function (changes, observer) {
              if (Number(element.getAttribute('data-drawn')) > before) {
                observer.disconnect();
                done(performance.now() - asked);
              }
            }).observe(element, {attributes: true, attributeFilter: ['data-drawn']});
            element.leafletMap.zoomIn();
            """;

    /** The busiest place name of the generated desk and where its places lie on average. */
    record City(String name, long places, double lat, double lon) {
        /** {@code west,south,east,north}, the address's form of an area, about {@link #CITY_KM} km on each side. */
        String area() {
            double halfLat = CITY_KM / 2 / 111.32;
            double halfLon = halfLat / Math.cos(Math.toRadians(lat));
            return String.format(
                    Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", lon - halfLon, lat - halfLat, lon + halfLon, lat + halfLat);
        }
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("benchmark.records", 100_000);
        int runs = Math.max(2, Integer.getInteger("benchmark.runs", 5));
        int portOffset = Integer.getInteger("benchmark.port.offset", 300);
        Path home = Path.of(System.getProperty("benchmark.jboss.home"));
        Path ear = Path.of(System.getProperty("benchmark.ear"));
        Path work = Path.of(System.getProperty("benchmark.dir"));
        BenchServer.wipe(work);
        Path data = Files.createDirectories(work.resolve("data"));
        System.out.printf(
                Locale.ROOT,
                "Map and timeline benchmark: %d records, H2 file database, %d cores, %d page loads per view (the"
                        + " first one cold), headless Chromium 1400x1000%n",
                records,
                Runtime.getRuntime().availableProcessors(),
                runs);

        // The machine may be shared: its load says how far the times below are the desk's own.
        System.out.printf(Locale.ROOT, "load average at the start: %s%n", loadAverage());
        Instant seeding = Instant.now();
        String url = "jdbc:h2:file:" + data.resolve("eventdesk");
        RecordGenerator.migrate(url, "sa", "sa");
        City city;
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            RecordGenerator.generate(db, records, 42, RecordGenerator.STATES);
            long seconds = Math.max(1, Duration.between(seeding, Instant.now()).toSeconds());
            System.out.printf(Locale.ROOT, "seeded in %d s (%d records/s)%n", seconds, records / seconds);
            city = spread(db);
        }

        BenchServer server = BenchServer.start(
                home,
                work.resolve("server"),
                data,
                portOffset,
                // More options for the server's JVM, to look into it while it is measured (a slow-query log, a
                // flight recording): -Dbenchmark.server.options="-Dhibernate.log_slow_query=50".
                "-Deventdesk.demo=true " + System.getProperty("benchmark.server.options", ""));
        ChromeDriver browser = null;
        try {
            server.deploy(ear, "eventdesk.ear");
            String base = server.base();
            BenchServer.waitFor(() -> BenchServer.status(base + "/login") == 200, "the desk");
            System.out.printf(
                    Locale.ROOT,
                    "the desk's startup rebuild of the search index ended %d s after it was ready; measured after it%n",
                    BenchServer.waitForSearchIndex(base));
            browser = new ChromeDriver(BrowserSession.driverService(), BrowserSession.chromeOptions());
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FIRST_DRAWING));
            logIn(browser, base);

            Instant end = RecordGenerator.UNTIL;
            String weeks = "/timeline?from=" + end.minus(Duration.ofDays(28)) + "&to=" + end.plus(Duration.ofDays(7));
            String year = "/timeline?from=" + end.minus(Duration.ofDays(365)) + "&to=" + end;
            measure(browser, base, "map, world zoom", "/map", runs);
            measure(browser, base, "map, city zoom (" + city.name() + ")", "/map?area=" + city.area(), runs);
            measure(browser, base, "timeline, 5 weeks", weeks, runs);
            measure(browser, base, "timeline, 1 year", year, runs);
            System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        } finally {
            if (browser != null) {
                browser.quit();
            }
            server.stop();
        }
    }

    /**
     * Prints how the places spread: cells of one degree holding any, and the share of the busiest few; a desk whose
     * places sit in a few cities draws few clusters at world zoom, which the figures below then understate.
     */
    private static City spread(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            long places = single(sql, "select count(*) from record_place where lat is not null");
            long names = single(sql, "select count(distinct name) from record_place where lat is not null");
            List<Long> cells = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select count(*) from record_place where lat is not null"
                    + " group by floor(lat), floor(lon) order by 1 desc")) {
                while (rows.next()) {
                    cells.add(rows.getLong(1));
                }
            }
            int few = Math.min(20, cells.size());
            long inFew =
                    cells.subList(0, few).stream().mapToLong(Long::longValue).sum();
            double share = 100.0 * inFew / Math.max(1, places);
            System.out.printf(
                    Locale.ROOT,
                    "places with coordinates: %d, %d distinct names, in %d cells of 1x1 degree; the busiest %d cells"
                            + " hold %.1f%%%n",
                    places,
                    names,
                    cells.size(),
                    few,
                    share);
            if (share > 90) {
                System.out.println("NOTE: the generator puts its places in a few cities (a small scatter around each),"
                        + " not over the world: the world zoom draws few clusters, and a desk spread wider sends"
                        + " more (up to the map's cap of cells)");
            }
            try (ResultSet busiest = sql.executeQuery("select name, count(*), avg(lat), avg(lon) from record_place"
                    + " where lat is not null group by name order by 2 desc limit 1")) {
                busiest.next();
                City city =
                        new City(busiest.getString(1), busiest.getLong(2), busiest.getDouble(3), busiest.getDouble(4));
                System.out.printf(
                        Locale.ROOT,
                        "busiest city: %s, %d places; city zoom box (west,south,east,north) %s%n",
                        city.name(),
                        city.places(),
                        city.area());
                return city;
            }
        }
    }

    /** The 1, 5 and 15 minute load averages where Linux gives them. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void logIn(ChromeDriver browser, String base) {
        BenchServer.logInAsDemoEditor(browser, base);
    }

    private static void measure(ChromeDriver browser, String base, String what, String path, int runs) {
        List<Run> measured = new ArrayList<>();
        String split = "";
        for (int i = 0; i < runs; i++) {
            browser.get(base + path);
            new WebDriverWait(browser, Duration.ofSeconds(180))
                    .until(d -> ((JavascriptExecutor) d).executeScript("return window.__firstDrawing.at") != null);
            List<?> r = (List<?>) browser.executeScript(REQUESTS);
            split = String.valueOf(browser.executeScript(SPLIT));
            double zoomIn = path.startsWith("/map") ? number(browser.executeAsyncScript(ZOOM_IN)) : 0;
            measured.add(new Run(
                    number(r.get(0)),
                    (long) number(r.get(1)),
                    number(r.get(2)),
                    number(r.get(3)),
                    number(r.get(4)),
                    number(r.get(5)),
                    (long) number(r.get(6)),
                    number(r.get(7)),
                    String.valueOf(r.get(8)),
                    number(r.get(9)),
                    number(r.get(10)),
                    number(r.get(11)),
                    zoomIn));
        }
        Run cold = measured.get(0);
        List<Run> warm = measured.subList(1, measured.size());
        System.out.printf(Locale.ROOT, "%s  %s%n", what, path);
        System.out.printf(Locale.ROOT, "  drawn: %s%n", cold.drawn());
        print("cold", List.of(cold));
        print("warm", warm);
        System.out.printf(
                Locale.ROOT, "  where the last load's time went (ms from the navigation's start): %s%n", split);
        System.out.printf(
                Locale.ROOT,
                "  interactive (median / max of all %d loads): longest main-thread task until the first drawing %s ms,"
                        + " total blocking time %s ms%s%n",
                measured.size(),
                figure(measured, Run::longestTask, 1),
                figure(measured, Run::blocking, 1),
                path.startsWith("/map")
                        ? "; zoom in one level until redrawn " + figure(measured, Run::zoomIn, 1) + " ms"
                        : "");
    }

    private static void print(String label, List<Run> runs) {
        System.out.printf(
                Locale.ROOT,
                "  %s%s: first drawing %s ms; UIDL %s requests, %s kB transferred (%s kB encoded, %s kB decoded),"
                        + " of which the view's JSON %s kB; longest UIDL round trip %s ms; whole page %s requests, %s kB"
                        + " transferred%n",
                label,
                runs.size() == 1 ? "" : " (median / max of " + runs.size() + ")",
                figure(runs, Run::millis, 1),
                figure(runs, r -> r.uidlRequests(), 1),
                figure(runs, Run::uidlTransfer, 1024),
                figure(runs, Run::uidlEncoded, 1024),
                figure(runs, Run::uidlDecoded, 1024),
                figure(runs, Run::json, 1024),
                figure(runs, Run::longestUidl, 1),
                figure(runs, r -> r.requests(), 1),
                figure(runs, Run::pageTransfer, 1024));
    }

    /** One run's value, or the median and maximum of several, in units of {@code unit}. */
    private static String figure(List<Run> runs, ToDoubleFunction<Run> value, double unit) {
        List<Double> sorted = runs.stream()
                .map(r -> value.applyAsDouble(r) / unit)
                .sorted(Comparator.naturalOrder())
                .toList();
        String format = unit == 1 ? "%.0f" : "%.1f";
        if (sorted.size() == 1) {
            return String.format(Locale.ROOT, format, sorted.get(0));
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, format + " / " + format, median, sorted.get(n - 1));
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}

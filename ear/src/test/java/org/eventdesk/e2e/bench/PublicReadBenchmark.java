package org.eventdesk.e2e.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventdesk.generator.RecordGenerator;

/**
 * The public read path under load, against a static file served by the same server (issue 8's benchmark).
 *
 * <ol>
 *   <li>Seeds N published records ({@code -Dbenchmark.records}, default 100,000) into a fresh H2 file with the
 *       desk's own migrations (the generator's {@code RecordGenerator}, every record published), then starts a WildFly of the build's with the EAR on it.
 *   <li>Copies the list's answer ({@code /api/v1/events?limit=50}) and one record's page ({@code /events/{id}}) into
 *       a directory the same server serves as static files (an Undertow file handler added at run time), so each
 *       is compared with a static file of exactly its size.
 *   <li>Runs {@code wrk} on loopback against each, one after the other, and prints requests/s, p99 and errors, and
 *       the ratios list / its static file and page / its static file.
 *   <li>Exports the whole list as CSV while sampling the server's heap, and prints how much it grew.
 * </ol>
 *
 * Run with {@code mvn -q -pl ear test-compile exec:exec@benchmark-public} (see the README); {@code wrk} comes
 * from Debian ({@code apt-get install wrk}).
 */
public final class PublicReadBenchmark {
    private static final int PORT_OFFSET = 200;
    private static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET);

    private PublicReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("benchmark.records", 100_000);
        String duration = System.getProperty("benchmark.duration", "20s");
        int connections = Integer.getInteger("benchmark.connections", 32);
        Path home = Path.of(System.getProperty("benchmark.jboss.home"));
        Path ear = Path.of(System.getProperty("benchmark.ear"));
        Path work = Path.of(System.getProperty("benchmark.dir"));
        BenchServer.wipe(work);
        Path data = work.resolve("data");
        Path base = work.resolve("server");
        Path statics = work.resolve("static");
        Files.createDirectories(data);
        Files.createDirectories(statics);

        System.out.printf(
                Locale.ROOT,
                "Public read benchmark: %d records, H2 file database, %d cores, wrk %s with %d"
                        + " connections per run%n",
                records,
                Runtime.getRuntime().availableProcessors(),
                duration,
                connections);
        Instant seeding = Instant.now();
        String url = "jdbc:h2:file:" + data.resolve("eventdesk");
        RecordGenerator.migrate(url, "sa", "sa");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            RecordGenerator.generate(db, records, 42, RecordGenerator.ALL_PUBLISHED);
        }
        System.out.printf(
                Locale.ROOT,
                "seeded in %d s%n",
                Duration.between(seeding, Instant.now()).toSeconds());

        BenchServer server =
                BenchServer.start(home, base, data, PORT_OFFSET, "-Deventdesk.public.requests-per-minute=0");
        try {
            server.deploy(ear, "eventdesk.ear");
            BenchServer.waitFor(() -> BenchServer.status(BASE + "/api/v1/events?limit=1") == 200, "the desk");
            long recordId = records / 2;
            String list = "/api/v1/events?limit=50";
            String page = "/events/" + recordId;
            byte[] listBytes = BenchServer.body(BASE + list);
            byte[] pageBytes = BenchServer.body(BASE + page);
            // Two kinds of static file, each a byte-for-byte copy of the answer it is compared with: served by a web
            // application of its own (the servlet container's default servlet, as the desk's /static files are), and
            // by an Undertow file handler outside any web application (the cheapest path the server has).
            Files.write(statics.resolve("list.json"), listBytes);
            Files.write(statics.resolve("page.html"), pageBytes);
            server.run("/subsystem=undertow/configuration=handler/file=benchmark-files:add(path=" + statics + ")");
            server.run("/subsystem=undertow/server=default-server/host=default-host/location=\\/benchmark-files:add("
                    + "handler=benchmark-files)");
            Path war = work.resolve("benchmark-static.war");
            staticWar(war, listBytes, pageBytes);
            server.run("deploy " + war + " --name=benchmark-static.war");
            System.out.printf(
                    Locale.ROOT,
                    "list answer %d bytes, record page %d bytes (static copies of each)%n",
                    listBytes.length,
                    pageBytes.length);
            warm(
                    BASE + list,
                    BASE + page,
                    BASE + "/benchmark-static/list.json",
                    BASE + "/benchmark-static/page.html",
                    BASE + "/benchmark-files/list.json",
                    BASE + "/benchmark-files/page.html");

            Wrk warList = wrk(BASE + "/benchmark-static/list.json", duration, connections);
            Wrk fileList = wrk(BASE + "/benchmark-files/list.json", duration, connections);
            Wrk listRun = wrk(BASE + list, duration, connections);
            Wrk warPage = wrk(BASE + "/benchmark-static/page.html", duration, connections);
            Wrk filePage = wrk(BASE + "/benchmark-files/page.html", duration, connections);
            Wrk pageRun = wrk(BASE + page, duration, connections);
            // The same kind of page for records picked at random: most are not kept yet, so this is the cost of making
            // them (two indexed reads, the template), the price of a reader arriving from a search engine.
            Path random = work.resolve("random-record.lua");
            Files.writeString(
                    random,
                    "math.randomseed(42)\nrequest = function()\n  return wrk.format(\"GET\", \"/events/\" .."
                            + " math.random(1, " + records + "))\nend\n");
            Wrk coldPages = wrk(BASE + "/events/1", duration, connections, "-s", random.toString());
            print("static file in a web app, list-sized", warList);
            print("static file, Undertow handler, list-sized", fileList);
            print("GET " + list, listRun);
            print("static file in a web app, page-sized", warPage);
            print("static file, Undertow handler, page-sized", filePage);
            print("GET " + page, pageRun);
            print("GET /events/{any of " + records + "}", coldPages);
            System.out.printf(
                    Locale.ROOT,
                    "ratio list / static file in a web app: %.2f (target >= 0.5); / Undertow" + " handler: %.2f%n",
                    listRun.requestsPerSecond / warList.requestsPerSecond,
                    listRun.requestsPerSecond / fileList.requestsPerSecond);
            System.out.printf(
                    Locale.ROOT,
                    "ratio record page / static file in a web app: %.2f (target >= 0.5);"
                            + " / Undertow handler: %.2f%n",
                    pageRun.requestsPerSecond / warPage.requestsPerSecond,
                    pageRun.requestsPerSecond / filePage.requestsPerSecond);
            System.out.printf(
                    Locale.ROOT,
                    "errors: %d%n",
                    warList.errors
                            + fileList.errors
                            + listRun.errors
                            + warPage.errors
                            + coldPages.errors
                            + filePage.errors
                            + pageRun.errors);
            export(server);
        } finally {
            server.stop();
        }
    }

    /**
     * The whole CSV export, streamed to nowhere, while the server's live heap is sampled: {@code jcmd
     * GC.class_histogram} collects the garbage and counts what is still reachable in one step, so what is measured
     * is what the export holds on to, not garbage awaiting collection.
     */
    private static void export(BenchServer server) throws Exception {
        long pid = server.javaPid();
        long before = BenchServer.liveHeap(pid);
        AtomicLong peak = new AtomicLong(before);
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peak.accumulateAndGet(BenchServer.liveHeap(pid), Math::max);
                    samples.incrementAndGet();
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a sample lost; the next one counts
                }
            }
        });
        sampler.start();
        Instant started = Instant.now();
        long bytes = 0;
        long rows = 0;
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE + "/api/v1/events.csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    rows += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        Duration took = Duration.between(started, Instant.now());
        sampler.interrupt();
        sampler.join();
        System.out.printf(
                Locale.ROOT,
                "CSV export: HTTP %d, %d bytes, %d lines in %.1f s; server's live heap %d MB before, at most %d MB in"
                        + " %d samples during: grew %d MB (target < 64 MB)%n",
                response.statusCode(),
                bytes,
                rows,
                took.toMillis() / 1000.0,
                before >> 20,
                peak.get() >> 20,
                samples.get(),
                (peak.get() - before) >> 20);
    }

    record Wrk(double requestsPerSecond, String p99, long errors, String raw) {}

    private static Wrk wrk(String url, String duration, int connections, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency"));
        command.addAll(List.of(options));
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)", "0"));
        String p99 = find(out, "\\s99%\\s+([0-9.]+[a-z]+)", "?");
        long errors = Long.parseLong(find(out, "Non-2xx or 3xx responses:\\s+([0-9]+)", "0"));
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Wrk(rps, p99, errors, out);
    }

    private static void print(String what, Wrk run) {
        System.out.printf(
                Locale.ROOT,
                "%-44s %8.0f requests/s   p99 %8s   errors %d%n",
                what,
                run.requestsPerSecond,
                run.p99,
                run.errors);
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static void warm(String... urls) {
        for (int i = 0; i < 300; i++) {
            for (String url : urls) {
                BenchServer.status(url);
            }
        }
    }

    /** A web application of nothing but the two static files, served by the container's default servlet. */
    private static void staticWar(Path war, byte[] list, byte[] page) throws IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("list.json"));
            zip.write(list);
            zip.putNextEntry(new java.util.zip.ZipEntry("page.html"));
            zip.write(page);
            zip.putNextEntry(new java.util.zip.ZipEntry("WEB-INF/jboss-web.xml"));
            zip.write("<jboss-web><context-root>/benchmark-static</context-root></jboss-web>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

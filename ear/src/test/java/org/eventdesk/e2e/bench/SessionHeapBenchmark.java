package org.eventdesk.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventdesk.e2e.BrowserSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an idle editor costs the server (issue 10's benchmark): the retained heap per session with the records grid
 * open.
 *
 * <ol>
 *   <li>Starts a WildFly of the build's with the EAR in demo mode (ports +260) on a fresh H2 file, or on the
 *       database {@code -Dbenchmark.db.url} names ({@link BenchDatabase}): PostgreSQL, wiped first or kept as it is
 *       with {@code -Dbenchmark.db.keep=true}, or an H2 file, always kept; a kept desk is one the generator filled.
 *       An H2 database is opened by this JVM first (H2's AUTO_SERVER), and the server reaches it over TCP: H2's
 *       engine and its caches, which otherwise grow in the server's heap while the sessions open, stay outside the
 *       heap measured, as PostgreSQL's do ({@code -Dbenchmark.h2.inside=true} leaves H2 inside the server).
 *       It opens two sessions first, so that what every session shares (classes, caches, the first grid's queries)
 *       is loaded.
 *   <li>Measures the server's live heap ({@code jcmd GC.class_histogram}, which collects the garbage first).
 *   <li>Opens N more sessions ({@code -Dbenchmark.sessions}, default 20), each a headless Chromium of its own that logs
 *       in as the demo editor and opens the records grid, and leaves them open and idle (a browser that leaves the
 *       page tells Vaadin to close its UI, which would measure nothing).
 *   <li>Measures the live heap again and prints (after - before) / N, with the server's count of active sessions.
 * </ol>
 *
 * Run with {@code mvn -q -pl ear exec:java@benchmark-sessions} after {@code mvn -q install -DskipTests} (README).
 */
public final class SessionHeapBenchmark {
    private static final int PORT_OFFSET = 260;

    private SessionHeapBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("benchmark.sessions", 20);
        Path home = Path.of(System.getProperty("benchmark.jboss.home"));
        Path ear = Path.of(System.getProperty("benchmark.ear"));
        Path work = Path.of(System.getProperty("benchmark.dir"));
        // Named before the wipe, which a named desk must not be under.
        BenchDatabase desk = BenchDatabase.forServer(work.resolve("data"));
        BenchServer.wipe(work);
        Files.createDirectories(work.resolve("data"));
        boolean keep = Boolean.getBoolean("benchmark.db.keep");
        if (keep && System.getProperty("benchmark.db.url") == null) {
            throw new IllegalArgumentException("-Dbenchmark.db.keep needs the desk to keep (-Dbenchmark.db.url)");
        }
        if (!keep) {
            desk.wipe();
        }
        System.out.printf(
                Locale.ROOT,
                "Session heap benchmark: %d idle editor sessions with the records grid open, %s, %s, %d cores%n",
                sessions,
                keep || desk.postgres() ? desk.describe() : "H2 file database",
                keep ? String.format(Locale.ROOT, "%,d records", desk.count("event_record")) : "a fresh demo desk",
                Runtime.getRuntime().availableProcessors());
        // On H2 the database is opened here first, so that the server reaches it over TCP and H2's caches stay out of
        // the heap measured (-Dbenchmark.h2.inside=true: inside the server, as the desk runs by default).
        boolean hosted = !desk.postgres() && !Boolean.getBoolean("benchmark.h2.inside");
        if (!desk.postgres()) {
            System.out.println(
                    hosted
                            ? "H2 held by the benchmark's own JVM (AUTO_SERVER): the server reaches it over TCP,"
                                    + " so H2's caches are outside the heap measured"
                            : "H2 inside the server: its caches are in the heap measured");
        }
        try (Connection host = hosted ? desk.hostForServer() : null) {
            measure(desk, host, sessions, keep, home, work, ear);
        }
    }

    /** Starts the server, opens the sessions and prints what they hold (the steps of the class comment). */
    private static void measure(
            BenchDatabase desk, Connection host, int sessions, boolean keep, Path home, Path work, Path ear)
            throws Exception {
        BenchServer server = BenchServer.start(
                home,
                work.resolve("server"),
                desk.dataDir(),
                PORT_OFFSET,
                "-Deventdesk.demo=true " + desk.serverOptions()
                        + (host == null ? "" : " " + BenchDatabase.HOSTED_SERVER_OPTIONS));
        List<WebDriver> browsers = new ArrayList<>();
        try {
            server.deploy(ear, "eventdesk.ear");
            String base = server.base();
            BenchServer.waitFor(() -> BenchServer.status(base + "/login") == 200, "the desk");
            if (keep) {
                // A desk filled outside the server has its search index rebuilt first: measure the settled server.
                System.out.printf(Locale.ROOT, "search index rebuilt in %d s%n", BenchServer.waitForSearchIndex(base));
            }
            for (int i = 0; i < 2; i++) {
                browsers.add(editorWithGrid(base));
            }
            // -1: no H2 is held here (PostgreSQL, or H2 inside the server), so there is nothing to count.
            long connectionsBefore = host == null ? -1 : BenchDatabase.otherSessions(host);
            if (connectionsBefore == 0) {
                // The server opened another database (a -Ppostgresql build's, say): its figure would not be H2's.
                throw new IllegalStateException("the server holds no connection to the H2 desk this benchmark holds");
            }
            long pid = server.javaPid();
            HeapHistogram before = HeapHistogram.of(pid);
            for (int i = 0; i < sessions; i++) {
                browsers.add(editorWithGrid(base));
            }
            Thread.sleep(2000);
            HeapHistogram after = HeapHistogram.of(pid);
            String active = server.cli("/deployment=eventdesk.ear/subdeployment=eventdesk-web.war/subsystem=undertow"
                    + ":read-attribute(name=active-sessions)");
            Matcher count = Pattern.compile("\"result\" => (\\d+)").matcher(active);
            System.out.printf(
                    Locale.ROOT,
                    "live heap %d MB before, %d MB after %d sessions; active HTTP sessions %s%n",
                    before.total() / (1024 * 1024),
                    after.total() / (1024 * 1024),
                    sessions,
                    count.find() ? count.group(1) : "?");
            System.out.printf(
                    Locale.ROOT,
                    "retained heap per idle editor session with the records grid open: %d kB (target <= 300 kB)%n",
                    (after.total() - before.total()) / sessions / 1024);
            if (host != null) {
                // Each connection over TCP keeps two 64 kB buffers in the server's heap: one the pool opened while
                // the sessions opened counts in their figure (6.4 kB a session at 20 sessions).
                System.out.printf(
                        Locale.ROOT,
                        "the server's connections to H2 in this JVM: %d before the sessions, %d after%n",
                        connectionsBefore,
                        BenchDatabase.otherSessions(host));
            }
            System.out.println("what a session holds most of (growth per session, by class):");
            for (var grown : after.grownMostSince(before, 15)) {
                System.out.printf(
                        Locale.ROOT, "  %8.1f kB  %s%n", grown.getValue() / 1024.0 / sessions, grown.getKey());
            }
        } finally {
            for (WebDriver browser : browsers) {
                browser.quit();
            }
            server.stop();
        }
    }

    /** A browser of its own, logged in as the demo editor, on the records grid with its first rows shown. */
    private static WebDriver editorWithGrid(String base) {
        WebDriver browser = new ChromeDriver(BrowserSession.driverService(), BrowserSession.chromeOptions());
        BenchServer.logInAsDemoEditor(browser, base);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "/records");
        wait.until(d -> d.findElements(By.cssSelector("#records-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> !c.getText().isBlank()));
        return browser;
    }
}

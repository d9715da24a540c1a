package org.eventdesk.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of the build's, started for one benchmark on ports of its own (a port offset), with its configuration
 * copied into the benchmark's directory so the build's server is left as it was, and stopped by the benchmark that
 * started it.
 */
public final class BenchServer {
    private final Path home;
    private final int portOffset;
    private final Process process;

    private BenchServer(Path home, int portOffset, Process process) {
        this.home = home;
        this.portOffset = portOffset;
        this.process = process;
    }

    /**
     * Starts the server and waits until it runs.
     *
     * @param base the server's base directory (configuration copied there, its log written there)
     * @param data the desk's data directory (its H2 file database)
     * @param javaOptions further JVM options (system properties of the desk)
     */
    static BenchServer start(Path home, Path base, Path data, int portOffset, String javaOptions) throws Exception {
        copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(), "--read-only-server-config=standalone.xml")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("server.log").toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment()
                .put(
                        "JAVA_OPTS",
                        "-Xms1g -Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.server.base.dir=" + base
                                + " -Djboss.socket.binding.port-offset=" + portOffset + " -Deventdesk.data.dir="
                                + data + " " + javaOptions);
        BenchServer server = new BenchServer(home, portOffset, builder.start());
        waitFor(() -> server.cli(":read-attribute(name=server-state)").contains("running"), "the server");
        return server;
    }

    /** The address of the desk on this server, e.g. {@code http://127.0.0.1:8280}. */
    String base() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    void deploy(Path archive, String name) {
        run("deploy " + archive + " --name=" + name);
    }

    /**
     * Stops this benchmark's server and waits until its JVM is gone. A shutdown can hang (a re-index stopped
     * mid-way once left its JVM spinning on a closed H2 store, a core busy through every later run), so the
     * processes this benchmark started are ended by their handles, forcibly if they do not end when asked.
     */
    void stop() throws Exception {
        List<ProcessHandle> started =
                new java.util.ArrayList<>(process.descendants().toList());
        started.add(process.toHandle());
        cli(":shutdown");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            started.forEach(ProcessHandle::destroy);
        }
        for (ProcessHandle handle : started) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                handle.destroyForcibly();
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The JVM of the server (standalone.sh's child), whose heap and threads are measured. */
    long javaPid() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .orElseThrow()
                .pid();
    }

    /** Runs a management command; a failure stops the benchmark. */
    void run(String command) {
        String out = cli(command);
        if (out.contains("failed") || out.contains("WFLY")) {
            throw new IllegalStateException(command + ": " + out);
        }
    }

    String cli(String command) {
        try {
            Process cli = new ProcessBuilder(
                            home.resolve("bin/jboss-cli.sh").toString(),
                            "--connect",
                            "--controller=127.0.0.1:" + (9990 + portOffset),
                            "--command=" + command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(cli.getInputStream().readAllBytes());
            cli.waitFor(120, TimeUnit.SECONDS);
            return out;
        } catch (Exception e) {
            return "";
        }
    }

    /** Bytes of reachable objects: the "Total" of a class histogram, which collects the garbage first. */
    static long liveHeap(long pid) throws Exception {
        return HeapHistogram.of(pid).total();
    }

    static byte[] body(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    static int status(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void waitFor(Check check, String what) throws Exception {
        waitFor(check, what, Duration.ofMinutes(5));
    }

    static void waitFor(Check check, String what, Duration atMost) throws Exception {
        Instant end = Instant.now().plus(atMost);
        while (Instant.now().isBefore(end)) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(what + " did not come up in " + atMost.toMinutes() + " minutes");
    }

    /**
     * Waits until the desk has no re-index running and says how long that took. A desk that starts on a database
     * seeded outside it rebuilds its search index in the background (SearchIndexBootstrap); at 100,000 records that
     * keeps a core busy for minutes, and figures taken meanwhile measure the rebuild as much as the desk.
     *
     * @return the seconds waited
     */
    static long waitForSearchIndex(String base) throws Exception {
        Instant start = Instant.now();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest state = HttpRequest.newBuilder(URI.create(base + "/api/v1/search-index"))
                .header("Authorization", "Bearer demo-admin-token")
                .timeout(Duration.ofSeconds(30))
                .build();
        waitFor(
                () -> {
                    HttpResponse<String> answer = http.send(state, HttpResponse.BodyHandlers.ofString());
                    return answer.statusCode() == 200 && answer.body().contains("\"running\":false");
                },
                "the search index",
                Duration.ofMinutes(60));
        return Duration.between(start, Instant.now()).toSeconds();
    }

    /** A server's configuration directory copied, its history left behind; files already there are replaced. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.toString().contains("standalone_xml_history")) {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Logs a benchmark's own browser in as the demo editor (demo mode's password), through the login page. */
    static void logInAsDemoEditor(org.openqa.selenium.WebDriver browser, String base) {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60));
        browser.get(base + "/login");
        wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("vaadin-login-form input[name='username']"))
                .isEmpty());
        browser.findElement(org.openqa.selenium.By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys("editor");
        browser.findElement(org.openqa.selenium.By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("eventdesk-demo");
        browser.findElement(org.openqa.selenium.By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}

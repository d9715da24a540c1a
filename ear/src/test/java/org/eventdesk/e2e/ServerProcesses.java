package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WildFly processes for the tests that need one of their own: started from the server the build unpacked, the EAR
 * deployed to it through its CLI like the build deploys it, stopped by the signal its shutdown hook answers.
 */
final class ServerProcesses {
    static final String HOME = System.getProperty("test.jboss.home");
    /** The options the build started the test server with (demo mode, base directory, ports, database). */
    static final String JAVA_OPTS = System.getProperty("test.server.java.opts");
    /** For the questions asked again and again while a server starts or stops. */
    private static final HttpClient POLLING = HttpClient.newHttpClient();

    private ServerProcesses() {}

    /** Starts {@code standalone.sh} with these options; its console goes to {@code target/<logName>}. */
    static Process start(String javaOpts, String logName) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(HOME, "bin", "standalone.sh").toString(), "--read-only-server-config=standalone.xml")
                .redirectErrorStream(true)
                .redirectOutput(logFile(logName));
        builder.environment().put("JAVA_OPTS", javaOpts);
        builder.environment().put("JBOSS_HOME", HOME);
        return builder.start();
    }

    /**
     * Stops the test server (the JVM with the build's base directory, if the desk answers), starts a new process with
     * these options, deploys the EAR through the controller and waits until the desk answers.
     */
    static Process restart(String controller, String javaOpts, String logName) throws Exception {
        if (answers(Desk.BASE_URL)) {
            stop(runningJvm());
        }
        Process server = start(javaOpts, logName);
        deployWhenUp(controller, Desk.BASE_URL);
        return server;
    }

    /**
     * The test server's options for one more server beside it on the same database: a base directory of its own
     * ({@code <test server's>-<name>}, the configuration copied) and every port {@code shift} higher.
     */
    static String anotherServer(String name, int shift) throws IOException {
        Path first = Path.of(System.getProperty("test.e2e.base.dir"));
        Path base = first.resolveSibling(first.getFileName() + "-" + name);
        org.eventdesk.e2e.bench.BenchServer.copy(first.resolve("configuration"), base.resolve("configuration"));
        return JAVA_OPTS.replace(first.toString(), base.toString()) + " -Djboss.socket.binding.port-offset=" + shift;
    }

    /** The management address of the server whose ports are {@code shift} higher than the test server's. */
    static String controller(int shift) {
        return "127.0.0.1:" + (Integer.getInteger("test.management.port", 10090) + shift);
    }

    /** A base URL with its port {@code shift} higher. */
    static String shifted(String baseUrl, int shift) {
        Matcher port = Pattern.compile(":(\\d+)$").matcher(baseUrl);
        assertTrue(port.find(), baseUrl);
        return baseUrl.substring(0, port.start()) + ":" + (Integer.parseInt(port.group(1)) + shift);
    }

    /**
     * The JVM of the test server running now, whoever started it (the build, or a restart test before): the java
     * process whose command line names this build's own server base directory, so no other server on the machine is
     * touched. The kill tests take it as it runs rather than restart it first to own it: a restart less each.
     */
    static ProcessHandle runningJvm() {
        String baseDir = "-Djboss.server.base.dir=" + System.getProperty("test.e2e.base.dir");
        return ProcessHandle.allProcesses()
                .filter(ServerProcesses::isJava)
                .filter(p -> p.info()
                        .arguments()
                        .map(arguments -> java.util.Arrays.asList(arguments).contains(baseDir))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no running server with " + baseDir));
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    /** {@code target/<name>}, found lexically from the screenshots directory (which may not exist yet). */
    static File logFile(String name) {
        Path screenshots = Path.of(System.getProperty("test.screenshots.dir", "target/screenshots"));
        return screenshots.toAbsolutePath().getParent().resolve(name).toFile();
    }

    /**
     * Waits for the server at a management port to run, deploys the EAR and waits for the desk to answer. Whether it
     * runs is asked of the management interface's readiness check over HTTP (the health subsystem, open without
     * login): asking through the CLI started a JVM every second, which on two cores slowed the very start it waited
     * for.
     */
    static void deployWhenUp(String controller, String baseUrl) throws Exception {
        waitUntil(() -> ready(controller), Duration.ofSeconds(120), "the server at " + controller + " runs");
        cli(controller, "deploy " + System.getProperty("test.ear") + " --name=eventdesk.ear");
        waitUntil(() -> answers(baseUrl), Duration.ofSeconds(120), "the desk at " + baseUrl + " answers");
    }

    /**
     * Stops a server as the CLI's {@code :shutdown} does, by the signal its shutdown hook answers (SIGTERM: services
     * stopped in order, the database closed), and waits until its JVM has ended, so that a server started next finds
     * the database file free. One that has not ended in 90 s is killed, and the test fails.
     */
    static void stop(ProcessHandle jvm) throws Exception {
        jvm.destroy();
        try {
            jvm.onExit().get(90, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            jvm.destroyForcibly();
            throw new AssertionError("the server " + jvm.pid() + " did not stop within 90 s of SIGTERM");
        }
    }

    /**
     * Stops a server a test started ({@code standalone.sh}): its JVM as {@link #stop} does, if one is left, then waits
     * for the script to end; one that has not ended in 90 s is ended forcibly. Answers whether it ended by itself;
     * never throws, so that in a {@code finally} it cannot hide the test's own failure.
     */
    static boolean stopStarted(Process server) {
        server.descendants().filter(ServerProcesses::isJava).forEach(ProcessHandle::destroy);
        try {
            if (server.waitFor(90, TimeUnit.SECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        return false;
    }

    static void cli(String controller, String command) throws Exception {
        Process cli = cliProcess(controller, command);
        String output = new String(cli.getInputStream().readAllBytes());
        assertTrue(cli.waitFor(120, TimeUnit.SECONDS), "CLI finished: " + command);
        assertEquals(0, cli.exitValue(), command + ": " + output);
    }

    /** Whether the server at a management address is up and running (its readiness check answers 200). */
    private static boolean ready(String controller) {
        try {
            HttpResponse<Void> response = POLLING.send(
                    HttpRequest.newBuilder(URI.create("http://" + controller + "/health/ready"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static Process cliProcess(String controller, String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(HOME, "bin", "jboss-cli.sh").toString(),
                        "--connect",
                        "--controller=" + controller,
                        "--command=" + command)
                .redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", HOME);
        return builder.start();
    }

    /** Whether a desk serves its login page (not merely whether the port is open). */
    static boolean answers(String baseUrl) {
        try {
            HttpResponse<Void> response = POLLING.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Asks four times a second: the conditions are mostly one HTTP request or one query (those that take longer, such
     * as ImportTwoServersIT's, pace themselves), and a server start or an index rebuild that ends between two asks is
     * otherwise waited on for up to a whole interval more.
     */
    static void waitUntil(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + limit + ": " + what);
    }
}

package org.eventdesk.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Articles per second on one thread, for articles of about 5 kB.
 *
 * <p>Run: {@code mvn -q -pl extraction test-compile exec:java@benchmark-extraction}. The articles are made by joining
 * the evaluation texts (each starts at a different one) until they reach 5,000 characters, so they read like news
 * and hit every rule. The loop warms up first (the JIT compiles the hot paths), then times a fixed number of
 * extractions in this one thread. The headline figure divides by the thread's own CPU time, which is what one
 * core delivers even when other processes compete for the machine; the wall-clock rate is printed next to it.
 * Not a test: timings depend on the machine, and no test asserts them.
 */
public final class ExtractionBenchmark {
    private static final int TARGET_CHARS = 5_000;
    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 10_000;

    public static void main(String[] args) {
        long heapBefore = usedHeapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long loadCpuStart = threads.getCurrentThreadCpuTime();
        long loadStart = System.nanoTime();
        Extractor extractor = new Extractor();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long loadCpuMillis = (threads.getCurrentThreadCpuTime() - loadCpuStart) / 1_000_000;
        long heapMb = (usedHeapAfterGc() - heapBefore) / (1024 * 1024);
        List<String> articles = articles();
        ZonedDateTime published = ZonedDateTime.parse("2025-12-27T14:30Z[Europe/London]");
        long chars = articles.stream().mapToLong(String::length).sum();

        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += extractor
                    .extract(articles.get(i % articles.size()), published)
                    .figures()
                    .size();
        }
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink += extractor
                    .extract(articles.get(i % articles.size()), published)
                    .figures()
                    .size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        System.out.printf(
                Locale.ROOT,
                "extractor loaded in %d ms (%d ms of CPU; gazetteer and word lists, cold JVM), about %d MB of heap"
                        + " retained%n",
                loadMillis,
                loadCpuMillis,
                heapMb);
        System.out.printf(
                Locale.ROOT,
                "%d distinct articles, %.0f characters on average; %d warm-up extractions, then %d timed, one thread%n",
                articles.size(),
                (double) chars / articles.size(),
                WARM_UP,
                MEASURED);
        System.out.printf(
                Locale.ROOT,
                "%.0f articles/s on one core: %.3f ms of this thread's CPU time per article%n",
                MEASURED / cpuSeconds,
                cpuSeconds * 1000 / MEASURED);
        System.out.printf(
                Locale.ROOT,
                "%.0f articles/s by the wall clock (lower when other processes share the cores; load average %.2f)"
                        + "%n[%s %s, %d cores available, checksum %d]%n",
                MEASURED / seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                sink);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static List<String> articles() {
        List<String> texts = ExtractionEvaluation.texts();
        List<String> out = new ArrayList<>();
        for (int first = 0; first < texts.size(); first++) {
            StringBuilder b = new StringBuilder();
            for (int k = first; b.length() < TARGET_CHARS; k++) {
                String t = texts.get(k % texts.size());
                int room = TARGET_CHARS - b.length();
                b.append(t.length() <= room ? t : t.substring(0, t.lastIndexOf(' ', room) + 1))
                        .append("\n\n");
            }
            out.add(b.toString().strip());
        }
        return out;
    }
}

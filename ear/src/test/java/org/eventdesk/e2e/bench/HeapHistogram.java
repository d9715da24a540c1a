package org.eventdesk.e2e.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's live heap by class ({@code jcmd GC.class_histogram}, which collects the garbage first), so that a
 * benchmark can say not only how much more the heap holds after a step but of what.
 */
record HeapHistogram(long total, Map<String, Long> bytesByClass) {
    // "   1:        123456       7890123  java.lang.String (java.base@17)"
    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");

    static HeapHistogram of(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher total = TOTAL.matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("no heap histogram: " + out);
        }
        Map<String, Long> byClass = new HashMap<>();
        Matcher line = LINE.matcher(out);
        while (line.find()) {
            byClass.merge(line.group(2), Long.parseLong(line.group(1)), Long::sum);
        }
        return new HeapHistogram(Long.parseLong(total.group(1)), byClass);
    }

    /** The classes whose instances grew most since {@code before}, most first, with their growth in bytes. */
    List<Map.Entry<String, Long>> grownMostSince(HeapHistogram before, int limit) {
        Map<String, Long> growth = new HashMap<>();
        bytesByClass.forEach((type, bytes) -> growth.put(type, bytes - before.bytesByClass.getOrDefault(type, 0L)));
        return growth.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }
}

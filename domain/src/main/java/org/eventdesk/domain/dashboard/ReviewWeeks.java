package org.eventdesk.domain.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.ChangeAction;

/**
 * Review, week by week, as the records' history tells it: how many revisions were approved and how many returned
 * (the returned rate: returns among all review decisions of the week), and how long approval took from submission
 * (median and 90th percentile). The time runs from the first submission of a revision to its approval, through any
 * returns between (what the desk waits for a record to get through review); a record spiked in between starts
 * afresh. A decision falls in the week it was taken.
 */
public final class ReviewWeeks {
    private ReviewWeeks() {}

    /** One week's review. The times are empty when nothing was approved that week. */
    public record Week(
            LocalDate week, int approved, int returned, Optional<Duration> median, Optional<Duration> ninetieth) {
        /** Returns among all review decisions, 0 to 1; empty for a week without decisions. */
        public Optional<Double> returnedRate() {
            int decisions = approved + returned;
            return decisions == 0 ? Optional.empty() : Optional.of((double) returned / decisions);
        }
    }

    /**
     * @param events the history of every record decided in the window, earlier submissions included, in any order
     * @return one entry per week of the window, oldest first (weeks without decisions too)
     */
    public static List<Week> of(List<ReviewEvent> events, DeskWindow window) {
        Map<LocalDate, List<Duration>> times = new LinkedHashMap<>();
        Map<LocalDate, Integer> returns = new LinkedHashMap<>();
        Map<Long, List<ReviewEvent>> byRecord = events.stream()
                .sorted(Comparator.comparing(ReviewEvent::at))
                .collect(Collectors.groupingBy(ReviewEvent::recordId, LinkedHashMap::new, Collectors.toList()));
        byRecord.values().forEach(history -> {
            Instant submitted = null;
            for (ReviewEvent event : history) {
                switch (event.action()) {
                    case SUBMITTED -> submitted = submitted == null ? event.at() : submitted;
                    case APPROVED -> {
                        if (window.contains(event.at()) && submitted != null) {
                            times.computeIfAbsent(DeskWindow.weekOf(event.at()), w -> new ArrayList<>())
                                    .add(Duration.between(submitted, event.at()));
                        }
                        submitted = null;
                    }
                    case RETURNED -> {
                        if (window.contains(event.at())) {
                            returns.merge(DeskWindow.weekOf(event.at()), 1, Integer::sum);
                        }
                    }
                    case SPIKED -> submitted = null;
                    default -> {
                        // Other steps do not start or end a review.
                    }
                }
            }
        });
        return window.weeks().stream()
                .map(week -> {
                    List<Duration> approvals = times.getOrDefault(week, List.of());
                    return new Week(
                            week,
                            approvals.size(),
                            returns.getOrDefault(week, 0),
                            percentile(approvals, 50),
                            percentile(approvals, 90));
                })
                .toList();
    }

    /**
     * The nearest-rank percentile: the smallest value that at least {@code percent}% of the values do not exceed
     * (of 1 to 10 seconds, the median is 5 and the 90th percentile 9). Empty for no values.
     */
    public static Optional<Duration> percentile(List<Duration> values, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a percentile is between 1 and 100: " + percent);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }

    /** A review time in words: "45 min", "3 h 20 min", "2 d 4 h". */
    public static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.toSeconds() + " s";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = duration.toHours();
        if (hours < 24) {
            return hours + " h " + duration.toMinutesPart() + " min";
        }
        return duration.toDays() + " d " + duration.toHoursPart() + " h";
    }

    /** The ChangeActions review times are read from. */
    public static final List<ChangeAction> STEPS =
            List.of(ChangeAction.SUBMITTED, ChangeAction.APPROVED, ChangeAction.RETURNED, ChangeAction.SPIKED);
}

package org.eventdesk.domain.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.Amount;

/**
 * Figures summed per category and week of the events (e.g. drones launched per week), their qualifiers honoured
 * ({@link FigureTotal}). One record is one event: when it gives several figures for one category ("248, later 217",
 * or two officials' counts), only the most conservative is added ({@link FigureTotal#mostConservative}) and the
 * others are counted as set aside, so the dashboard can say so. A figure that is part of another of the same category
 * ("of them, 20 in Kyiv" under "killed") is inside that one already and is not added again.
 */
public final class FigureWeeks {
    private FigureWeeks() {}

    /** One category in one week. */
    public record Cell(String category, LocalDate week, FigureTotal total, int records, int setAside) {
        /** The cell in words: the total, and what was set aside or left out. */
        public String describe() {
            StringBuilder words = new StringBuilder(total.describe());
            List<String> notes = new ArrayList<>();
            if (setAside > 0) {
                notes.add(setAside + (setAside == 1 ? " competing figure" : " competing figures")
                        + " set aside, the lowest counted");
            }
            if (total.leftOut() > 0) {
                notes.add(total.leftOut() + (total.leftOut() == 1 ? " fraction" : " fractions") + " not added");
            }
            if (!notes.isEmpty()) {
                words.append(" (").append(String.join("; ", notes)).append(')');
            }
            return words.toString();
        }
    }

    /** The cells of the window, by category (in the order of first appearance in {@code categoryOrder}) then week. */
    public static List<Cell> sum(List<ReportedFigure> figures, DeskWindow window, List<String> categoryOrder) {
        Map<Long, List<ReportedFigure>> byRecord = figures.stream()
                .filter(f -> f.eventStart() != null && window.contains(f.eventStart()))
                .collect(Collectors.groupingBy(ReportedFigure::recordId, LinkedHashMap::new, Collectors.toList()));

        Map<String, Map<LocalDate, Accumulator>> cells = new TreeMap<>(categoryComparator(categoryOrder));
        byRecord.values().forEach(ofRecord -> {
            Map<Integer, String> categoryAt = new LinkedHashMap<>();
            ofRecord.forEach(f -> categoryAt.put(f.position(), f.category()));
            Map<String, List<Amount>> competing = ofRecord.stream()
                    .filter(f -> !Objects.equals(categoryAt.get(f.parentPosition()), f.category()))
                    .collect(Collectors.groupingBy(
                            ReportedFigure::category,
                            LinkedHashMap::new,
                            Collectors.mapping(ReportedFigure::amount, Collectors.toList())));
            LocalDate week = DeskWindow.weekOf(ofRecord.get(0).eventStart());
            competing.forEach((category, amounts) -> {
                Accumulator cell = cells.computeIfAbsent(category, c -> new TreeMap<>())
                        .computeIfAbsent(week, w -> new Accumulator());
                Optional<Amount> counted = FigureTotal.mostConservative(amounts);
                long addable = amounts.stream().filter(FigureTotal::isAddable).count();
                if (counted.isPresent()) {
                    cell.total = cell.total.plus(counted.get());
                    cell.setAside += (int) addable - 1;
                }
                for (Amount amount : amounts) {
                    if (!FigureTotal.isAddable(amount)) {
                        cell.total = cell.total.plus(amount); // counted as left out
                    }
                }
                cell.records++;
            });
        });

        List<Cell> result = new ArrayList<>();
        cells.forEach((category, weeks) -> weeks.forEach(
                (week, cell) -> result.add(new Cell(category, week, cell.total, cell.records, cell.setAside))));
        return result;
    }

    /** Categories in the taxonomy's order; one the order does not know goes last, by code. */
    private static Comparator<String> categoryComparator(List<String> order) {
        return Comparator.comparingInt((String c) -> {
                    int at = order.indexOf(c);
                    return at < 0 ? Integer.MAX_VALUE : at;
                })
                .thenComparing(Comparator.naturalOrder());
    }

    private static final class Accumulator {
        FigureTotal total = FigureTotal.none();
        int records;
        int setAside;
    }
}

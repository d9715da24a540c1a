package org.eventdesk.domain.dashboard;

import static org.eventdesk.domain.dashboard.FigureTotalTest.exact;
import static org.eventdesk.domain.dashboard.FigureTotalTest.of;
import static org.eventdesk.domain.dashboard.FigureTotalTest.range;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Qualifier;
import org.junit.jupiter.api.Test;

class FigureWeeksTest {
    /** A Monday evening: the window is the week of 2026-11-30 and the eleven before it. */
    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");

    private static final DeskWindow WINDOW = DeskWindow.lastWeeks(NOW, 12);
    private static final Instant LAST_WEEK = Instant.parse("2026-11-25T03:00:00Z");
    private static final Instant THIS_WEEK = Instant.parse("2026-11-30T01:00:00Z");

    private static ReportedFigure figure(long record, int position, String category, Instant at, Amount amount) {
        return new ReportedFigure(record, position, null, category, at, amount);
    }

    private static List<String> cells(List<ReportedFigure> figures) {
        return FigureWeeks.sum(figures, WINDOW, List.of("KILLED", "DRONES_LAUNCHED")).stream()
                .map(c -> c.category() + " " + c.week() + " " + c.records() + ": " + c.describe())
                .toList();
    }

    @Test
    void figuresAddUpPerCategoryAndWeekOfTheEventWithTheirQualifiers() {
        assertEquals(
                List.of(
                        "KILLED 2026-11-23 1: 3",
                        "DRONES_LAUNCHED 2026-11-23 2: at least 160",
                        "DRONES_LAUNCHED 2026-11-30 1: 10–20"),
                cells(List.of(
                        figure(1, 0, "DRONES_LAUNCHED", LAST_WEEK, of(Qualifier.AT_LEAST, 40)),
                        figure(1, 1, "KILLED", LAST_WEEK, exact(3)),
                        figure(2, 0, "DRONES_LAUNCHED", LAST_WEEK, exact(120)),
                        figure(3, 0, "DRONES_LAUNCHED", THIS_WEEK, range(10, 20)))));
    }

    @Test
    void competingFiguresOfOneRecordAreCountedOnceTheLowestAndTheRestSaidToBeSetAside() {
        List<String> cells = cells(List.of(
                figure(1, 0, "KILLED", LAST_WEEK, exact(248)),
                figure(1, 1, "KILLED", LAST_WEEK, exact(217)),
                figure(1, 2, "KILLED", LAST_WEEK, of(Qualifier.AT_LEAST, 230)),
                figure(2, 0, "KILLED", LAST_WEEK, exact(3))));
        assertEquals(List.of("KILLED 2026-11-23 2: 220 (2 competing figures set aside, the lowest counted)"), cells);
    }

    @Test
    void aPartOfAFigureOfTheSameCategoryIsNotAddedAgainButAPartOfAnotherCategoryCounts() {
        List<String> cells = cells(List.of(
                figure(1, 0, "KILLED", LAST_WEEK, exact(20)),
                new ReportedFigure(1, 1, 0, "KILLED", LAST_WEEK, exact(5)),
                new ReportedFigure(1, 2, 0, "CHILDREN", LAST_WEEK, exact(2))));
        assertEquals(List.of("KILLED 2026-11-23 1: 20", "CHILDREN 2026-11-23 1: 2"), cells);
    }

    @Test
    void fractionsAreNotAddedAndSaidSoAndEventsOutsideTheWindowOrWithoutTimeAreLeftOut() {
        List<String> cells = cells(List.of(
                figure(1, 0, "DRONES_LAUNCHED", LAST_WEEK, Amount.fraction(BigDecimal.ONE, BigDecimal.valueOf(2))),
                figure(2, 0, "DRONES_LAUNCHED", LAST_WEEK, of(Qualifier.APPROXIMATE, 500)),
                figure(3, 0, "DRONES_LAUNCHED", WINDOW.start().minusSeconds(1), exact(1000)),
                figure(4, 0, "DRONES_LAUNCHED", null, exact(1000))));
        assertEquals(List.of("DRONES_LAUNCHED 2026-11-23 2: about 500 (1 fraction not added)"), cells);
    }

    @Test
    void theWindowIsTheCurrentWeekAndTheElevenBeforeItInUtc() {
        assertEquals(LocalDate.parse("2026-09-14"), WINDOW.firstDay());
        assertEquals(12, WINDOW.weeks().size());
        assertEquals(LocalDate.parse("2026-11-30"), WINDOW.weeks().get(11));
        assertEquals(78, WINDOW.days().size());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), WINDOW.end());
        assertEquals(LocalDate.parse("2026-11-23"), DeskWindow.weekOf(Instant.parse("2026-11-29T23:59:59Z")));
    }
}

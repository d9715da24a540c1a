package org.eventdesk.domain.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretch of time the dashboard looks at: the current week and the whole weeks before it, weeks starting on
 * Monday and days counted in UTC (a desk whose people sit in several zones needs one calendar). Bounded, so that
 * every query behind the dashboard reads a recent slice of an index, however large the desk grows.
 */
public record DeskWindow(LocalDate firstDay, LocalDate today) {
    /** Twelve weeks: a quarter, enough for a trend, small enough to read on one screen. */
    public static final int WEEKS = 12;

    public DeskWindow {
        if (firstDay.isAfter(today)) {
            throw new IllegalArgumentException("the window starts after it ends: " + firstDay + " > " + today);
        }
    }

    /** The current week (up to {@code now}) and the {@code weeks - 1} before it. */
    public static DeskWindow lastWeeks(Instant now, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("at least one week: " + weeks);
        }
        LocalDate today = dayOf(now);
        return new DeskWindow(weekOf(today).minusWeeks(weeks - 1L), today);
    }

    public Instant start() {
        return firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of today (exclusive): what happens later today still falls in the window. */
    public Instant end() {
        return today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** Every day of the window, oldest first. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The Monday of every week of the window, oldest first. */
    public List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = weekOf(firstDay); !week.isAfter(today); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The Monday of the week the day falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate weekOf(Instant at) {
        return weekOf(dayOf(at));
    }
}

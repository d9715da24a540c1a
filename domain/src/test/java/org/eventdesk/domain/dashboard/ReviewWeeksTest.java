package org.eventdesk.domain.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.PublicationKind;
import org.junit.jupiter.api.Test;

class ReviewWeeksTest {
    private static final DeskWindow WINDOW = DeskWindow.lastWeeks(Instant.parse("2026-11-30T18:00:00Z"), 12);
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private static ReviewEvent event(long record, ChangeAction action, Instant at) {
        return new ReviewEvent(record, action, at);
    }

    @Test
    void theNearestRankPercentileOfOneToTenIsFiveAndNine() {
        List<Duration> seconds =
                IntStream.rangeClosed(1, 10).mapToObj(Duration::ofSeconds).toList();
        assertEquals(Optional.of(Duration.ofSeconds(5)), ReviewWeeks.percentile(seconds, 50));
        assertEquals(Optional.of(Duration.ofSeconds(9)), ReviewWeeks.percentile(seconds, 90));
        assertEquals(Optional.of(Duration.ofSeconds(7)), ReviewWeeks.percentile(List.of(Duration.ofSeconds(7)), 90));
        assertEquals(Optional.empty(), ReviewWeeks.percentile(List.of(), 50));
        assertThrows(IllegalArgumentException.class, () -> ReviewWeeks.percentile(seconds, 0));
    }

    @Test
    void approvalTimeRunsFromTheFirstSubmissionThroughReturnsAndReturnsCountInTheRate() {
        List<ReviewWeeks.Week> weeks = ReviewWeeks.of(
                List.of(
                        // Record 1: submitted, returned, submitted again, approved: 5 hours in all.
                        event(1, ChangeAction.SUBMITTED, MONDAY),
                        event(1, ChangeAction.RETURNED, MONDAY.plusSeconds(3600)),
                        event(1, ChangeAction.SUBMITTED, MONDAY.plusSeconds(7200)),
                        event(1, ChangeAction.APPROVED, MONDAY.plusSeconds(5 * 3600)),
                        // Record 2, given out of order: 1 hour.
                        event(2, ChangeAction.APPROVED, MONDAY.plusSeconds(3600)),
                        event(2, ChangeAction.SUBMITTED, MONDAY),
                        // Record 3: spiked, then submitted afresh: 2 hours from the new submission.
                        event(3, ChangeAction.SUBMITTED, MONDAY.minus(Duration.ofDays(30))),
                        event(3, ChangeAction.SPIKED, MONDAY.minus(Duration.ofDays(29))),
                        event(3, ChangeAction.SUBMITTED, MONDAY),
                        event(3, ChangeAction.APPROVED, MONDAY.plusSeconds(7200)),
                        // Record 4: returned this week, not approved yet.
                        event(4, ChangeAction.SUBMITTED, MONDAY.plus(Duration.ofDays(7))),
                        event(
                                4,
                                ChangeAction.RETURNED,
                                MONDAY.plus(Duration.ofDays(7)).plusSeconds(60))),
                WINDOW);
        assertEquals(12, weeks.size());
        ReviewWeeks.Week last = weeks.get(10);
        assertEquals(LocalDate.parse("2026-11-23"), last.week());
        assertEquals(3, last.approved());
        assertEquals(1, last.returned());
        assertEquals(Optional.of(Duration.ofHours(2)), last.median());
        assertEquals(Optional.of(Duration.ofHours(5)), last.ninetieth());
        assertEquals(Optional.of(0.25), last.returnedRate());

        ReviewWeeks.Week current = weeks.get(11);
        assertEquals(0, current.approved());
        assertEquals(1, current.returned());
        assertEquals(Optional.empty(), current.median());
        assertEquals(Optional.of(1.0), current.returnedRate());
        assertEquals(Optional.empty(), weeks.get(0).returnedRate());
    }

    @Test
    void aDecisionBeforeTheWindowIsNotCountedAndAnApprovalWithoutASubmissionHasNoTime() {
        Instant before = WINDOW.start().minusSeconds(60);
        List<ReviewWeeks.Week> weeks = ReviewWeeks.of(
                List.of(
                        event(1, ChangeAction.SUBMITTED, before.minusSeconds(60)),
                        event(1, ChangeAction.APPROVED, before),
                        event(1, ChangeAction.RETURNED, before),
                        event(2, ChangeAction.APPROVED, MONDAY)),
                WINDOW);
        assertEquals(0, weeks.stream().mapToInt(ReviewWeeks.Week::approved).sum());
        assertEquals(0, weeks.stream().mapToInt(ReviewWeeks.Week::returned).sum());
    }

    @Test
    void reviewTimesReadInWords() {
        assertEquals("40 s", ReviewWeeks.describe(Duration.ofSeconds(40)));
        assertEquals("45 min", ReviewWeeks.describe(Duration.ofMinutes(45)));
        assertEquals("3 h 20 min", ReviewWeeks.describe(Duration.ofMinutes(200)));
        assertEquals("2 d 4 h", ReviewWeeks.describe(Duration.ofHours(52)));
    }

    @Test
    void publicationsAreCountedPerDayFirstPublicationsApartFromCorrectionsAndRetractionsNot() {
        List<PublicationDay> days = PublicationDay.of(
                List.of(
                        new PublicationDay.Entry(Instant.parse("2026-11-30T00:00:00Z"), PublicationKind.PUBLISHED),
                        new PublicationDay.Entry(Instant.parse("2026-11-30T23:59:59Z"), PublicationKind.PUBLISHED),
                        new PublicationDay.Entry(Instant.parse("2026-11-30T12:00:00Z"), PublicationKind.CORRECTED),
                        new PublicationDay.Entry(Instant.parse("2026-11-30T12:00:00Z"), PublicationKind.RETRACTED),
                        new PublicationDay.Entry(Instant.parse("2026-11-29T23:59:59Z"), PublicationKind.PUBLISHED),
                        new PublicationDay.Entry(Instant.parse("2026-01-01T00:00:00Z"), PublicationKind.PUBLISHED)),
                WINDOW);
        assertEquals(78, days.size());
        assertEquals(new PublicationDay(LocalDate.parse("2026-11-30"), 2, 1), days.get(77));
        assertEquals(new PublicationDay(LocalDate.parse("2026-11-29"), 1, 0), days.get(76));
        assertEquals(3, days.stream().mapToInt(PublicationDay::published).sum());
    }
}

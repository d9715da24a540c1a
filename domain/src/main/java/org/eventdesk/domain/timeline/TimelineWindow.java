package org.eventdesk.domain.timeline;

import java.time.Duration;
import java.time.Instant;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;

/**
 * The stretch of time the timeline shows, and what of the records' event-time index it reads for it. The browser
 * asks for what is on screen only; the desk reads the records whose event starts in the window, and those starting
 * up to {@link EventSpan#LONGEST_OPEN_STRETCH} before it (a month-precision event that began before the window may
 * still cover part of it): one range of the index on {@code event_start}, newest first, at most {@link #LIMIT} rows.
 * An event that starts earlier still and lasts longer (an explicit end months later) shows once the window reaches
 * its start: reading it too would need a second index on the end, for a kind of record the desk rarely holds.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record TimelineWindow(Instant from, Instant to) {
    /** The most items one window draws: a screen holds no more that a person can tell apart. */
    public static final int LIMIT = 2_000;
    /** Past this, a window's records are counted no further ("more than 100,000"): counting reads index entries. */
    public static final int COUNT_UP_TO = 100_000;
    /** What the timeline shows when the address names no window: the last four weeks and the week to come. */
    public static final Duration DEFAULT_BEFORE = Duration.ofDays(28);

    public static final Duration DEFAULT_AFTER = Duration.ofDays(7);

    public TimelineWindow {
        if (from == null) {
            throw new InvalidInputException(FieldError.of("from", "text.required"));
        }
        if (to == null) {
            throw new InvalidInputException(FieldError.of("to", "text.required"));
        }
        if (!to.isAfter(from)) {
            throw new InvalidInputException(FieldError.of("to", "record.timeline.toBeforeFrom", String.valueOf(from)));
        }
    }

    public static TimelineWindow around(Instant now) {
        return new TimelineWindow(now.minus(DEFAULT_BEFORE), now.plus(DEFAULT_AFTER));
    }

    /** Where the read of the event-start index begins: early enough for every open stretch that reaches the window. */
    public Instant readFrom() {
        return from.minus(EventSpan.LONGEST_OPEN_STRETCH);
    }

    /** Whether a record's span shows in the window at all (the read's lead-in finds some that end before it). */
    public boolean shows(EventSpan span) {
        return span.overlaps(from, to);
    }
}

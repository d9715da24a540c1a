package org.eventdesk.domain.dashboard;

import java.time.Instant;
import org.eventdesk.domain.record.Amount;

/**
 * One figure of a record as the dashboard adds it up: which record (one record is one event), its place in the
 * record's list of figures and the place of the figure it is part of, what it counts, and when the event began.
 */
public record ReportedFigure(
        long recordId, int position, Integer parentPosition, String category, Instant eventStart, Amount amount) {}

package org.eventdesk.domain.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eventdesk.domain.record.RecordStatus;

/** What the dashboard reads from the desk's tables, each a bounded read of an index (the JPA adapter is in ejb). */
public interface DeskActivity {
    /** How many records have the status, counted up to {@code atMost} (an index read that stops there). */
    long countUpTo(RecordStatus status, int atMost);

    /** The publication log's entries from {@code since}. */
    List<PublicationDay.Entry> publicationsSince(Instant since);

    /** The records approved or returned from {@code since}. */
    List<Long> recordsDecidedSince(Instant since);

    /** The review steps ({@link ReviewWeeks#STEPS}) of those records, whenever they were taken. */
    List<ReviewEvent> reviewSteps(Collection<Long> recordIds);

    /** The figures of published records whose event began in {@code [from, to)}. */
    List<ReportedFigure> publishedFigures(Instant from, Instant to);
}

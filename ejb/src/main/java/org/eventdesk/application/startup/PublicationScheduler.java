package org.eventdesk.application.startup;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.user.Role;

/**
 * Publishes scheduled records when their time comes, whether or not anyone is logged in. The schedule lives in
 * the database (the record's status and publish time), so a restart loses nothing: the first run after it
 * publishes whatever fell due meanwhile. Each record is published in a transaction of its own, under the
 * log's lock, so two servers sharing the database publish a record once between them.
 *
 * <p>A publication that fails is tried again on the next runs: a lost race or a busy database passes. One that
 * fails {@link #ATTEMPTS} times in a row will not pass by itself (the record holds something the desk cannot
 * publish), so the scheduler gives up on it: the record goes back to approved with the reason in its history,
 * where the approved queue shows it to a person, and the log says so once. Trying every few seconds for ever would
 * only fill the log and hide the record from the people who can fix it.
 */
@Singleton
@Startup
@RunAs(Role.Names.EDITOR)
public class PublicationScheduler {
    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());
    static final int ATTEMPTS = 3;

    @EJB
    private WorkflowService workflow;

    /** Failed attempts in a row, by record; a publication or a record that is no longer due clears its count. */
    private final Map<Long, Integer> failures = new HashMap<>();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void publishDue() {
        List<Long> due = workflow.due();
        failures.keySet().retainAll(due);
        for (long id : due) {
            try {
                if (workflow.publishIfDue(id)) {
                    LOG.info(() -> "Scheduled publication of record #" + id + " done");
                }
                failures.remove(id);
            } catch (RuntimeException e) {
                failed(id, e);
            }
        }
    }

    private void failed(long id, RuntimeException e) {
        int attempts = failures.merge(id, 1, Integer::sum);
        if (attempts < ATTEMPTS) {
            // Another server published it first, or the record changed meanwhile: the next run looks again.
            LOG.log(Level.FINE, "Scheduled publication of record #" + id + " failed (attempt " + attempts + ")", e);
            return;
        }
        String cause = cause(e);
        LOG.log(
                Level.WARNING,
                "Scheduled publication of record #" + id + " failed " + attempts
                        + " times in a row; taking it back from the schedule",
                e);
        try {
            workflow.abandonSchedule(
                    id,
                    "The scheduled publication failed " + attempts + " times in a row (" + cause
                            + "). The record is approved again: publish it, or schedule it again, once the cause is"
                            + " found.");
            failures.remove(id);
        } catch (RuntimeException stillFailing) {
            LOG.log(Level.WARNING, "Could not take record #" + id + " back from the schedule either", stillFailing);
        }
    }

    /** The innermost cause, which names what went wrong, in a line. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}

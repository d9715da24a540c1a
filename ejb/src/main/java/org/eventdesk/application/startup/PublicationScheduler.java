package org.eventdesk.application.startup;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.user.Role;

/**
 * Publishes scheduled records when their time comes, whether or not anyone is logged in. The schedule lives in
 * the database (the record's status and publish time), so a restart loses nothing: the first run after it
 * publishes whatever fell due meanwhile. Each record is published in a transaction of its own, under the
 * log's lock, so two servers sharing the database publish a record once between them.
 */
@Singleton
@Startup
@RunAs(Role.Names.EDITOR)
public class PublicationScheduler {
    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @EJB
    private WorkflowService workflow;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void publishDue() {
        for (long id : workflow.due()) {
            try {
                if (workflow.publishIfDue(id)) {
                    LOG.info(() -> "Scheduled publication of record #" + id + " done");
                }
            } catch (DomainException | jakarta.ejb.EJBException e) {
                // Another server published it first, or the record changed meanwhile: the next run looks again.
                LOG.log(Level.FINE, "Scheduled publication of record #" + id + " skipped", e);
            }
        }
    }
}

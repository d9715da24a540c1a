package org.eventdesk.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eventdesk.domain.record.RecordSearch;

/**
 * Makes records written before the index existed searchable: a server that starts with an empty index over a
 * database holding records (an upgraded desk, a restored database, the demo data, a new server of a cluster's
 * Lucene setup) rebuilds it in the background. Searches meanwhile see the records indexed so far; every save
 * from then on is indexed as it commits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SearchIndexBootstrap {
    private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

    @Inject
    private RecordSearch search;

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Inject
    private SearchIndexMaintenance maintenance;

    @PostConstruct
    void rebuildIfEmpty() {
        boolean anyRecord = !em.createQuery("select r.id from EventRecord r", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (anyRecord && search.isEmpty()) {
            LOG.info("The search index is empty but the database holds records: rebuilding it in the background");
            maintenance.startRebuild();
        } else if (anyPlaceWithCoordinates() && search.lacksCoordinates()) {
            LOG.info("The search index predates the places' coordinates: rebuilding it in the background");
            maintenance.startRebuild();
        }
    }

    private boolean anyPlaceWithCoordinates() {
        return !em.createQuery("select p.id from RecordPlace p where p.lat is not null", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}

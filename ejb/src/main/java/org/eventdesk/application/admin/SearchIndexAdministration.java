package org.eventdesk.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eventdesk.domain.user.Role;
import org.eventdesk.infrastructure.search.SearchIndexMaintenance;

/**
 * The admin's re-index command: reads every record again into the search index (after restoring a database, or
 * writing records into it outside the application). Admins only: it loads the whole database.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SearchIndexAdministration {
    @Inject
    private SearchIndexMaintenance maintenance;

    /** @return false when a rebuild already runs on this server */
    public boolean rebuild() {
        return maintenance.startRebuild();
    }

    public SearchIndexMaintenance.State state() {
        return maintenance.state();
    }
}

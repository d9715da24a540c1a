package org.eventdesk.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.security.SecurityLogQuery;
import org.eventdesk.domain.user.Role;

/** Reading the security log, newest first, one page at a time. Reading is all anyone can do with it. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SecurityLogReader {
    public static final int MAX_PAGE = 200;

    @Inject
    private SecurityLog securityLog;

    public List<SecurityLogEntry> list(SecurityLogQuery query, int offset, int limit) {
        return securityLog
                .list(
                        query == null ? SecurityLogQuery.all() : query,
                        Math.max(0, offset),
                        Math.min(Math.max(1, limit), MAX_PAGE))
                .stream()
                .map(SecurityLogEntry::of)
                .toList();
    }
}

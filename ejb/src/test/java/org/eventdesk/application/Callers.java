package org.eventdesk.application;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs a test step as a named user with given roles, the way the web module's authentication mechanism makes
 * callers known: an identity in WildFly's application security domain whose roles the EJB container checks.
 */
public final class Callers {
    private Callers() {}

    public static <T> T as(String username, Set<String> roles, PrivilegedExceptionAction<T> step) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        try {
            return identity.runAs(step);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public static <T> T editor(PrivilegedExceptionAction<T> step) throws Exception {
        return as("editor", Set.of("EDITOR"), step);
    }

    public static <T> T partner(PrivilegedExceptionAction<T> step) throws Exception {
        return as("partner", Set.of("PARTNER"), step);
    }

    public static <T> T admin(PrivilegedExceptionAction<T> step) throws Exception {
        return as("admin", Set.of("ADMIN"), step);
    }
}

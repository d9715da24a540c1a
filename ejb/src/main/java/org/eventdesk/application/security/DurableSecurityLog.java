package org.eventdesk.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityLog;

/**
 * Appends to the security log in a transaction of its own, committed before the call returns. For the entries that
 * must outlive their caller's transaction: a refusal (the rule's exception rolls the caller's work back, and the
 * entry saying it was refused must stay) and every login attempt (whose entry must neither wait on nor die with the
 * account's row, which concurrent attempts contend for).
 */
@ApplicationScoped
public class DurableSecurityLog {
    @Inject
    private SecurityLog securityLog;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(SecurityEvent event) {
        securityLog.append(event);
    }
}

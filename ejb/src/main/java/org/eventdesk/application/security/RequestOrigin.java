package org.eventdesk.application.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the request being served comes from, for the security log entries that services write (an admin's change,
 * a token made or revoked). The web module fills it for every request from the address the server sees (behind a
 * reverse proxy, the README says how that becomes the client's own); the services only read it, so their
 * signatures stay about what they do. Absent for work that no request asked for.
 */
@RequestScoped
public class RequestOrigin {
    private String clientAddress;

    /** The client's address, or {@code null} when no one set it (the scheduler, a test that does not care). */
    public String clientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}

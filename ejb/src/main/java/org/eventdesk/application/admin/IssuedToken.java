package org.eventdesk.application.admin;

/**
 * A token just created, with its secret: the only time the secret exists outside the caller's hands. The desk
 * keeps its SHA-256 only, so it cannot be shown again; the admin copies it now or makes a new token.
 */
public record IssuedToken(TokenRow token, String secret) {
    /** Never prints the secret (logs, exception messages, debuggers' summaries). */
    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=(hidden)]";
    }
}

package org.eventdesk.domain.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider up through the
 * service loader on every call, which scans the class path (in WildFly, jar by jar, under a lock): a public record's
 * document makes hundreds of builders, and that lookup was most of what it cost.
 */
public final class JsonP {
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {}
}

package org.eventdesk.domain.source;

import java.time.Instant;

/**
 * What the sources list is narrowed by; every part optional.
 *
 * @param text words in the title or outlet, case ignored
 * @param outlet exactly this outlet
 * @param publishedFrom published at or after
 * @param publishedBefore published before
 * @param order which time the newest-first order follows
 */
public record SourceQuery(String text, String outlet, Instant publishedFrom, Instant publishedBefore, Order order) {
    public enum Order {
        ADDED,
        PUBLISHED
    }

    public static SourceQuery all() {
        return new SourceQuery(null, null, null, null, Order.ADDED);
    }
}

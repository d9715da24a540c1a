package org.eventdesk.domain.record;

import java.time.Instant;

/**
 * What the records list is narrowed by; every part optional.
 *
 * @param text words in the title or summary, case ignored
 * @param type a type code; a top-level type also matches its sub-types
 * @param from events starting at or after
 * @param before events starting before
 * @param place words in a place's name
 * @param country a place's ISO country code
 * @param actor words in an actor's name
 * @param figureCategory records with at least one figure of this category
 * @param area records with a place whose coordinates are inside this rectangle (drawn on the map)
 */
public record RecordQuery(
        String text,
        String type,
        RecordStatus status,
        Instant from,
        Instant before,
        String place,
        String country,
        String actor,
        Verification verification,
        String figureCategory,
        Order order,
        GeoBox area) {
    /** The words searched for in one filter: more than a title's worth finds nothing more. */
    public static final int MAX_WORDS = EventRecord.MAX_TITLE;

    /** A query of every filter but the area. */
    public RecordQuery(
            String text,
            String type,
            RecordStatus status,
            Instant from,
            Instant before,
            String place,
            String country,
            String actor,
            Verification verification,
            String figureCategory,
            Order order) {
        this(text, type, status, from, before, place, country, actor, verification, figureCategory, order, null);
    }

    public RecordQuery withArea(GeoBox area) {
        return new RecordQuery(
                text, type, status, from, before, place, country, actor, verification, figureCategory, order, area);
    }

    public RecordQuery withOrder(Order order) {
        return new RecordQuery(
                text, type, status, from, before, place, country, actor, verification, figureCategory, order, area);
    }

    public enum Order {
        /** Latest event first; records without a time last. */
        EVENT_TIME,
        /** Most recently changed first. */
        LAST_CHANGE,
        /**
         * Best match for the words first (the search index's relevance: rarer words, and words in the title, places
         * and actors, weigh more), ties most recently changed first; without words, the same as {@link #LAST_CHANGE}.
         */
        RELEVANCE
    }

    /** Whether the list is in the search index's relevance order, which pages by position rather than by a key. */
    public boolean ranked() {
        return order == Order.RELEVANCE && text != null;
    }

    public static RecordQuery all() {
        return new RecordQuery(null, null, null, null, null, null, null, null, null, null, Order.LAST_CHANGE);
    }
}

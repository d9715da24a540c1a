package org.eventdesk.domain.record;

/** How one record relates to another; each relation reads differently from the other end. */
public enum LinkRelation {
    FOLLOWS("follows", "is followed by"),
    PART_OF("is part of", "includes"),
    SAME_INCIDENT("is the same incident as", "is the same incident as"),
    CONTRADICTS("contradicts", "is contradicted by");

    private final String outgoing;
    private final String incoming;

    LinkRelation(String outgoing, String incoming) {
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    /** "This record follows that one." */
    public String outgoing() {
        return outgoing;
    }

    /** The same link seen from the record it points at: "that one is followed by this record". */
    public String incoming() {
        return incoming;
    }
}

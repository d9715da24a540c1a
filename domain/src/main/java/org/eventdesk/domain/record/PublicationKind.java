package org.eventdesk.domain.record;

/** What a publication-log entry announces. */
public enum PublicationKind {
    /** Version 1 of a record goes public. */
    PUBLISHED,
    /** Version n+1 replaces version n, with a public correction note. */
    CORRECTED,
    /** The record is withdrawn from the public with a public reason; it stays visible as retracted. */
    RETRACTED
}

/**
 * What goes out, as services: sealing a published version with its public document and keeping the public copy
 * ({@link org.eventdesk.application.publishing.Publisher}, called inside the workflow's transactions), and the
 * reads that need no login — the public records, their versions, the feed's entries, the publication log and its
 * audit ({@link org.eventdesk.application.publishing.PublicCatalog}). Nothing here ever reads a working copy.
 */
package org.eventdesk.application.publishing;

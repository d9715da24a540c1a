/**
 * What goes out: the public document of a published record version ({@link
 * org.eventdesk.domain.publishing.PublicRecord}), written as canonical JSON and sealed in the publication log; the
 * public copy readers are served from ({@link org.eventdesk.domain.publishing.PublicCopy}); what a correction
 * changed, in words; and the audit that checks the log, its head and the public copies against each other.
 *
 * <p>The document is the contract with readers and partners: the public API serves it byte for byte, the pages,
 * feeds and exports are rendered from it, and its hash is in the log. The working copy of a record
 * ({@code EventRecord}) never reaches the public directly.
 */
package org.eventdesk.domain.publishing;

/**
 * The admin's desk: accounts, API tokens, the code lists and the security log. Every service here is open to
 * the ADMIN role only, method by method; the screens hiding a button is never the check. Each change is written
 * to the security log in the same transaction as the change itself, so the log holds what happened and nothing
 * that was rolled back; a change the rules refuse is logged in a transaction of its own, so the refusal stays.
 * Entries carry the admin's client address.
 */
package org.eventdesk.application.admin;

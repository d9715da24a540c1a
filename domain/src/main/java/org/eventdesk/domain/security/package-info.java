/**
 * The security log: an append-only record of logins, lockouts and every admin action, and the address lockout
 * that reads it. Nothing here ever changes or removes an entry once written.
 */
package org.eventdesk.domain.security;

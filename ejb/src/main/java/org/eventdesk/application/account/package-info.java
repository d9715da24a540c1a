/**
 * What every logged-in person does with their own account, whatever their roles: their API tokens. Each method acts
 * on the caller's own account only, found from the caller's identity, never from an argument.
 */
package org.eventdesk.application.account;

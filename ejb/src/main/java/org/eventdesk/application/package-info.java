/**
 * Application services: thin EJBs that are the transaction, security and logging boundary. Each method
 * checks the caller's roles ({@code @RolesAllowed}), loads what it needs through a repository, calls one
 * method of the model, stores the result and returns plain records (never entities) to the UI and the API.
 */
package org.eventdesk.application;

/**
 * The Event Desk model: entities, value objects and the rules that belong to them.
 *
 * <p>Rules live on the aggregate that owns them (a source keeps its cleaned text unchanged, a user locks
 * itself after repeated failures), so the application services stay thin and the UI never re-implements
 * them. Nothing here knows about EJB, CDI, HTTP or Vaadin.
 */
package org.eventdesk.domain;

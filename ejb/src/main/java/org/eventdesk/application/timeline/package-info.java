/**
 * The desk's timeline (issue 12): the records of a window of time, grouped by type family or place, with their
 * spans, plans and links. Open to the desk's editors and reviewers, like the records list it draws differently;
 * admins are refused as they are everywhere records are read.
 */
package org.eventdesk.application.timeline;

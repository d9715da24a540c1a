/**
 * The code lists records are written with (event types and figure categories), in the one shape the record
 * services, the public catalog and the admin's taxonomy services all hand out. Who may read or change them is
 * decided by those services, not here.
 */
package org.eventdesk.application.taxonomy;

/**
 * The desk's dashboard (issue 12): queue sizes, publications, review times and returns, and the figures of what was
 * published, summed per category and week. Open to the desk's editors and reviewers (the people whose work it
 * measures and who may read the records it sums); admins run the desk's accounts and lists, not its records, and are
 * refused like everywhere records are read.
 */
package org.eventdesk.application.dashboard;

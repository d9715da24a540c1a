/**
 * The records' full-text index (Hibernate Search, which the server holds): its analysis, its queries and its
 * upkeep (rebuilt when a server starts with an empty index, and on an admin's request).
 */
package org.eventdesk.infrastructure.search;

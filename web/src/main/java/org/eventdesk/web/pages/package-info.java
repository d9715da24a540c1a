/**
 * The reader's pages, {@code /events} and {@code /events/{id}}: server-rendered HTML from jte templates
 * ({@code src/main/jte}), rendered from the same sealed documents the public API serves. No JavaScript, no
 * session, small and cacheable, with the record's schema.org JSON-LD embedded for search engines.
 */
package org.eventdesk.web.pages;

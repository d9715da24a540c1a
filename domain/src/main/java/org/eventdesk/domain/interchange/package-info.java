/**
 * The formats records travel in beyond the desk's own JSON: ACLED's CSV columns and codes ({@link
 * org.eventdesk.domain.interchange.AcledFormat}), the desk's own flat CSV ({@link
 * org.eventdesk.domain.interchange.DeskCsvFormat}), and the country facts both need. The public exports write
 * them; an archive import reads the same mappings back, so the two directions cannot drift apart.
 */
package org.eventdesk.domain.interchange;

/**
 * The desk's dashboard in rules: the window it looks at ({@link org.eventdesk.domain.dashboard.DeskWindow}), how
 * reported figures add up with their qualifiers ({@link org.eventdesk.domain.dashboard.FigureTotal}, {@link
 * org.eventdesk.domain.dashboard.FigureWeeks}), and how review times and returns are read from the records' history
 * ({@link org.eventdesk.domain.dashboard.ReviewWeeks}). Plain classes: the services feed them rows, views show them.
 */
package org.eventdesk.domain.dashboard;

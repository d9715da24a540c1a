/**
 * The desk's timeline in rules: how long a record's event lasts on a time axis given the precision it is known to
 * ({@link org.eventdesk.domain.timeline.EventSpan}), how a planned event is told from what happened ({@link
 * org.eventdesk.domain.timeline.PlanState}), how records are grouped ({@link
 * org.eventdesk.domain.timeline.TimelineGrouping}), which stretch of the records' event-time index a visible window
 * reads ({@link org.eventdesk.domain.timeline.TimelineWindow}), and the reads themselves ({@link
 * org.eventdesk.domain.timeline.TimelineRecords}, whose JPA adapter is in ejb). Plain classes: the service feeds them
 * rows, the view draws them.
 */
package org.eventdesk.domain.timeline;

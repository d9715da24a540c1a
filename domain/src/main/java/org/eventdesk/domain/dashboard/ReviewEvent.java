package org.eventdesk.domain.dashboard;

import java.time.Instant;
import org.eventdesk.domain.record.ChangeAction;

/** A step of a record's history that review times are read from: submitted, approved, returned, spiked. */
public record ReviewEvent(long recordId, ChangeAction action, Instant at) {}

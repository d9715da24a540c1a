package org.eventdesk.application.record;

import java.time.Instant;

/** A note in a record's discussion thread. */
public record CommentView(long id, String by, Instant at, String text) {}

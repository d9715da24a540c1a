package org.eventdesk.application.publishing;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the publication log ends: every public list, feed and export changes exactly when it moves, which makes it
 * their cache validator.
 */
public record LogHead(long entries, String lastHash, Optional<Instant> lastAt) {}

package org.eventdesk.domain.record;

import java.util.List;
import java.util.Optional;

/** Who has which record open in the editor. */
public interface PresenceRepository {
    Optional<RecordPresence> find(long recordId, String username);

    List<RecordPresence> onRecord(long recordId);

    void store(RecordPresence presence);

    void remove(RecordPresence presence);
}

package org.eventdesk.domain.record;

import java.util.Optional;
import org.eventdesk.domain.source.Source;

/**
 * What a record's input may refer to, looked up for the record's rules: the taxonomy, the figure categories,
 * sources (for evidence) and other records (for links). The application service answers from the database.
 */
public interface RecordReferences {
    boolean isEventType(String code);

    boolean isFigureCategory(String code);

    Optional<Source> source(long id);

    boolean recordExists(long id);
}

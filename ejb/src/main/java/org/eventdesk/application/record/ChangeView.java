package org.eventdesk.application.record;

import java.time.Instant;
import java.util.List;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.FieldChange;
import org.eventdesk.domain.record.RecordChange;

/** A history entry as the record page and the API show it. */
public record ChangeView(
        long id, Instant at, String by, ChangeAction action, int revision, String comment, List<FieldView> fields) {

    public record FieldView(String field, String before, String after) {}

    static ChangeView of(RecordChange change) {
        return new ChangeView(
                change.getId(),
                change.at(),
                change.by(),
                change.action(),
                change.revision(),
                change.comment(),
                fields(change.fields()));
    }

    static List<FieldView> fields(List<FieldChange> changes) {
        return changes.stream()
                .map(f -> new FieldView(f.field(), f.before(), f.after()))
                .toList();
    }
}

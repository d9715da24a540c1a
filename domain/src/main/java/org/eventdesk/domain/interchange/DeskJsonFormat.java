package org.eventdesk.domain.interchange;

import jakarta.json.JsonObject;
import java.util.List;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.shared.FieldError;

/**
 * The desk's JSON export read back: each item is a record's public document as {@code GET /api/v1/events} and
 * {@code /api/v1/events/{id}} answer it ({@link PublicRecordJson}), which keeps every fact with its quotes.
 */
public final class DeskJsonFormat {
    private DeskJsonFormat() {}

    /** One document read: the record it describes, or why it cannot be imported. */
    public static DeskCsvFormat.Reading read(JsonObject document) {
        PublicRecord record;
        try {
            record = PublicRecordJson.read(document);
        } catch (RuntimeException unreadable) {
            // A missing member, a wrong type or an unknown code: JSON-P's and java.time's English says which.
            return new DeskCsvFormat.Reading(
                    null,
                    List.of(FieldError.of(
                            "document",
                            "interchange.desk.document.unreadable",
                            String.valueOf(unreadable.getMessage()))));
        }
        if (record.isRetracted()) {
            return new DeskCsvFormat.Reading(null, List.of(FieldError.of("status", "interchange.desk.retracted")));
        }
        if (record.firstPublishedAt() == null) {
            return new DeskCsvFormat.Reading(null, List.of(FieldError.of("firstPublishedAt", "text.required")));
        }
        return new DeskCsvFormat.Reading(new DeskArchiveEntry(record, DeskArchiveEntry.Form.JSON), List.of());
    }
}

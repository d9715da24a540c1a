package org.eventdesk.web.api;

import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Optional;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.TimeWords;
import org.eventdesk.domain.shared.JsonP;

/**
 * The GeoJSON export (RFC 7946), streamed like the CSV: a FeatureCollection with a Point for every place that has
 * coordinates (longitude first, as GeoJSON orders them), its properties those of the record's JSON that a map
 * needs. Places without coordinates and retracted records have no feature. The readers' pages draw their maps from
 * the same features ({@link #of(List)}), so a map on the page and the export never disagree.
 */
public final class GeoJsonExport {
    private GeoJsonExport() {}

    /** The places of these records as one FeatureCollection, for a map on a reader's page. */
    public static String of(List<PublicRecord> records) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = JsonP.PROVIDER.createGenerator(text)) {
            json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
            for (PublicRecord record : records) {
                if (!record.isRetracted()) {
                    for (int i = 0; i < record.places().size(); i++) {
                        if (record.places().get(i).hasCoordinates()) {
                            feature(json, record, i);
                        }
                    }
                }
            }
            json.writeEnd().writeEnd();
        }
        return text.toString();
    }

    static StreamingOutput of(PublicCatalog catalog, PublicQuery query) {
        return output -> {
            try (JsonGenerator json = JsonP.PROVIDER.createGenerator(output)) {
                json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
                Optional<PublicQuery.Cursor> after = Optional.empty();
                do {
                    PublicCatalog.ListPage batch = catalog.exportBatch(query, after);
                    for (PublicCopies.Listed listed : batch.items()) {
                        PublicRecord record = PublicRecordJson.parse(listed.document());
                        for (int i = 0; i < record.places().size(); i++) {
                            if (record.places().get(i).hasCoordinates()) {
                                feature(json, record, i);
                            }
                        }
                    }
                    json.flush();
                    after = batch.next();
                } while (after.isPresent());
                json.writeEnd().writeEnd();
            }
        };
    }

    private static void feature(JsonGenerator json, PublicRecord r, int index) {
        PublicRecord.Place place = r.places().get(index);
        json.writeStartObject()
                .write("type", "Feature")
                .write("id", r.id() + "-" + (index + 1))
                .writeStartObject("geometry")
                .write("type", "Point")
                .writeStartArray("coordinates")
                .write(place.lon())
                .write(place.lat())
                .writeEnd()
                .writeEnd();
        json.writeStartObject("properties")
                .write("recordId", r.id())
                .write("version", r.version())
                .write("status", r.status().name())
                .write("url", r.path())
                .write("title", r.title());
        text(json, "type", r.type() == null ? null : r.type().code());
        text(json, "typeLabel", r.type() == null ? null : r.type().label());
        text(json, "summary", r.summary());
        text(
                json,
                "start",
                r.time() == null ? null : PublicRecordJson.offset(r.time().start()));
        text(
                json,
                "end",
                r.time() == null ? null : PublicRecordJson.offset(r.time().end()));
        text(
                json,
                "precision",
                r.time() == null || r.time().precision() == null
                        ? null
                        : r.time().precision().name());
        text(json, "when", r.time() == null ? null : TimeWords.of(r.time()));
        json.write("verification", r.verification().name());
        json.writeStartObject("place").write("name", place.name());
        text(json, "country", place.country());
        text(json, "admin1", place.admin1());
        text(json, "admin2", place.admin2());
        text(
                json,
                "precision",
                place.precision() == null ? null : place.precision().name());
        json.writeEnd();
        json.writeStartArray("figures");
        r.figures().forEach(f -> json.write(f.categoryLabel() + ": " + f.described()));
        json.writeEnd();
        json.write("publishedAt", PublicRecordJson.utc(r.publishedAt()))
                .writeEnd()
                .writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}

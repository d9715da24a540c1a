package org.eventdesk.application.workflow;

import java.math.BigDecimal;
import java.security.PrivilegedExceptionAction;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eventdesk.application.Callers;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;

/** The people and the material of the workflow tests: named callers and records ready for review. */
final class Desk {
    static final Set<String> EDITOR = Set.of("EDITOR");
    static final Set<String> REVIEWER = Set.of("REVIEWER", "EDITOR");

    private Desk() {}

    static <T> T as(String user, Set<String> roles, PrivilegedExceptionAction<T> step) throws Exception {
        return Callers.as(user, roles, step);
    }

    /** A source of its own for a test, with the words the ready records quote. */
    static SourceDetails source(SourceIngestService ingest, String editor) throws Exception {
        String text = "Two people were killed in the port on Saturday, officials said (" + UUID.randomUUID() + ").";
        return as(
                editor,
                EDITOR,
                () -> ingest.ingest(new SourceSubmission(
                        SourceKind.WIRE,
                        "Port strike",
                        "Test Wire",
                        null,
                        null,
                        ZonedDateTime.of(2025, 12, 27, 12, 0, 0, 0, ZoneId.of("UTC")),
                        null,
                        "en",
                        text,
                        InputFormat.PLAIN_TEXT,
                        null)));
    }

    /** A record with everything review asks for: type, time, a place, a source, evidence on its figure. */
    static RecordInput ready(SourceDetails source, String title, int killed) {
        String text = source.text();
        RecordInput.EvidenceRef killedWords = new RecordInput.EvidenceRef(source.id(), 0, text.indexOf(" in the port"));
        RecordInput.EvidenceRef port = new RecordInput.EvidenceRef(
                source.id(), text.indexOf("the port"), text.indexOf("the port") + "the port".length());
        return new RecordInput(
                "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
                title,
                null,
                List.of(),
                new RecordInput.TimeInput(
                        OffsetDateTime.parse("2025-12-27T11:20:00+02:00"),
                        null,
                        TimePrecision.MINUTE,
                        "Europe/Kyiv",
                        List.of()),
                List.of(new RecordInput.PlaceInput(
                        "Port district", "UA", null, null, null, null, null, null, List.of(port))),
                List.of(),
                List.of(new RecordInput.FigureInput(
                        "KILLED",
                        Qualifier.EXACT,
                        BigDecimal.valueOf(killed),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "officials",
                        null,
                        List.of(killedWords))),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }
}

package org.eventdesk.application.workflow;

import java.math.BigDecimal;
import java.security.PrivilegedExceptionAction;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eventdesk.application.Callers;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
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
        return RecordInputs.titled(title)
                .place("Port district", "UA", RecordInputs.span(source.id(), text, "the port"))
                .figure(new RecordInput.FigureInput(
                        "KILLED",
                        new Amount(Qualifier.EXACT, BigDecimal.valueOf(killed), null, null, null, null),
                        null,
                        null,
                        "officials",
                        null,
                        List.of(killedWords)))
                .input();
    }
}

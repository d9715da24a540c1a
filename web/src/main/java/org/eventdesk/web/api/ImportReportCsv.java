package org.eventdesk.web.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eventdesk.application.imports.ArchiveImportService;
import org.eventdesk.domain.interchange.SpreadsheetCells;

/**
 * The full report of an import's rejected rows as CSV ({@code row,field,message}), one line per problem: what the
 * API's {@code /report.csv} sends and what the Import page downloads. Cells a spreadsheet would run as formulas are
 * made inert, since the messages quote the uploaded file.
 */
public final class ImportReportCsv {
    private ImportReportCsv() {}

    public static String fileName(long importId) {
        return "import-" + importId + "-report.csv";
    }

    public static void write(ArchiveImportService imports, long importId, OutputStream output) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().get());
        printer.printRecord("row", "field", "message");
        try {
            imports.report(importId, p -> {
                try {
                    printer.printRecord(p.row(), SpreadsheetCells.safe(p.field()), SpreadsheetCells.safe(p.message()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            printer.flush();
        }
    }
}

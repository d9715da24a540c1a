package org.eventdesk.web.api;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.domain.interchange.AcledFormat;
import org.eventdesk.domain.interchange.DeskCsvFormat;
import org.eventdesk.domain.interchange.SpreadsheetCells;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;

/**
 * The CSV exports, streamed: the list is read in batches ({@link PublicCatalog#exportBatch}), each row written as
 * soon as it is made, so an export of any length needs the memory of one batch. RFC 4180 CSV with a header row;
 * every cell is defused against spreadsheet formulas ({@link SpreadsheetCells}).
 */
final class CsvExport {
    /** Which columns: the desk's own, or ACLED's (published records only; ACLED has no column for a retraction). */
    enum Columns {
        DESK(DeskCsvFormat.COLUMNS, DeskCsvFormat::row, false),
        ACLED(AcledFormat.COLUMNS, AcledFormat::row, true);

        final List<String> header;
        final Function<PublicRecord, List<String>> row;
        final boolean skipsRetracted;

        Columns(List<String> header, Function<PublicRecord, List<String>> row, boolean skipsRetracted) {
            this.header = header;
            this.row = row;
            this.skipsRetracted = skipsRetracted;
        }
    }

    private CsvExport() {}

    static StreamingOutput of(PublicCatalog catalog, PublicQuery query, Columns columns) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().get());
            csv.printRecord(columns.header);
            Optional<PublicQuery.Cursor> after = Optional.empty();
            do {
                PublicCatalog.ListPage batch = catalog.exportBatch(query, after);
                for (PublicCopies.Listed listed : batch.items()) {
                    PublicRecord record = PublicRecordJson.parse(listed.document());
                    if (!(columns.skipsRetracted && record.isRetracted())) {
                        csv.printRecord(columns.row.apply(record).stream()
                                .map(SpreadsheetCells::safe)
                                .toList());
                    }
                }
                csv.flush();
                after = batch.next();
            } while (after.isPresent());
            csv.flush();
        };
    }
}

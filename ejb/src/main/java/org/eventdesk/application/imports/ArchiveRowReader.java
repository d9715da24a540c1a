package org.eventdesk.application.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.shared.Wording;

/**
 * Reads the stored file row by row: a CSV file's rows, or the items of a desk's JSON export (an item's number,
 * the first being 1, stands for its row). Its checkpoint is the number of rows read; on a restart it skips what the
 * import already counted (the import's own count, committed with each chunk, is the truth; the batch runtime's
 * checkpoint agrees with it or lags behind).
 */
@Dependent
@Named("archiveRowReader")
public class ArchiveRowReader extends AbstractItemReader {
    static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static final int CANCEL_CHECK = 100;

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private ImportProgress progress;

    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private JsonItems items;
    /** Whether the JSON file broke off: nothing after the break can be read. */
    private boolean broken;

    private ArchiveImport.Format format;
    private int columns;
    private long read;

    /**
     * A row as read: its number as a spreadsheet shows it (the header is row 1), or an item's number in a JSON
     * list, and its cells by column or the item as JSON text.
     */
    public record RawRow(
            long row, ArchiveImport.Format format, Map<String, String> cells, String document, Wording problem)
            implements Serializable {}

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long id = Long.parseLong(importId);
        ArchiveImport upload = progress.find(id);
        Path file = Path.of(upload.getStoredFile());
        format = upload.getFormat();
        long resumeAfter = Math.max(checkpoint == null ? 0 : (Long) checkpoint, upload.getRowsRead());
        if (format == ArchiveImport.Format.EVENTDESK && JsonItems.isJson(file)) {
            openItems(id, upload, file, resumeAfter);
            return;
        }
        if (upload.getTotalRows().isEmpty()) {
            try (Reader in = open(file);
                    CSVParser counting = CSV.parse(in)) {
                long total = 0;
                for (CSVRecord ignored : counting) {
                    total++;
                }
                progress.counted(id, total);
            }
        }
        parser = CSV.parse(open(file));
        columns = parser.getHeaderNames().size();
        rows = parser.iterator();
        while (read < resumeAfter && rows.hasNext()) {
            rows.next();
            read++;
        }
    }

    private void openItems(long id, ArchiveImport upload, Path file, long resumeAfter) throws IOException {
        if (upload.getTotalRows().isEmpty()) {
            long total = 0;
            try (JsonItems counting = JsonItems.open(file)) {
                while (counting.next(false) != null) {
                    total++;
                }
            } catch (RuntimeException broken) {
                // The file breaks off: the items before the break come in, and the break is reported as one more row.
                total++;
            }
            progress.counted(id, total);
        }
        items = JsonItems.open(file);
        try {
            while (read < resumeAfter && items.next(false) != null) {
                read++;
            }
        } catch (RuntimeException breaksOff) {
            // Resumed after the break, which was reported as a row already: nothing more to read.
            broken = true;
        }
    }

    @Override
    public Object readItem() {
        // Once a chunk, a cancellation made on any server ends the reading.
        if (read % CANCEL_CHECK == 0
                && progress.find(Long.parseLong(importId)).getStatus().isFinished()) {
            return null;
        }
        if (items != null) {
            if (broken) {
                return null;
            }
            JsonValue item;
            try {
                item = items.next(true);
            } catch (RuntimeException breaksOff) {
                broken = true;
                read++;
                return new RawRow(
                        read,
                        format,
                        Map.of(),
                        null,
                        Wording.of("interchange.row.jsonBreaksOff", String.valueOf(breaksOff.getMessage())));
            }
            if (item == null) {
                return null;
            }
            read++;
            return item.getValueType() == JsonValue.ValueType.OBJECT
                    ? new RawRow(read, format, Map.of(), item.toString(), null)
                    : new RawRow(read, format, Map.of(), null, Wording.of("interchange.row.notADocument"));
        }
        if (!rows.hasNext()) {
            return null;
        }
        CSVRecord record = rows.next();
        read++;
        long row = read + 1;
        if (record.size() != columns) {
            return new RawRow(
                    row, format, Map.of(), null, Wording.of("interchange.row.cellCount", record.size(), columns));
        }
        return new RawRow(row, format, record.toMap(), null, null);
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        if (items != null) {
            items.close();
        }
    }

    /** The file as text, without the byte-order mark spreadsheets put before the header. */
    static Reader open(Path file) throws IOException {
        PushbackReader in =
                new PushbackReader(new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}

package org.eventdesk.application.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.eventdesk.domain.interchange.AcledFormat;
import org.eventdesk.domain.interchange.ArchiveRow;
import org.eventdesk.domain.shared.FieldError;

/** Reads a row's cells with the ACLED mapping the public export writes ({@link AcledFormat}). */
@Dependent
@Named("archiveRowProcessor")
public class ArchiveRowProcessor implements ItemProcessor {

    /** A row read and checked: the record it describes, or its problems. */
    public record ReadRow(long row, ArchiveRow record, List<FieldError> problems) {}

    @Override
    public Object processItem(Object item) {
        ArchiveRowReader.RawRow raw = (ArchiveRowReader.RawRow) item;
        if (raw.problem() != null) {
            return new ReadRow(raw.row(), null, List.of(new FieldError("row", raw.problem())));
        }
        AcledFormat.Reading reading = AcledFormat.read(raw.cells());
        return new ReadRow(raw.row(), reading.row(), reading.problems());
    }
}

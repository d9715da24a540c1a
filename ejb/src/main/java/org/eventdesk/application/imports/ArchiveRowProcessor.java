package org.eventdesk.application.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.domain.interchange.AcledFormat;
import org.eventdesk.domain.interchange.ArchiveEntry;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.interchange.DeskCsvFormat;
import org.eventdesk.domain.interchange.DeskJsonFormat;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.JsonP;

/**
 * Reads a row with its format's mapping: ACLED's columns ({@link AcledFormat}, the one the public export writes),
 * or the desk's own CSV ({@link DeskCsvFormat}) or JSON ({@link DeskJsonFormat}) export.
 */
@Dependent
@Named("archiveRowProcessor")
public class ArchiveRowProcessor implements ItemProcessor {
    @Inject
    private TaxonomyRepository taxonomy;

    /** The desk's figure categories by label, as its CSV names them; read once per job. */
    private Map<String, String> categoryCodes;

    /** A row read and checked: the record it describes, or its problems. */
    public record ReadRow(long row, ArchiveEntry record, List<FieldError> problems) {}

    @Override
    public Object processItem(Object item) {
        ArchiveRowReader.RawRow raw = (ArchiveRowReader.RawRow) item;
        if (raw.problem() != null) {
            return new ReadRow(raw.row(), null, List.of(new FieldError("row", raw.problem())));
        }
        if (raw.document() != null) {
            DeskCsvFormat.Reading reading = DeskJsonFormat.read(JsonP.PROVIDER
                    .createReader(new StringReader(raw.document()))
                    .readObject());
            return new ReadRow(raw.row(), reading.entry(), reading.problems());
        }
        if (raw.format() == ArchiveImport.Format.EVENTDESK) {
            DeskCsvFormat.Reading reading = DeskCsvFormat.read(raw.cells(), this::categoryCode);
            return new ReadRow(raw.row(), reading.entry(), reading.problems());
        }
        AcledFormat.Reading reading = AcledFormat.read(raw.cells());
        return new ReadRow(raw.row(), reading.row(), reading.problems());
    }

    private Optional<String> categoryCode(String label) {
        if (categoryCodes == null) {
            categoryCodes = new HashMap<>();
            for (FigureCategory category : taxonomy.figureCategories()) {
                categoryCodes.putIfAbsent(category.getLabel().toLowerCase(Locale.ROOT), category.getCode());
            }
        }
        return Optional.ofNullable(categoryCodes.get(label.strip().toLowerCase(Locale.ROOT)));
    }
}

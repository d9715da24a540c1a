package org.eventdesk.domain.interchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.Wording;

/**
 * One thing wrong with one row of an import: the row (as a spreadsheet numbers it), the column, and why. Why is
 * kept twice: in English ({@link #message()}, for the API and the CSV report) and as its wording, so the admin's
 * Import page says it later in whichever language the admin reads.
 */
@Entity
@Table(name = "archive_import_problem")
@IdClass(ImportProblem.Key.class)
public class ImportProblem {
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_WORDING = 4000;

    @Id
    @Column(name = "import_id")
    private long importId;

    /** The file's line as a spreadsheet shows it: the header is row 1, the first record row 2. */
    @Id
    @Column(name = "row_number")
    private long row;

    @Id
    @Column(name = "position")
    private int position;

    @Column(nullable = false, length = 100)
    private String field;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    /**
     * The problem's {@linkplain Wording#encoded() encoded} wording; {@code null} for problems stored before the
     * desk kept wordings, and for the rare one too long to keep whole (a cut wording could not be read back).
     */
    @Column(length = MAX_WORDING)
    private String wording;

    protected ImportProblem() {}

    public static ImportProblem of(long importId, long row, int position, FieldError error) {
        ImportProblem problem = new ImportProblem();
        problem.importId = importId;
        problem.row = row;
        problem.position = position;
        problem.field = ArchiveRow.truncate(error.field(), 100);
        problem.message = ArchiveRow.truncate(error.message(), MAX_MESSAGE);
        String encoded = error.wording().encoded();
        problem.wording = encoded.length() <= MAX_WORDING ? encoded : null;
        return problem;
    }

    public long row() {
        return row;
    }

    public int position() {
        return position;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    /** Why, to be said in the reader's language; the English message itself where no wording was kept. */
    public Wording wording() {
        return wording == null ? Wording.untranslated(message) : Wording.decode(wording);
    }

    /** The problem's key: import, row, and its place among the row's problems. */
    public static class Key implements Serializable {
        private long importId;
        private long row;
        private int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.importId == importId && k.row == row && k.position == position;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(importId, row, position);
        }
    }
}

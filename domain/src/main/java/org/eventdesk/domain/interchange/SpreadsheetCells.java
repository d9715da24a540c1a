package org.eventdesk.domain.interchange;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps text from running as a formula when an exported CSV is opened in a spreadsheet (CSV injection): a cell
 * that starts with =, +, -, @, a tab or a carriage return and is not a plain number gets a leading apostrophe,
 * which spreadsheets read as "this is text" and do not show. The imports read such a cell back as it was written.
 */
public final class SpreadsheetCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetCells() {}

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean trigger =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /**
     * A cell of an imported row, as the file meant it: stripped, {@code null} when blank, and without the apostrophe
     * {@link #safe} put before a cell that would have run as a formula (an export of this desk read back).
     */
    public static String read(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        String cell = value.strip();
        return cell.length() > 1
                        && cell.charAt(0) == '\''
                        && safe(cell.substring(1)).equals(cell)
                ? cell.substring(1)
                : cell;
    }
}

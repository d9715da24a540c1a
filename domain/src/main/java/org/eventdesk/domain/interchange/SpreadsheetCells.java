package org.eventdesk.domain.interchange;

import java.util.regex.Pattern;

/**
 * Keeps text from running as a formula when an exported CSV is opened in a spreadsheet (CSV injection): a cell
 * that starts with =, +, -, @, a tab or a carriage return and is not a plain number gets a leading apostrophe,
 * which spreadsheets read as "this is text" and do not show.
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
}

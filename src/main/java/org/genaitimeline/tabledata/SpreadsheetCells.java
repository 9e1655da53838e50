package org.genaitimeline.tabledata;

/**
 * Defuses cells bound for a spreadsheet (CSV files, the clipboard's tab-separated rows)
 * against formula injection, as OWASP recommends: a cell that starts with
 * {@code = + - @}, a tab or a carriage return is run by Excel, LibreOffice and Google Sheets
 * as a formula (a model named {@code =HYPERLINK(...)} would become a live link), so it gets
 * a leading apostrophe, which spreadsheets show as text and do not display.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}

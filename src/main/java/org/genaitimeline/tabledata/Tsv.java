package org.genaitimeline.tabledata;

import java.util.List;
import java.util.stream.Collectors;

/** Rows as tab-separated text for the clipboard (pastes into a spreadsheet as cells). */
public final class Tsv {

    private Tsv() {
    }

    /**
     * The header line then one line per row; tabs and line breaks inside a cell become spaces,
     * and a cell a spreadsheet would run as a formula is pasted as text (see {@link SpreadsheetCells}).
     */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(line(header));
        for (List<String> row : rows) {
            s.append('\n').append(line(row));
        }
        return s.append('\n').toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> c == null ? "" : SpreadsheetCells.defuse(c.replaceAll("[\\t\\r\\n]+", " ")))
                .collect(Collectors.joining("\t"));
    }
}

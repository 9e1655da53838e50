package org.genaitimeline.export;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.tabledata.SpreadsheetCells;

/**
 * A header and rows of cells written as aligned text, RFC 4180 CSV or a Markdown table.
 * Pure string work, shared by {@code --list} and the table exports.
 */
record TableText(List<String> header, List<List<String>> rows) {

    TableText {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Columns padded to their widest cell (CJK counted double), two spaces apart. */
    String text() {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : DisplayWidth.pad(row.get(i), widths[i]) + "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /**
     * RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled;
     * cells a spreadsheet would run as a formula defused (see {@link SpreadsheetCells}).
     */
    String csv() {
        return csv(true);
    }

    /** As {@link #csv()}; {@code defuse} false keeps a cell that starts like a formula as it is. */
    String csv(boolean defuse) {
        StringBuilder out = new StringBuilder();
        csvLine(out, header, defuse);
        rows.forEach(r -> csvLine(out, r, defuse));
        return out.toString();
    }

    /** The same table with every cell safe to print on a terminal (see {@link TerminalText}). */
    TableText forTerminal() {
        return new TableText(header.stream().map(TerminalText::escape).toList(),
                rows.stream().map(r -> r.stream().map(TerminalText::escape).toList()).toList());
    }

    /** A GitHub-flavoured Markdown table, the form the book's source uses. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        mdLine(out, header);
        mdLine(out, header.stream().map(h -> "---").toList());
        rows.forEach(r -> mdLine(out, r));
        return out.toString();
    }

    private static void csvLine(StringBuilder out, List<String> cells, boolean defuse) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = defuse ? SpreadsheetCells.defuse(cells.get(i)) : cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
                    || c.indexOf('\r') >= 0;
            out.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        out.append("\r\n");
    }

    private static void mdLine(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        out.append('\n');
    }
}

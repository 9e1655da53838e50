package org.genaitimeline.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.genaitimeline.tabledata.SpreadsheetCells;

/**
 * A header and rows of cells written as aligned text, RFC 4180 CSV or a Markdown table.
 * Pure string work, shared by {@code --list} and the table exports.
 *
 * <p>Each form can also be written a row at a time from {@link Rows} whose cells are made
 * when asked ({@link #text(List, Rows, Appendable)} and the others): {@code --list} of a large
 * catalog then holds one row, not every cell and the whole text. The aligned text reads the
 * rows twice, once for the columns' widths.
 */
record TableText(List<String> header, List<List<String>> rows) {

    /** The rows of a table, each row's cells made when asked (and made again when asked again). */
    interface Rows {
        int size();

        List<String> row(int i);

        /** Rows already made. */
        static Rows of(List<List<String>> rows) {
            return new Rows() {
                @Override
                public int size() {
                    return rows.size();
                }

                @Override
                public List<String> row(int i) {
                    return rows.get(i);
                }
            };
        }
    }

    TableText {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    private Rows kept() {
        return Rows.of(rows);
    }

    /** Columns padded to their widest cell (CJK counted double), two spaces apart. */
    String text() {
        StringBuilder out = new StringBuilder();
        text(header, kept(), out);
        return out.toString();
    }

    /** {@link #text()} of a header and rows, written to {@code out} a line at a time. */
    static void text(List<String> header, Rows rows, Appendable out) {
        int[] widths = new int[header.size()];
        widen(widths, header);
        for (int r = 0; r < rows.size(); r++) {
            widen(widths, rows.row(r));
        }
        StringBuilder line = new StringBuilder();
        textLine(out, line, header, widths);
        for (int r = 0; r < rows.size(); r++) {
            textLine(out, line, rows.row(r), widths);
        }
    }

    private static void widen(int[] widths, List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
        }
    }

    /** One line: each cell but the last padded and two spaces after it, trailing white space cut. */
    private static void textLine(Appendable out, StringBuilder line, List<String> row, int[] widths) {
        line.setLength(0);
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            line.append(cell);
            if (i < row.size() - 1) {
                for (int missing = widths[i] - DisplayWidth.of(cell); missing > 0; missing--) {
                    line.append(' ');
                }
                line.append("  ");
            }
        }
        int end = line.length(); // as String.stripTrailing() cuts
        while (end > 0) {
            int cp = Character.codePointBefore(line, end);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        append(out, line, 0, end);
        append(out, "\n");
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
        csv(header, kept(), defuse, out);
        return out.toString();
    }

    /** {@link #csv(boolean)} of a header and rows, written to {@code out} a line at a time. */
    static void csv(List<String> header, Rows rows, boolean defuse, Appendable out) {
        StringBuilder line = new StringBuilder();
        csvLine(out, line, header, defuse);
        for (int r = 0; r < rows.size(); r++) {
            csvLine(out, line, rows.row(r), defuse);
        }
    }

    /** The same table with every cell safe to print on a terminal (see {@link TerminalText}). */
    TableText forTerminal() {
        return new TableText(header.stream().map(TerminalText::escape).toList(),
                rows.stream().map(r -> r.stream().map(TerminalText::escape).toList()).toList());
    }

    /** A GitHub-flavoured Markdown table, the form the book's source uses. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        markdown(header, kept(), out);
        return out.toString();
    }

    /** {@link #markdown()} of a header and rows, written to {@code out} a line at a time. */
    static void markdown(List<String> header, Rows rows, Appendable out) {
        StringBuilder line = new StringBuilder();
        mdLine(out, line, header);
        mdLine(out, line, header.stream().map(h -> "---").toList());
        for (int r = 0; r < rows.size(); r++) {
            mdLine(out, line, rows.row(r));
        }
    }

    private static void csvLine(Appendable out, StringBuilder line, List<String> cells, boolean defuse) {
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String c = defuse ? SpreadsheetCells.defuse(cells.get(i)) : cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
                    || c.indexOf('\r') >= 0;
            if (quote) {
                line.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                line.append(c);
            }
        }
        line.append("\r\n");
        append(out, line, 0, line.length());
    }

    private static void mdLine(Appendable out, StringBuilder line, List<String> cells) {
        line.setLength(0);
        line.append('|');
        for (String c : cells) {
            line.append(' ').append(c.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        line.append('\n');
        append(out, line, 0, line.length());
    }

    private static void append(Appendable out, CharSequence text) {
        append(out, text, 0, text.length());
    }

    private static void append(Appendable out, CharSequence text, int from, int to) {
        try {
            out.append(text, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

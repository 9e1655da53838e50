package org.genaitimeline.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Messages;

/**
 * The table exports for the app's export dialog: the same cells, CSV and Markdown as
 * {@code --export table-14-1} and {@code --list}, so the dialog and the command line agree.
 */
public final class TableExports {

    /** The two text formats. */
    public enum Format { CSV, MARKDOWN }

    private TableExports() {
    }

    /**
     * A book table's rows that pass the query, as the book prints them; without a table
     * (the "all models" preset) every model that passes, with the catalog's columns.
     */
    public static String text(Catalog catalog, BookTable table, ModelQuery query, Messages messages, Format format) {
        ModelRows rows = new ModelRows(messages, catalog);
        TableText text;
        if (table == null) {
            List<Model> models = catalog.models().stream().filter(query.predicate())
                    .sorted(Catalog.BY_DATE).toList();
            text = rows.catalog(models);
        } else {
            text = rows.book(ModelRows.tableRows(catalog, table, query.predicate()));
        }
        return format == Format.CSV ? text.csv() : text.markdown();
    }

    /**
     * CSV text as a file's bytes, in UTF-8, optionally after a byte order mark: Excel reads a
     * CSV without one in the system's code page, which turns Chinese into mojibake.
     */
    public static byte[] csvBytes(String csv, boolean byteOrderMark) {
        return ((byteOrderMark ? "\uFEFF" : "") + csv).getBytes(StandardCharsets.UTF_8);
    }
}

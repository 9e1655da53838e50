package org.genaitimeline.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.function.Predicate;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.tabledata.ModelColumn;

/** The cells of {@code --list} and of the book's tables, in one language, from the tables' own columns. */
final class ModelRows {

    private final Messages messages;
    private final ModelColumn.Cells cells;

    ModelRows(Messages messages, Catalog catalog) {
        this.messages = messages;
        this.cells = new ModelColumn.Cells(messages, catalog);
    }

    /** The catalog view's exported columns: model, date, developer, type, kind, parameters, open. */
    TableText catalog(List<Model> models) {
        return rows(ModelColumn.EXPORTED, models);
    }

    /** A book table's five columns with the cells exactly as the book prints them. */
    TableText book(List<Model> models) {
        return rows(ModelColumn.BOOK, models);
    }

    /** The rows of a book table that pass the query, in the book's order. */
    static List<Model> tableRows(Catalog catalog, BookTable table, Predicate<Model> filter) {
        return catalog.table(table).stream().filter(filter).toList();
    }

    /** The header of the catalog's columns ({@code book} false) or a book table's, each cell through {@code cell}. */
    List<String> header(boolean book, UnaryOperator<String> cell) {
        return (book ? ModelColumn.BOOK : ModelColumn.EXPORTED).stream().map(c -> cell.apply(messages.get(c.headerKey())))
                .toList();
    }

    /**
     * The rows of {@link #catalog} ({@code book} false) or {@link #book}, each row's cells made
     * (and passed through {@code cell}) when it is asked for, so that no table of every cell is kept.
     */
    TableText.Rows lazy(boolean book, List<Model> models, UnaryOperator<String> cell) {
        List<ModelColumn> columns = book ? ModelColumn.BOOK : ModelColumn.EXPORTED;
        return new TableText.Rows() {
            @Override
            public int size() {
                return models.size();
            }

            @Override
            public List<String> row(int i) {
                Model m = models.get(i);
                String[] out = new String[columns.size()];
                for (int c = 0; c < out.length; c++) {
                    out[c] = cell.apply(columns.get(c).value().of(m, cells));
                }
                return Arrays.asList(out);
            }
        };
    }

    private TableText rows(List<ModelColumn> columns, List<Model> models) {
        List<String> header = columns.stream().map(c -> messages.get(c.headerKey())).toList();
        List<List<String>> rows = models.stream()
                .map(m -> columns.stream().map(c -> c.value().of(m, cells)).toList()).toList();
        return new TableText(header, rows);
    }
}

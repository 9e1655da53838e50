package org.genaitimeline.export;

import java.util.List;
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

    private TableText rows(List<ModelColumn> columns, List<Model> models) {
        List<String> header = columns.stream().map(c -> messages.get(c.headerKey())).toList();
        List<List<String>> rows = models.stream()
                .map(m -> columns.stream().map(c -> c.value().of(m, cells)).toList()).toList();
        return new TableText(header, rows);
    }
}

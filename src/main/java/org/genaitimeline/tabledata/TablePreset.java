package org.genaitimeline.tabledata;

import java.util.List;
import java.util.function.Predicate;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;

/**
 * The three tables: the book's Table 14-1 and 14-2 with its columns and its printed values,
 * and all models with more columns.
 */
public enum TablePreset {
    TABLE_14_1(BookTable.LLM, "table.14-1.title", "table.preset.14-1"),
    TABLE_14_2(BookTable.TEXT_TO_IMAGE, "table.14-2.title", "table.preset.14-2"),
    ALL(null, "table.all.title", "table.preset.all");

    private final BookTable table;
    private final String titleKey;
    private final String buttonKey;

    TablePreset(BookTable table, String titleKey, String buttonKey) {
        this.table = table;
        this.titleKey = titleKey;
        this.buttonKey = buttonKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String buttonKey() {
        return buttonKey;
    }

    /** Whether the cells show the book's printed values. */
    public boolean printed() {
        return table != null;
    }

    public Predicate<Model> rows() {
        return table == null ? m -> true : m -> m.inTable(table);
    }

    /** How many rows the table has with no filter. */
    public int size(Catalog catalog) {
        return table == null ? catalog.size() : catalog.table(table).size();
    }

    /** The book's five printed columns, or the catalog's nine. */
    public List<ModelColumn> columns() {
        return printed() ? ModelColumn.BOOK : ModelColumn.CATALOG;
    }
}

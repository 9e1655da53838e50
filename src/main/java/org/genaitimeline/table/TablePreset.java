package org.genaitimeline.table;

import java.util.List;
import java.util.function.Predicate;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;
import org.genaitimeline.table.ModelOrder.Column;

/**
 * The three tables: the book's Table 14-1 and 14-2 with its columns and its printed values,
 * and all models with more columns.
 */
public enum TablePreset {
    TABLE_14_1(BookTable.LLM, "table.14-1.title", "table.preset.14-1"),
    TABLE_14_2(BookTable.TEXT_TO_IMAGE, "table.14-2.title", "table.preset.14-2"),
    ALL(null, "table.all.title", "table.preset.all");

    /** One column: its header key, what it sorts by, and the text of a cell. */
    record ColumnSpec(String headerKey, Column sort, CellText text, boolean numeric) {
    }

    /** A cell's text for a model. */
    @FunctionalInterface
    interface CellText {
        String of(Model m, AppState state);
    }

    private final BookTable table;
    private final String titleKey;
    private final String buttonKey;

    TablePreset(BookTable table, String titleKey, String buttonKey) {
        this.table = table;
        this.titleKey = titleKey;
        this.buttonKey = buttonKey;
    }

    String titleKey() {
        return titleKey;
    }

    String buttonKey() {
        return buttonKey;
    }

    /** Whether the cells show the book's printed values. */
    boolean printed() {
        return table != null;
    }

    Predicate<Model> rows() {
        return table == null ? m -> true : m -> m.inTable(table);
    }

    /** How many rows the table has with no filter. */
    int size(Catalog catalog) {
        return table == null ? catalog.size() : catalog.table(table).size();
    }

    List<ColumnSpec> columns() {
        if (printed()) {
            return List.of(
                    new ColumnSpec("column.model", Column.NAME, (m, s) -> m.printedName(s.getLanguage()), false),
                    new ColumnSpec("column.date", Column.DATE,
                            (m, s) -> ModelFormat.date(m.printedDate(), s.getLanguage()), false),
                    new ColumnSpec("column.developer", Column.DEVELOPER,
                            (m, s) -> m.printedDeveloper(s.getLanguage()), false),
                    new ColumnSpec("column.parameters", Column.PARAMETERS,
                            (m, s) -> ModelFormat.parameters(m.printedParameters(), s.getLanguage()), true),
                    new ColumnSpec("column.openSource", Column.OPEN_SOURCE, (m, s) -> ModelFormat.openSource(
                            m.printedOpenSource(), m.book().openSourceParameters(), s.getLanguage()), false));
        }
        return List.of(
                new ColumnSpec("column.model", Column.NAME, (m, s) -> m.name(), false),
                new ColumnSpec("column.date", Column.DATE, (m, s) -> ModelFormat.date(m.date(), s.getLanguage()),
                        false),
                new ColumnSpec("column.developer", Column.DEVELOPER, (m, s) -> String.join(", ", m.developer()),
                        false),
                new ColumnSpec("column.parameters", Column.PARAMETERS,
                        (m, s) -> ModelFormat.parameters(m.parameters(), s.getLanguage()), true),
                new ColumnSpec("column.openSource", Column.OPEN_SOURCE,
                        (m, s) -> ModelFormat.openSource(m.openSource(), java.util.OptionalLong.empty(),
                                s.getLanguage()), false),
                new ColumnSpec("column.family", Column.FAMILY,
                        (m, s) -> s.messages().get("family." + m.family().id()), false),
                new ColumnSpec("column.kind", Column.KIND, (m, s) -> s.messages().get("kind." + m.kind().id()),
                        false),
                new ColumnSpec("column.era", Column.ERA, (m, s) -> eraName(m, s.getCatalog(), s.getLanguage()),
                        false),
                new ColumnSpec("column.lineage", Column.LINEAGE, (m, s) -> Integer.toString(m.buildsOn().size()),
                        true));
    }

    private static String eraName(Model m, Catalog catalog, Language language) {
        return catalog.era(m.era()).map(e -> e.name().get(language)).orElse(m.era());
    }
}

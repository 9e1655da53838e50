package org.genaitimeline.tabledata;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.tabledata.ModelOrder.Column;

/**
 * One column of the model tables, defined once for the Tables tab and for the CSV, Markdown
 * and text exports, so a cell reads the same on screen, on the clipboard and in a file.
 * Pure Java: the command line uses it without JavaFX.
 *
 * @param id what the column shows, and what it sorts by
 * @param headerKey the header's message key
 * @param numeric whether the cells are numbers (right-aligned on screen)
 * @param value the cell's text for a model
 */
public record ModelColumn(Column id, String headerKey, boolean numeric, CellValue value) {

    /** What a cell reads besides its model: the texts of a language, and the catalog (era names). */
    public record Cells(Messages messages, Catalog catalog) {

        public Language language() {
            return messages.language();
        }
    }

    /** A cell's text for a model. */
    @FunctionalInterface
    public interface CellValue {
        String of(Model m, Cells cells);
    }

    /** A book table's five columns, the cells exactly as the book prints them. */
    public static final List<ModelColumn> BOOK = List.of(
            text(Column.NAME, "column.model", (m, c) -> m.printedName(c.language())),
            text(Column.DATE, "column.date", (m, c) -> ModelFormat.date(m.printedDate(), c.language())),
            text(Column.DEVELOPER, "column.developer", (m, c) -> m.printedDeveloper(c.language())),
            number(Column.PARAMETERS, "column.parameters",
                    (m, c) -> ModelFormat.parameters(m.printedParameters(), c.language())),
            text(Column.OPEN_SOURCE, "column.openSource", (m, c) -> ModelFormat.openSource(m.printedOpenSource(),
                    m.book().openSourceParameters(), c.language())));

    /** The catalog's nine columns, as "All models" shows them. */
    public static final List<ModelColumn> CATALOG = List.of(
            text(Column.NAME, "column.model", (m, c) -> m.name(c.language())),
            text(Column.DATE, "column.date", (m, c) -> ModelFormat.date(m.date(), c.language())),
            // A list reads "a, b" in English and "a、b" in Chinese.
            text(Column.DEVELOPER, "column.developer",
                    (m, c) -> String.join(c.language() == Language.ZH ? "、" : ", ", m.developer())),
            number(Column.PARAMETERS, "column.parameters", (m, c) -> ModelFormat.parameters(m.parameters(),
                    c.language())),
            text(Column.OPEN_SOURCE, "column.openSource",
                    (m, c) -> ModelFormat.openSource(m.openSource(), OptionalLong.empty(), c.language())),
            text(Column.FAMILY, "column.family", (m, c) -> c.messages().get("family." + m.family().id())),
            text(Column.KIND, "column.kind", (m, c) -> c.messages().get("kind." + m.kind().id())),
            text(Column.ERA, "column.era", (m, c) -> c.catalog().era(m.era()).map(e -> e.name().get(c.language()))
                    .orElse(m.era())),
            number(Column.LINEAGE, "column.lineage", (m, c) -> Integer.toString(m.buildsOn().size())));

    /** The catalog's columns that {@code --list} and the "all models" export write, in their order. */
    public static final List<ModelColumn> EXPORTED = pick(CATALOG, Column.NAME, Column.DATE, Column.DEVELOPER,
            Column.FAMILY, Column.KIND, Column.PARAMETERS, Column.OPEN_SOURCE);

    private static ModelColumn text(Column id, String headerKey, CellValue value) {
        return new ModelColumn(id, headerKey, false, value);
    }

    private static ModelColumn number(Column id, String headerKey, CellValue value) {
        return new ModelColumn(id, headerKey, true, value);
    }

    private static List<ModelColumn> pick(List<ModelColumn> from, Column... ids) {
        Map<Column, ModelColumn> byId = from.stream().collect(Collectors.toMap(ModelColumn::id, Function.identity()));
        return Stream.of(ids).map(byId::get).toList();
    }
}

package org.genaitimeline.export;

import java.util.List;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/** The cells of {@code --list} and of the book's tables, in one language. */
final class ModelRows {

    private final Messages messages;
    private final Language language;

    ModelRows(Messages messages) {
        this.messages = messages;
        this.language = messages.language();
    }

    /** Every column of the catalog view: model, date, developer, type, kind, parameters, open. */
    TableText catalog(List<Model> models) {
        List<String> header = List.of(messages.get("column.model"), messages.get("column.date"),
                messages.get("column.developer"), messages.get("column.family"), messages.get("column.kind"),
                messages.get("column.parameters"), messages.get("column.openSource"));
        List<List<String>> rows = models.stream().map(m -> List.of(
                m.name(),
                ModelFormat.date(m.date(), language),
                String.join(language == Language.ZH ? "、" : ", ", m.developer()),
                messages.get("family." + m.family().id()),
                messages.get("kind." + m.kind().id()),
                ModelFormat.parameters(m.parameters(), language),
                ModelFormat.openSource(m.openSource(), OptionalLong.empty(), language))).toList();
        return new TableText(header, rows);
    }

    /** A book table's five columns with the cells exactly as the book prints them. */
    TableText book(List<Model> models) {
        List<String> header = List.of(messages.get("column.model"), messages.get("column.date"),
                messages.get("column.developer"), messages.get("column.parameters"),
                messages.get("column.openSource"));
        List<List<String>> rows = models.stream().map(m -> List.of(
                m.printedName(language),
                ModelFormat.date(m.printedDate(), language),
                m.printedDeveloper(language),
                ModelFormat.parameters(m.printedParameters(), language),
                ModelFormat.openSource(m.printedOpenSource(), m.book().openSourceParameters(), language)))
                .toList();
        return new TableText(header, rows);
    }

    /** The rows of a book table that pass the query, in the book's order. */
    static List<Model> tableRows(org.genaitimeline.catalog.Catalog catalog, BookTable table,
            java.util.function.Predicate<Model> filter) {
        return catalog.table(table).stream().filter(filter).toList();
    }
}

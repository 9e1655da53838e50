package org.genaitimeline.export;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Messages;

/**
 * {@code --list}: the models that pass the filters, chronologically, or with {@code --table}
 * a book table in the book's row order with its cells as printed, in text, CSV, Markdown or
 * JSON (the raw catalog fields).
 */
final class ListCommand {

    static final List<String> FORMATS = List.of("text", "csv", "md", "json");

    private final Messages messages;

    ListCommand(Messages messages) {
        this.messages = messages;
    }

    /** Every format but JSON (which escapes control characters itself) is made safe for a terminal. */
    int run(Catalog catalog, QueryOptions options, String format, CsvOptions csv, PrintStream out) {
        String f = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw QueryOptions.badValue(messages, "--format", format, String.join(", ", FORMATS));
        }
        ModelQuery query = options.toQuery(catalog, messages);
        BookTable table = options.bookTable(messages);
        List<Model> models = table == null
                ? catalog.models().stream().filter(query.predicate()).toList()
                : ModelRows.tableRows(catalog, table, query.predicate());
        if (f.equals("json")) {
            out.print(ModelJson.array(models));
            return 0;
        }
        ModelRows rows = new ModelRows(messages, catalog);
        TableText text = (table == null ? rows.catalog(models) : rows.book(models)).forTerminal();
        String body = switch (f) {
            case "csv" -> text.csv(!csv.raw);
            case "md" -> text.markdown();
            default -> text.text();
        };
        out.print(Attribution.append(body, f, Attribution.of(models, messages)));
        return 0;
    }
}

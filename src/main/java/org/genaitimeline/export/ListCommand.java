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
        // Written a piece at a time as the rows are made: 50,000 models are not one string first.
        PrintSink sink = new PrintSink(out);
        if (f.equals("json")) {
            ModelJson.write(models, sink);
            sink.flush();
            return 0;
        }
        ModelRows rows = new ModelRows(messages, catalog);
        boolean book = table != null;
        List<String> header = rows.header(book, TerminalText::escape);
        TableText.Rows cells = rows.lazy(book, models, TerminalText::escape);
        switch (f) {
            case "csv" -> TableText.csv(header, cells, !csv.raw, sink);
            case "md" -> TableText.markdown(header, cells, sink);
            default -> TableText.text(header, cells, sink);
        }
        sink.append(Attribution.tail(f, Attribution.of(models, messages)));
        sink.flush();
        return 0;
    }
}

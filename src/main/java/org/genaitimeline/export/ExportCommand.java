package org.genaitimeline.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.render.AtomicFiles;
import org.genaitimeline.render.FigureFiles;
import org.genaitimeline.render.Palette;

/**
 * {@code --export WHAT --out FILE}: a book table as CSV or Markdown (by the file's
 * extension), or a figure as PNG or SVG painted by the {@link FigureRenderer} registered
 * for it. Every option value is checked before anything is rendered; files are written
 * atomically, so a failed export never leaves half a file.
 */
final class ExportCommand {

    static final List<String> TARGETS = List.of("timeline", "growth", "table-14-1", "table-14-2");

    private final Map<String, FigureRenderer> renderers;
    private final Messages messages;

    ExportCommand(Map<String, FigureRenderer> renderers, Messages messages) {
        this.renderers = renderers;
        this.messages = messages;
    }

    int run(Catalog catalog, String what, QueryOptions query, ExportOptions options) {
        String target = what.strip().toLowerCase(Locale.ROOT);
        if (!TARGETS.contains(target)) {
            throw QueryOptions.badValue(messages, "--export", what, String.join(", ", TARGETS));
        }
        if (options.out == null) {
            throw CliException.usage(messages.get("cli.error.needsOut", "--export"));
        }
        Path out = outPath(options.out);
        ModelQuery q = query.toQuery(catalog, messages);
        if (target.startsWith("table-")) {
            BookTable table = BookTable.fromId(target.substring("table-".length())).orElseThrow();
            return writeTable(catalog, table, q, out);
        }
        return writeFigure(catalog, target, q, options, out);
    }

    private int writeTable(Catalog catalog, BookTable table, ModelQuery query, Path out) {
        String ext = extension(out);
        if (!ext.equals("csv") && !ext.equals("md")) {
            throw QueryOptions.badValue(messages, "--out", out.toString(), messages.get("cli.allowed.tableOut"));
        }
        List<Model> rows = ModelRows.tableRows(catalog, table, query.predicate());
        TableText text = new ModelRows(messages).book(rows);
        String body = Attribution.append(ext.equals("csv") ? text.csv() : text.markdown(), ext,
                Attribution.of(rows, messages));
        write(out, () -> AtomicFiles.write(out, body.getBytes(StandardCharsets.UTF_8)));
        return 0;
    }

    private int writeFigure(Catalog catalog, String id, ModelQuery query, ExportOptions o, Path out) {
        String ext = extension(out);
        if (!ext.equals("png") && !ext.equals("svg")) {
            throw QueryOptions.badValue(messages, "--out", out.toString(), messages.get("cli.allowed.figureOut"));
        }
        FigureSettings s = FigureSettings.read(o, messages);
        FigureRenderer renderer = renderers.get(id);
        if (renderer == null) {
            throw CliException.usage(messages.get("cli.error.noRenderer", id));
        }
        List<Model> models = catalog.models().stream().filter(query.predicate()).toList();
        Map<String, String> options = new java.util.HashMap<>(Map.of("orientation", s.orientation(),
                "bookFigureOnly", Boolean.toString(o.bookFigureOnly),
                "linear", Boolean.toString(o.linear),
                "trend", Boolean.toString(o.trend),
                "trendPerEra", Boolean.toString(o.trendPerEra),
                // Imported models are their own series: show it, or the 2023-25 rows stay off the chart.
                "allFamilies", Boolean.toString(o.allFamilies)));
        Attribution.of(models, messages).ifPresent(line -> options.put("caption", line));
        FigureRequest request = new FigureRequest(catalog, models, messages.language(), Palette.of(s.theme()),
                options);
        write(out, () -> FigureFiles.write(out, s.width(), s.height(), s.scale(),
                surface -> renderer.paint(surface, request)));
        return 0;
    }

    private Path outPath(String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", file, e.getReason()));
        }
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir) || Files.isDirectory(path)) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", file,
                    messages.get("cli.error.noFolder")));
        }
        return path;
    }

    private void write(Path out, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", out, String.valueOf(e.getMessage())));
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}

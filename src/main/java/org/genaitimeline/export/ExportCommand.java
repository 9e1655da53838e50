package org.genaitimeline.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.FileAccess;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.figure.FigureFrame;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.files.AtomicFiles;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.files.RenderFailure;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.theme.Palette;

/**
 * {@code --export WHAT --out FILE}: a book table as CSV or Markdown (by the file's
 * extension), or a figure as PNG or SVG painted by the {@link FigureRenderer} registered
 * for it. Every option value is checked before anything is rendered; files are written
 * atomically, so a failed export never leaves half a file.
 */
final class ExportCommand {

    static final List<String> TARGETS = List.of("timeline", "growth", "lineage", "table-14-1", "table-14-2");

    private final Map<String, FigureRenderer> renderers;
    private final Messages messages;
    private final java.io.PrintStream notes;

    /** @param notes where a note goes that is no error (a lineage file grown to hold the graph) */
    ExportCommand(Map<String, FigureRenderer> renderers, Messages messages, java.io.PrintStream notes) {
        this.renderers = renderers;
        this.messages = messages;
        this.notes = notes;
    }

    /**
     * With a saved view: its filters, figure switches, range, theme and tab (for
     * {@code --export view}) fill in whatever the command line does not say.
     */
    int run(Catalog catalog, String what, QueryOptions query, ExportOptions options, CsvOptions csv,
            SavedView view, LineageArgs lineageArgs) {
        String target = what.strip().toLowerCase(Locale.ROOT);
        if (view != null && target.equals("view")) {
            target = switch (view.tab()) {
                case TIMELINE -> "timeline";
                case GROWTH -> "growth";
                case TABLES -> "table-" + (view.tablePreset() == null ? "14-1" : view.tablePreset());
                case LINEAGE -> "lineage";
            };
        }
        if (!TARGETS.contains(target)) {
            if (target.equals("view")) {
                throw CliException.usage(messages.get("cli.error.viewNeedsFile"));
            }
            throw QueryOptions.badValue(messages, "--export", what, String.join(", ", TARGETS));
        }
        if (!target.equals("lineage") && lineageArgs.given().isPresent()) {
            throw CliException.usage(messages.get("cli.error.lineageOnly", lineageArgs.given().get()));
        }
        if (options.out == null) {
            throw CliException.usage(messages.get("cli.error.needsOut", "--export"));
        }
        LineageArgs.Centre centre = target.equals("lineage")
                ? lineageArgs.read(catalog, messages, notes, view == null ? null : view.selection(),
                        view == null ? LineageOptions.DEFAULT : view.lineage()) : null;
        Path out = outPath(options.out);
        ModelQuery q = view == null ? query.toQuery(catalog, messages) : query.toQuery(catalog, messages, view.query());
        if (target.startsWith("table-")) {
            BookTable table = BookTable.fromId(target.substring("table-".length())).orElseThrow();
            return writeTable(catalog, table, q, csv, out);
        }
        if (view != null && options.theme == null) {
            options.theme = view.theme().id();
        }
        // Without a view the command line's filters pick what is drawn, so what they leave out
        // is hidden, not dimmed; a view brings its own choice.
        TimelineOptions timeline = options.timeline(
                view == null ? TimelineOptions.DEFAULT.withHideFiltered(true) : view.timeline(), messages);
        GrowthOptions growth = options.growth(view == null ? GrowthOptions.DEFAULT : view.growth(), messages);
        return writeFigure(catalog, target, q, options, out, timeline, growth, centre);
    }

    private int writeTable(Catalog catalog, BookTable table, ModelQuery query, CsvOptions csv, Path out) {
        String ext = extension(out);
        if (!ext.equals("csv") && !ext.equals("md")) {
            throw QueryOptions.badValue(messages, "--out", out.toString(), messages.get("cli.allowed.tableOut"));
        }
        List<Model> rows = ModelRows.tableRows(catalog, table, query.predicate());
        TableText text = new ModelRows(messages, catalog).book(rows);
        boolean isCsv = ext.equals("csv");
        String body = Attribution.append(isCsv ? text.csv(!csv.raw) : text.markdown(), ext,
                Attribution.of(rows, messages));
        byte[] bytes = isCsv ? TableExports.csvBytes(body, csv.bomFor(messages.language()))
                : body.getBytes(StandardCharsets.UTF_8);
        write(out, () -> AtomicFiles.write(out, bytes));
        return 0;
    }

    private int writeFigure(Catalog catalog, String id, ModelQuery query, ExportOptions o, Path out,
            TimelineOptions timeline, GrowthOptions growth, LineageArgs.Centre centre) {
        String ext = extension(out);
        if (!ext.equals("png") && !ext.equals("svg")) {
            throw QueryOptions.badValue(messages, "--out", out.toString(), messages.get("cli.allowed.figureOut"));
        }
        FigureSettings s = FigureSettings.read(o, messages, ext.equals("png"));
        FigureRenderer renderer = renderers.get(id);
        if (renderer == null) {
            throw CliException.usage(messages.get("cli.error.noRenderer", id));
        }
        List<Model> models = catalog.models().stream().filter(query.predicate()).toList();
        FigureFrame frame = FigureFrame.NONE.withAttribution(Attribution.of(models, messages).orElse(""));
        FigureRequest request = new FigureRequest(catalog, models, messages.language(), Palette.of(s.theme()),
                timeline, growth, centre == null ? LineageOptions.DEFAULT : centre.options(),
                centre == null ? Optional.empty() : Optional.of(centre.id()), frame);
        double[] size = fittingSize(renderer, request, s, ext.equals("png"));
        write(out, () -> FigureFiles.write(out, size[0], size[1], s.scale(),
                surface -> renderer.paint(surface, request)));
        return 0;
    }

    /**
     * The size asked for, or the larger one a figure needs rather than overlap (a lineage of
     * hundreds of models): then the file is that size and a note says so.
     */
    private double[] fittingSize(FigureRenderer renderer, FigureRequest request, FigureSettings s, boolean raster) {
        double[] size = FigureFiles.fittingSize(renderer, request, s.width(), s.height());
        long w = (long) Math.ceil(size[0]);
        long h = (long) Math.ceil(size[1]);
        if (w <= s.width() && h <= s.height()) {
            return new double[] {s.width(), s.height()};
        }
        if (w > FigureSettings.MAX_SIZE || h > FigureSettings.MAX_SIZE
                || (raster && !org.genaitimeline.files.PixelBudget.fits((int) w, (int) h, s.scale()))) {
            throw CliException.invalid(messages.get("cli.error.figureTooLarge", request.selection().orElse(""),
                    String.valueOf(w), String.valueOf(h)));
        }
        notes.println(messages.get("cli.note.figureGrown", String.valueOf(w), String.valueOf(h),
                String.valueOf(s.width()), String.valueOf(s.height())));
        return new double[] {w, h};
    }

    private Path outPath(String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", file, e.getReason()));
        }
        var refusal = FileAccess.refuseWriting(path);
        if (refusal.isPresent()) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", file,
                    refusal.get().text().in(messages.language())));
        }
        return path;
    }

    private void write(Path out, IoAction action) {
        try {
            action.run();
        } catch (RenderFailure e) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", out,
                    messages.get("export.failed." + e.reason().name())));
        } catch (IOException e) {
            throw CliException.invalid(messages.get("cli.error.cannotWrite", out,
                    FileAccess.reason(e).in(messages.language())));
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

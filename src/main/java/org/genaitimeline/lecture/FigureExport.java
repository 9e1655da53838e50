package org.genaitimeline.lecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.WritableImage;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.export.Attribution;
import org.genaitimeline.export.TableExports;
import org.genaitimeline.figure.FigureFrame;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.state.AppState;
import org.genaitimeline.table.TablesScreen;
import org.genaitimeline.tabledata.TablePreset;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.timeline.TimelineView;

/**
 * What the export dialog and Copy image produce for the current view: the figure painted by
 * the same {@link FigureRenderer} as the command line, with the view's state (range,
 * orientation, switches, filters, theme, language) at the chosen size, not a screenshot;
 * or the current table preset as CSV or Markdown. The figure sits in the same
 * {@link FigureFrame} as the command line's: an optional title above, a source caption and
 * the data credit below.
 */
public final class FigureExport {

    /** The file formats; the figures take PNG and SVG, the tables CSV and Markdown. */
    public enum Format {
        PNG("png", "export.format.png"), SVG("svg", "export.format.svg"), CSV("csv", "export.format.csv"),
        MARKDOWN("md", "export.format.md");

        private final String extension;
        private final String key;

        Format(String extension, String key) {
            this.extension = extension;
            this.key = key;
        }

        /** The message key of the format's name (written out so the bundle check sees it). */
        String key() {
            return key;
        }

        String extension() {
            return extension;
        }

        boolean figure() {
            return this == PNG || this == SVG;
        }
    }

    /**
     * One export.
     *
     * @param width the image's width in pixels (PNG) or the drawing's width times the scale (SVG)
     * @param height likewise
     * @param scale how many pixels per logical pixel: 2 paints the figure at half the size with
     *     twice the pixels, so text stays readable on a 4K projector
     * @param title a line above the figure, or empty
     * @param caption a line below it, or empty
     */
    record Settings(Format format, int width, int height, double scale, String title, String caption) {
    }

    private final AppState state;
    private final TimelineView timeline;
    private final ParameterGrowthView growth;
    private final TablesScreen tables;
    private final Map<String, FigureRenderer> renderers;
    private final java.util.function.Supplier<LineageOptions> lineage;

    /** @param lineage the lineage view's depth, direction and path as they are now */
    FigureExport(AppState state, TimelineView timeline, ParameterGrowthView growth, TablesScreen tables,
            java.util.function.Supplier<LineageOptions> lineage, Map<String, FigureRenderer> renderers) {
        this.state = state;
        this.lineage = lineage;
        this.timeline = timeline;
        this.growth = growth;
        this.tables = tables;
        this.renderers = renderers;
    }

    /** Whether the current view is a figure (else a table). */
    boolean figureShown() {
        return state.getCurrentView() != AppState.View.TABLES;
    }

    /** The file's content. */
    byte[] bytes(Settings s) throws IOException {
        return switch (s.format()) {
            case PNG -> FigureFiles.png(s.width() / s.scale(), s.height() / s.scale(), s.scale(), painter(s));
            case SVG -> FigureFiles.svg(s.width() / s.scale(), s.height() / s.scale(), 1, painter(s))
                    .getBytes(StandardCharsets.UTF_8);
            // as on the command line: a byte order mark for Chinese, so that Excel reads it as UTF-8
            case CSV -> TableExports.csvBytes(table(TableExports.Format.CSV),
                    state.messages().language() == Language.ZH);
            case MARKDOWN -> table(TableExports.Format.MARKDOWN).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * What must happen on the FX thread: the figure painted and snapshotted (PNG) or drawn
     * as SVG, or the table's text; encoding and writing follow in the background.
     */
    ExportWriter.Content render(Settings s) throws IOException {
        if (s.format() != Format.PNG) {
            return new ExportWriter.Content(null, bytes(s));
        }
        // Past a Full HD frame's worth of pixels, paint tile by tile from the background (the
        // painter is built now, so the figure is the one shown when Export was pressed).
        if ((long) s.width() * s.height() > TILED_FROM) {
            return new ExportWriter.Content(null, new ExportWriter.Tiles(s.width() / s.scale(),
                    s.height() / s.scale(), s.scale(), painter(s)), null);
        }
        return new ExportWriter.Content(image(s), null);
    }

    /** Pixels from which a PNG is painted in tiles rather than at once. */
    static final long TILED_FROM = 1920L * 1080;

    /** The figure as an image (Copy image). */
    WritableImage image(Settings s) {
        return FigureFiles.renderImage(s.width() / s.scale(), s.height() / s.scale(), s.scale(), painter(s));
    }

    /** The current table preset's rows as text. */
    String table(TableExports.Format format) {
        TablePreset preset = tables.presetProperty().get();
        BookTable table = preset == TablePreset.TABLE_14_1 ? BookTable.LLM
                : preset == TablePreset.TABLE_14_2 ? BookTable.TEXT_TO_IMAGE : null;
        return TableExports.text(state.getCatalog(), table, state.getQuery(), state.messages(), format);
    }

    /** A file name for the current view: {@code timeline.png}, {@code table-14-1.csv}, {@code lineage-gpt-3.svg}. */
    String fileName(Format format) {
        String base = switch (state.getCurrentView()) {
            case TIMELINE -> "timeline";
            case GROWTH -> "growth";
            case LINEAGE -> state.getSelectedModel() == null ? "lineage" : "lineage-" + state.getSelectedModel().id();
            case TABLES -> "table-" + switch (tables.presetProperty().get()) {
                case TABLE_14_1 -> "14-1";
                case TABLE_14_2 -> "14-2";
                case ALL -> "all";
            };
        };
        return base + "." + format.extension();
    }

    /**
     * The source caption in the current language: the book's figure or table, and the data.
     * Epoch AI's credit is not part of it: the frame adds it whenever imported models are
     * shown, as the command line does, even with the caption turned off.
     */
    String defaultCaption() {
        Messages m = state.messages();
        String data = m.get("export.caption.data.catalog");
        String where = switch (state.getCurrentView()) {
            case TIMELINE -> m.get("export.caption.figure", "14-1");
            case GROWTH -> m.get("export.caption.figure", "14-3");
            // The book draws no family tree: the caption says where the links come from instead.
            case LINEAGE -> null;
            case TABLES -> tables.presetProperty().get() == TablePreset.TABLE_14_2
                    ? m.get("export.caption.table", "14-2") : m.get("export.caption.table", "14-1");
        };
        if (where == null) {
            var centre = state.getSelectedModel();
            return centre == null ? m.get("export.caption.lineageNone", data)
                    : m.get("export.caption.lineage", centre.name(state.getLanguage()), data);
        }
        return m.get("export.caption.source", where, data);
    }

    /** The paint routine of the current figure with its state now (kept if the view changes later). */
    Consumer<Surface> painter(Settings s) {
        FigureRenderer renderer = renderers.get(switch (state.getCurrentView()) {
            case TIMELINE -> "timeline";
            case LINEAGE -> "lineage";
            case GROWTH, TABLES -> "growth";
        });
        String credit = Attribution.of(state.models(), state.messages()).orElse("");
        java.util.Optional<String> centre = java.util.Optional.ofNullable(state.getSelectedModel()).map(m -> m.id());
        FigureRequest request = new FigureRequest(state.getCatalog(), state.models(), state.getLanguage(),
                Palette.of(state.getTheme()), timeline.getOptions(), growth.getOptions(), lineage.get(), centre,
                new FigureFrame(s.title(), s.caption(), credit));
        return surface -> renderer.paint(surface, request);
    }
}

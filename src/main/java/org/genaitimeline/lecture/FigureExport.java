package org.genaitimeline.lecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.export.TableExports;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.state.AppState;
import org.genaitimeline.table.TablePreset;
import org.genaitimeline.table.TablesScreen;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.timeline.TimelineView;

/**
 * What the export dialog and Copy image produce for the current view: the figure painted by
 * the same {@link FigureRenderer} as the command line, with the view's state (range,
 * orientation, switches, filters, theme, language) at the chosen size, not a screenshot;
 * or the current table preset as CSV or Markdown. An optional title goes above the figure
 * and a source caption below it.
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

    FigureExport(AppState state, TimelineView timeline, ParameterGrowthView growth, TablesScreen tables,
            Map<String, FigureRenderer> renderers) {
        this.state = state;
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
            case CSV -> table(TableExports.Format.CSV).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> table(TableExports.Format.MARKDOWN).getBytes(StandardCharsets.UTF_8);
        };
    }

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

    /** A file name for the current view: {@code timeline.png}, {@code table-14-1.csv}. */
    String fileName(Format format) {
        String base = switch (state.getCurrentView()) {
            case TIMELINE -> "timeline";
            case GROWTH -> "growth";
            case TABLES -> "table-" + switch (tables.presetProperty().get()) {
                case TABLE_14_1 -> "14-1";
                case TABLE_14_2 -> "14-2";
                case ALL -> "all";
            };
        };
        return base + "." + format.extension();
    }

    /**
     * The source caption in the current language: the book's figure or table, and the data,
     * naming Epoch AI's licence when imported models are shown.
     */
    String defaultCaption() {
        Messages m = state.messages();
        String where = switch (state.getCurrentView()) {
            case TIMELINE -> m.get("export.caption.figure", "14-1");
            case GROWTH -> m.get("export.caption.figure", "14-3");
            case TABLES -> tables.presetProperty().get() == TablePreset.TABLE_14_2
                    ? m.get("export.caption.table", "14-2") : m.get("export.caption.table", "14-1");
        };
        boolean epoch = state.models().stream().anyMatch(x -> x.provenance().origin() == Provenance.Origin.EPOCH);
        return m.get("export.caption.source", where,
                m.get(epoch ? "export.caption.data.epoch" : "export.caption.data.catalog"));
    }

    private Consumer<Surface> painter(Settings s) {
        boolean isTimeline = state.getCurrentView() == AppState.View.TIMELINE;
        FigureRenderer renderer = renderers.get(isTimeline ? "timeline" : "growth");
        Palette palette = Palette.of(state.getTheme());
        Map<String, String> options = new HashMap<>();
        if (isTimeline) {
            options.put("orientation", timeline.getOrientation().name().toLowerCase(Locale.ROOT));
            options.put("bookFigureOnly", Boolean.toString(timeline.isBookFigureOnly()));
            options.put("from", Double.toString(timeline.getVisibleStart()));
            options.put("to", Double.toString(timeline.getVisibleEnd()));
            options.put("context", Boolean.toString(!timeline.isHideFiltered()));
        } else {
            options.put("linear", Boolean.toString(!growth.isLogScale()));
            options.put("trend", Boolean.toString(growth.isShowTrends()));
            options.put("trendPerEra", Boolean.toString(growth.isTrendPerEra()));
            options.put("allFamilies", Boolean.toString(growth.isAllFamilies()));
        }
        FigureRequest request = new FigureRequest(state.getCatalog(), state.models(), state.getLanguage(), palette,
                options);
        return surface -> paint(surface, renderer, request, s.title(), s.caption());
    }

    /** The figure below its title and above its caption. */
    static void paint(Surface surface, FigureRenderer renderer, FigureRequest request, String title,
            String caption) {
        Palette p = request.palette();
        double ls = p.labelScale();
        double w = surface.width();
        double h = surface.height();
        surface.setFill(p.background());
        surface.fillRect(0, 0, w, h);
        double top = 0;
        double bottom = 0;
        double margin = 14 * ls;
        surface.setTextAlign(TextAlignment.LEFT);
        if (title != null && !title.isBlank()) {
            double size = 22 * ls;
            surface.setFont(size, true);
            surface.setFill(p.foreground());
            surface.setTextBaseline(VPos.TOP);
            surface.fillText(title.strip(), margin, margin * 0.8);
            top = margin * 0.8 + surface.measure().lineHeight(size);
        }
        if (caption != null && !caption.isBlank()) {
            double size = 11 * ls;
            surface.setFont(size, false);
            surface.setFill(p.muted());
            surface.setTextBaseline(VPos.BOTTOM);
            surface.fillText(caption.strip(), margin, h - margin * 0.6);
            bottom = margin * 0.6 + surface.measure().lineHeight(size);
        }
        surface.setTextBaseline(VPos.BASELINE);
        surface.inset(0, top, w, Math.max(1, h - top - bottom));
        renderer.paint(surface, request);
    }
}

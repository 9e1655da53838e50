package org.genaitimeline.figure;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.theme.Palette;

/**
 * What an exported figure carries around it: a title above, a legend block in the top right
 * corner (the book's figures print one), and below it the caption and the data credit
 * (Epoch AI's licence asks for it whenever an imported model is shown), wrapped to the
 * width. Every export path (the command line, the export dialog, Copy image) paints through
 * here, so a figure looks the same whichever way it left the app. The figure is laid out in
 * the space between title and caption, so they never cover a label; the legend block sits
 * over the figure's top right corner as in the print, which Figure 14-1 leaves empty there.
 *
 * @param title a line above the figure, or empty
 * @param caption a line below it (where the figure comes from), or empty
 * @param attribution the data credit, or empty
 * @param legend the legend block, or {@link FigureLegend#NONE}
 */
public record FigureFrame(String title, String caption, String attribution, FigureLegend legend) {

    /** No title, caption or credit: the figure fills the surface. */
    public static final FigureFrame NONE = new FigureFrame("", "", "");

    private static final double TITLE_FONT = 22;
    private static final double LINE_FONT = 11;
    private static final double MARGIN = 14;

    public FigureFrame {
        title = title == null ? "" : title.strip();
        caption = caption == null ? "" : caption.strip();
        attribution = attribution == null ? "" : attribution.strip();
        legend = legend == null ? FigureLegend.NONE : legend;
    }

    /** A frame without a legend block. */
    public FigureFrame(String title, String caption, String attribution) {
        this(title, caption, attribution, FigureLegend.NONE);
    }

    public FigureFrame withAttribution(String v) {
        return new FigureFrame(title, caption, v, legend);
    }

    /**
     * A book figure's frame: its printed title, caption and legend where this frame has none of
     * its own (a title typed in the export dialog wins).
     */
    public FigureFrame orBook(String bookTitle, String bookCaption, FigureLegend bookLegend) {
        return new FigureFrame(title.isEmpty() ? bookTitle : title, caption.isEmpty() ? bookCaption : caption,
                attribution, legend.isEmpty() ? bookLegend : legend);
    }

    /** The bottom line: caption and credit, in that order, whichever are given. */
    String bottomLine() {
        return Stream.of(caption, attribution).filter(s -> !s.isEmpty()).collect(Collectors.joining(" \u00b7 "));
    }

    /** Fills the background, paints the frame and hands the figure the surface left between. */
    public void paint(Surface surface, Palette palette, Consumer<Surface> figure) {
        String line = bottomLine();
        if (title.isEmpty() && line.isEmpty() && legend.isEmpty()) {
            // Nothing around the figure: its own painting alone, so a plain export stays as it was.
            figure.accept(surface);
            return;
        }
        double ls = palette.labelScale();
        double w = surface.width();
        double h = surface.height();
        double margin = MARGIN * ls;
        surface.save();
        surface.setFill(palette.background());
        surface.fillRect(0, 0, w, h);
        surface.setTextAlign(TextAlignment.LEFT);
        double titleSize = TITLE_FONT * ls * palette.titleScale();
        double top = title.isEmpty() ? 0 : margin * 0.8 + surface.measure().lineHeight(titleSize);
        double bottom = 0;
        if (!line.isEmpty()) {
            double size = LINE_FONT * ls;
            double lineH = surface.measure().lineHeight(size);
            List<String> lines = TextWrap.lines(line, w - 2 * margin, surface.measure(), size, false);
            surface.beginGroup("caption");
            surface.setFont(size, false);
            surface.setFill(palette.muted());
            surface.setTextBaseline(VPos.BOTTOM);
            for (int i = 0; i < lines.size(); i++) {
                surface.fillText(lines.get(i), margin, h - margin * 0.6 - (lines.size() - 1 - i) * lineH);
            }
            surface.endGroup();
            bottom = margin * 0.6 + lines.size() * lineH;
        }
        surface.setTextBaseline(VPos.BASELINE);
        surface.save();
        surface.inset(0, top, w, Math.max(1, h - top - bottom));
        figure.accept(surface);
        surface.restore();
        // The title goes on after the figure: a figure that fills its own background (the
        // lineage's bands) would otherwise cover the title's descenders where the real font's
        // line is taller than the measure's.
        if (!title.isEmpty()) {
            surface.beginGroup("title");
            surface.setFont(titleSize, true);
            surface.setFill(palette.title());
            surface.setTextBaseline(VPos.TOP);
            surface.fillText(title, margin, margin * 0.8);
            surface.endGroup();
            surface.setTextBaseline(VPos.BASELINE);
        }
        if (!legend.isEmpty()) {
            legend.paint(surface, palette, w - 2 * margin, margin * 0.8);
        }
        surface.restore();
    }
}

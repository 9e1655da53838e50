package org.genaitimeline.figure;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.genaitimeline.theme.Palette;

/**
 * What an exported figure carries around it: a title above, and below it one line with the
 * caption and the data credit (Epoch AI's licence asks for it whenever an imported model
 * is shown). Every export path (the command line, the export dialog, Copy image) paints
 * through here, so a figure looks the same whichever way it left the app. The figure is
 * laid out in the space between, so the frame never covers a label.
 *
 * @param title a line above the figure, or empty
 * @param caption a line below it (where the figure comes from), or empty
 * @param attribution the data credit, or empty
 */
public record FigureFrame(String title, String caption, String attribution) {

    /** No title, caption or credit: the figure fills the surface. */
    public static final FigureFrame NONE = new FigureFrame("", "", "");

    private static final double TITLE_FONT = 22;
    private static final double LINE_FONT = 11;
    private static final double MARGIN = 14;

    public FigureFrame {
        title = title == null ? "" : title.strip();
        caption = caption == null ? "" : caption.strip();
        attribution = attribution == null ? "" : attribution.strip();
    }

    public FigureFrame withAttribution(String v) {
        return new FigureFrame(title, caption, v);
    }

    /** The bottom line: caption and credit, in that order, whichever are given. */
    String bottomLine() {
        return Stream.of(caption, attribution).filter(s -> !s.isEmpty()).collect(Collectors.joining(" \u00b7 "));
    }

    /** Fills the background, paints the frame and hands the figure the surface left between. */
    public void paint(Surface surface, Palette palette, Consumer<Surface> figure) {
        String line = bottomLine();
        if (title.isEmpty() && line.isEmpty()) {
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
        double top = 0;
        if (!title.isEmpty()) {
            double size = TITLE_FONT * ls;
            surface.setFont(size, true);
            surface.setFill(palette.foreground());
            surface.setTextBaseline(VPos.TOP);
            surface.fillText(title, margin, margin * 0.8);
            top = margin * 0.8 + surface.measure().lineHeight(size);
        }
        double bottom = 0;
        if (!line.isEmpty()) {
            double size = LINE_FONT * ls;
            surface.setFont(size, false);
            surface.setFill(palette.muted());
            surface.setTextBaseline(VPos.BOTTOM);
            surface.fillText(line, margin, h - margin * 0.6);
            bottom = margin * 0.6 + surface.measure().lineHeight(size);
        }
        surface.setTextBaseline(VPos.BASELINE);
        surface.inset(0, top, w, Math.max(1, h - top - bottom));
        figure.accept(surface);
        surface.restore();
    }
}

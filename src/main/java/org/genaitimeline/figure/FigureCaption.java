package org.genaitimeline.figure;

import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

/**
 * The one small line a figure export prints along its bottom edge when the request has a
 * {@code caption} option (the Epoch AI credit, see export.Attribution). The figure is laid
 * out in the height above it, so the caption never covers a label.
 */
public final class FigureCaption {

    private static final double FONT = 11;

    private FigureCaption() {
    }

    /** The height the caption takes from the bottom of the surface: 0 without one. */
    public static double height(FigureRequest request) {
        return caption(request) == null ? 0 : Math.ceil(FONT * request.palette().labelScale() * 2);
    }

    /** Paints the caption in the strip {@link #height} reserved (the figure has filled its background). */
    public static void paint(Surface s, FigureRequest request) {
        String text = caption(request);
        if (text == null) {
            return;
        }
        double h = height(request);
        s.save();
        s.setFill(request.palette().background());
        s.fillRect(0, s.height() - h, s.width(), h);
        s.setFill(request.palette().muted());
        s.setFont(FONT * request.palette().labelScale(), false);
        s.setTextAlign(TextAlignment.RIGHT);
        s.setTextBaseline(VPos.CENTER);
        s.fillText(text, s.width() - h / 2, s.height() - h / 2);
        s.restore();
    }

    private static String caption(FigureRequest request) {
        String text = request.option("caption", "");
        return text.isBlank() ? null : text;
    }
}

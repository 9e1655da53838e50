package org.genaitimeline.figure;

/**
 * A figure that can be exported: the timeline or the growth chart. The command line and the
 * export dialog call {@link #paint} on a PNG canvas or an SVG surface; the view on screen
 * uses the same painter, so the file is what the screen shows.
 */
public interface FigureRenderer {

    /** {@code timeline} or {@code growth}: the value of {@code --export}. */
    String id();

    /** Paints the whole figure for the request on a surface of the surface's logical size. */
    void paint(Surface surface, FigureRequest request);
}

package org.genaitimeline.figure;

/**
 * A figure that can be exported: the timeline, the growth chart or the lineage. The command line and the
 * export dialog call {@link #paint} on a PNG canvas or an SVG surface; the view on screen
 * uses the same painter, so the file is what the screen shows.
 */
public interface FigureRenderer {

    /** {@code timeline}, {@code growth} or {@code lineage}: the value of {@code --export}. */
    String id();

    /** Paints the whole figure for the request on a surface of the surface's logical size. */
    void paint(Surface surface, FigureRequest request);

    /**
     * The logical size a file of this figure needs when {@code width x height} is asked: that size
     * for a figure that always fits it; larger for one that extends past it rather than overlap
     * (the lineage of a large family), so an exporter can grow the file and say so.
     */
    default double[] fittingSize(FigureRequest request, double width, double height, TextMeasure measure) {
        return new double[] {width, height};
    }
}

package org.genaitimeline.timeline;

import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

/**
 * The timeline's time grid: a line per tick, a year line stronger (the theme's
 * {@code -color-grid-strong}, {@code -grid-year-width} strokes) than a quarter or month line
 * ({@code -color-grid}, {@code -grid-minor-width}, none at 0). With both alike the reader
 * could not count years at a glance; the book's print draws year lines only.
 */
final class GridLines {

    /** A tick within this many years of a new year is a year line (a month is 0.08 years). */
    private static final double YEAR_TOLERANCE = 1e-4;

    private GridLines() {
    }

    static void paint(Surface s, TimelineLayout l, Palette p, double lw) {
        boolean vertical = l.orientation() == Orientation.VERTICAL;
        Box plot = l.plot();
        double year = Math.max(lw, lw * p.yearLineWidth());
        double minor = lw * p.minorLineWidth();
        for (boolean years : new boolean[] {false, true}) {
            double width = years ? year : minor;
            if (width <= 0) {
                continue;
            }
            s.setStroke(years ? p.gridStrong() : p.grid());
            s.setLineWidth(width);
            for (double px : l.gridLines()) {
                if (isYear(l, px) != years) {
                    continue;
                }
                double c = TimelinePainter.crisp(px, width);
                if (vertical) {
                    s.strokeLine(plot.x(), c, plot.maxX(), c);
                } else {
                    s.strokeLine(c, plot.y(), c, plot.maxY());
                }
            }
        }
    }

    /** Whether the grid line at this pixel falls on the first of January. */
    static boolean isYear(TimelineLayout l, double px) {
        double t = l.axis().backward(px);
        return Math.abs(t - Math.rint(t)) < YEAR_TOLERANCE;
    }
}

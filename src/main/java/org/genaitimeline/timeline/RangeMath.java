package org.genaitimeline.timeline;

/**
 * Zoom and pan of the visible time range, pure so it is tested without a screen. Ranges are
 * {@code {start, end}} in fractional years; the span stays between {@link #MIN_SPAN} (two
 * months, where month ticks read well) and {@link #MAX_SPAN}.
 */
final class RangeMath {

    static final double MIN_SPAN = 2.0 / 12;
    /** A century and more still reads: the foundations before the book are compressed on the axis. */
    static final double MAX_SPAN = 120;

    private RangeMath() {
    }

    /** Zooms by a factor (&gt; 1 zooms in) keeping the anchor year at the same pixel. */
    static double[] zoom(double start, double end, double factor, double anchor) {
        double span = end - start;
        double newSpan = clampSpan(span / factor);
        double f = span == 0 ? 0.5 : (anchor - start) / span;
        double s = anchor - f * newSpan;
        return new double[] {s, s + newSpan};
    }

    /** Moves the range by a number of years (negative goes back in time). */
    static double[] pan(double start, double end, double years) {
        return new double[] {start + years, end + years};
    }

    /** A range of the given span centred on a year. */
    static double[] centre(double year, double span) {
        double s = clampSpan(span);
        return new double[] {year - s / 2, year + s / 2};
    }

    /** The range for a time interval with a margin, at least {@link #MIN_SPAN}. */
    static double[] around(double from, double to, double margin) {
        double span = clampSpan(to - from + 2 * margin);
        return centre((from + to) / 2, span);
    }

    static double clampSpan(double span) {
        return Math.max(MIN_SPAN, Math.min(MAX_SPAN, span));
    }
}

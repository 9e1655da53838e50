package org.genaitimeline.timeline;

import org.genaitimeline.figure.TimeScale;

/**
 * The overview strip's arithmetic, pure so it has plain tests: the whole data span laid
 * along the strip's length, the visible range as a window on it, and what a drag, a click
 * or the wheel on the strip makes of that range. Every range it returns lies within the
 * data span (a range wider than the data is the data span itself) and is at least
 * {@link RangeMath#MIN_SPAN} long.
 *
 * <p>The years before a knee (the foundations, decades with a handful of models) get at
 * most {@link #KNEE_SHARE} of the strip, so the dense recent years are not squeezed into
 * its last quarter: the same compressed {@link TimeScale} as the timeline's axis, with a
 * larger share, since the strip always shows the whole span.
 */
final class OverviewScale {

    /** A range of fractional years. */
    record Range(double start, double end) {

        double span() {
            return end - start;
        }
    }

    /** What a press on the strip is on: the window's start or end edge, the window, or outside it. */
    enum Hit { START_EDGE, END_EDGE, WINDOW, OUTSIDE }

    /** Pixels either side of a window edge that still grab the edge. */
    static final double EDGE_GRIP = 5;

    /** The most of the strip's length the years before the knee take. */
    static final double KNEE_SHARE = 0.1;

    private final double dataStart;
    private final double dataEnd;
    private final double origin;
    private final double length;
    private final TimeScale scale;

    /**
     * @param dataStart the first year the strip shows
     * @param dataEnd the last year the strip shows
     * @param knee the year before which time is compressed (at or before dataStart: none)
     * @param origin the pixel where the strip starts along its length
     * @param length the strip's length in pixels
     */
    OverviewScale(double dataStart, double dataEnd, double knee, double origin, double length) {
        this.dataStart = dataStart;
        this.dataEnd = Math.max(dataEnd, dataStart + RangeMath.MIN_SPAN);
        this.origin = origin;
        this.length = Math.max(1, length);
        this.scale = TimeScale.compressedBefore(knee, KNEE_SHARE, 0, dataStart, this.dataEnd, origin,
                origin + this.length);
    }

    double toPixel(double year) {
        return scale.forward(year);
    }

    double toYear(double px) {
        return scale.backward(px);
    }

    /** The window's pixels along the strip for a visible range, cut to the strip. */
    Range window(Range visible) {
        return new Range(Math.max(origin, toPixel(visible.start())), Math.min(origin + length, toPixel(visible.end())));
    }

    Hit hit(Range visible, double px) {
        Range w = window(visible);
        if (Math.abs(px - w.start()) <= EDGE_GRIP) {
            return Hit.START_EDGE;
        }
        if (Math.abs(px - w.end()) <= EDGE_GRIP) {
            return Hit.END_EDGE;
        }
        return px > w.start() && px < w.end() ? Hit.WINDOW : Hit.OUTSIDE;
    }

    /** Dragging the window by some pixels moves its start as far along the strip, the span kept. */
    Range pan(Range pressed, double dragPx) {
        double start = toYear(toPixel(pressed.start()) + dragPx);
        return clamp(new Range(start, start + pressed.span()));
    }

    /** Dragging an edge moves that end of the range to the pointer (never past the other end). */
    Range dragEdge(Range pressed, Hit edge, double px) {
        double year = Math.max(dataStart, Math.min(dataEnd, toYear(px)));
        Range r = edge == Hit.START_EDGE
                ? new Range(Math.min(year, pressed.end() - RangeMath.MIN_SPAN), pressed.end())
                : new Range(pressed.start(), Math.max(year, pressed.start() + RangeMath.MIN_SPAN));
        return clamp(r);
    }

    /** A click outside the window centres the range there, the span kept. */
    Range centreAt(Range visible, double px) {
        double year = toYear(px);
        double half = visible.span() / 2;
        return clamp(new Range(year - half, year + half));
    }

    /** The wheel on the strip zooms by a factor (&gt; 1 zooms in) around the year under the pointer. */
    Range zoom(Range visible, double factor, double px) {
        double[] r = RangeMath.zoom(visible.start(), visible.end(), factor, toYear(px));
        return clamp(new Range(r[0], r[1]));
    }

    /** Within the data span: slid back inside keeping the span, or the whole span when wider. */
    Range clamp(Range r) {
        double span = Math.max(RangeMath.MIN_SPAN, Math.min(r.span(), dataEnd - dataStart));
        double start = Math.max(dataStart, Math.min(dataEnd - span, r.start()));
        return new Range(start, start + span);
    }
}

package org.genaitimeline.timeline;

/**
 * The time transform shared by the view and the exporters: a visible range of fractional
 * years mapped linearly onto a pixel range (top to bottom or left to right). Zoom and pan
 * are new axes; {@link #backward} inverts {@link #forward}.
 *
 * @param start the fractional year at {@code startPx}
 * @param end the fractional year at {@code endPx}; greater than start
 * @param startPx the pixel where the range starts
 * @param endPx the pixel where the range ends; greater than startPx
 */
public record TimeAxis(double start, double end, double startPx, double endPx) {

    public TimeAxis {
        if (!(end > start) || !(endPx > startPx)) {
            throw new IllegalArgumentException("empty axis: " + start + ".." + end + " onto " + startPx + ".." + endPx);
        }
    }

    /** The pixel of a fractional year. */
    public double forward(double year) {
        return startPx + (year - start) * pixelsPerYear();
    }

    /** The fractional year at a pixel. */
    public double backward(double px) {
        return start + (px - startPx) / pixelsPerYear();
    }

    public double pixelsPerYear() {
        return (endPx - startPx) / (end - start);
    }

    public double span() {
        return end - start;
    }

    public boolean contains(double year) {
        return year >= start && year <= end;
    }
}

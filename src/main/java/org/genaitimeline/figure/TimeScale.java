package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The time axis of both figures: fractional years
 * ({@link org.genaitimeline.catalog.PartialDate#toFractionalYear}) mapped linearly onto a
 * pixel range (left to right, or top to bottom in the vertical timeline). Zoom and pan are new
 * scales; {@link #backward} inverts {@link #forward}. {@link #ticks} gives whole years for the
 * growth chart; {@link TimeTicks} adds the quarters and months the zoomable timeline needs.
 *
 * @param start the fractional year at {@code startPx}
 * @param end the fractional year at {@code endPx}; greater than start
 * @param startPx the pixel where the range starts
 * @param endPx the pixel where the range ends; greater than startPx
 */
public record TimeScale(double start, double end, double startPx, double endPx) implements AxisScale {

    /** Below this many pixels per tick the years of {@link #ticks} are thinned. */
    static final double MIN_TICK_SPACING = 48;

    /** @throws IllegalArgumentException when either range is empty or not finite */
    public TimeScale {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start) || !(endPx > startPx)) {
            throw new IllegalArgumentException("empty axis: " + start + ".." + end + " onto " + startPx + ".." + endPx);
        }
    }

    @Override
    public double domainMin() {
        return start;
    }

    @Override
    public double domainMax() {
        return end;
    }

    /** The pixel of a fractional year. */
    @Override
    public double forward(double year) {
        return startPx + (year - start) * pixelsPerYear();
    }

    /** The fractional year at a pixel. */
    @Override
    public double backward(double px) {
        return start + (px - startPx) / pixelsPerYear();
    }

    public double pixelsPerYear() {
        return (endPx - startPx) / (end - start);
    }

    public double span() {
        return end - start;
    }

    /** Whole years inside the domain, thinned to a 1-2-5 step when they would crowd. */
    @Override
    public List<Double> ticks() {
        int step = TimeTicks.yearStep(pixelsPerYear(), MIN_TICK_SPACING);
        List<Double> out = new ArrayList<>();
        int first = (int) Math.ceil(start - 1e-9);
        first = Math.floorDiv(first + step - 1, step) * step;
        for (int y = first; y <= end + 1e-9; y += step) {
            out.add((double) y);
        }
        return out;
    }
}

package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic scale from a positive domain to a pixel range: the y axis of the
 * parameter-growth chart. A log axis has no place for zero or negative values, so they are
 * rejected rather than plotted somewhere misleading.
 *
 * <p>Ticks follow the printed Figure 14-3: 1, 2 and 5 in every decade (0.1, 0.2, 0.5, 1, ...
 * 1,000). When the pixel range is too short for that many, {@link #ticks()} thins to the
 * decades only, then to every second, fifth ... decade.
 */
public final class LogScale implements AxisScale {

    /** Below this many pixels between neighbouring ticks, the 1-2-5 ticks are thinned. */
    static final double MIN_TICK_SPACING = 14;

    private final double min;
    private final double max;
    private final double pixelFrom;
    private final double pixelTo;
    private final double logMin;
    private final double logSpan;

    /**
     * @param min the smallest value, {@code > 0}
     * @param max the largest value, {@code > min}
     * @param pixelFrom the pixel of {@code min} (for a y axis, the bottom)
     * @param pixelTo the pixel of {@code max}
     * @throws IllegalArgumentException when the domain is not positive or empty
     */
    public LogScale(double min, double max, double pixelFrom, double pixelTo) {
        if (!(min > 0) || !(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("a log scale needs a positive domain, got [" + min + ", " + max + "]");
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("a scale needs max > min, got [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
        this.logMin = Math.log10(min);
        this.logSpan = Math.log10(max) - logMin;
    }

    @Override
    public double domainMin() {
        return min;
    }

    @Override
    public double domainMax() {
        return max;
    }

    /**
     * @throws IllegalArgumentException for a value {@code <= 0} (or NaN): it has no place on a log axis
     */
    @Override
    public double forward(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("a log scale cannot show " + value + " (values must be > 0)");
        }
        return pixelFrom + (Math.log10(value) - logMin) / logSpan * (pixelTo - pixelFrom);
    }

    @Override
    public double backward(double pixel) {
        return Math.pow(10, logMin + (pixel - pixelFrom) / (pixelTo - pixelFrom) * logSpan);
    }

    /** The 1-2-5 ticks, thinned when they would sit closer than {@value #MIN_TICK_SPACING} px. */
    @Override
    public List<Double> ticks() {
        double pixelsPerDecade = Math.abs(pixelTo - pixelFrom) / logSpan;
        // log10(2) - log10(1) = 0.301 is the closest pair of 1-2-5 ticks.
        if (pixelsPerDecade * Math.log10(2) >= MIN_TICK_SPACING || pixelsPerDecade == 0) {
            return ticks125();
        }
        int step = 1;
        while (pixelsPerDecade * step < MIN_TICK_SPACING * 1.5) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        return decades(step);
    }

    /** Every 1, 2 and 5 times a power of ten inside the domain. */
    public List<Double> ticks125() {
        List<Double> out = new ArrayList<>();
        for (int e = (int) Math.floor(logMin) - 1; e <= (int) Math.ceil(Math.log10(max)); e++) {
            for (double v : NiceSteps.decade(e)) {
                if (inDomain(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Every {@code step}-th power of ten inside the domain. */
    public List<Double> decades(int step) {
        List<Double> out = new ArrayList<>();
        int first = (int) Math.floor(logMin) - 1;
        first = Math.floorDiv(first, step) * step;
        for (int e = first; e <= (int) Math.ceil(Math.log10(max)); e += step) {
            double v = NiceSteps.decimal(1, e);
            if (inDomain(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The smallest 1-2-5 value at or above {@code value}: where a fitted domain ends, so the
     * axis ends on a labelled tick.
     */
    public static double niceCeil(double value) {
        return NiceSteps.ceil(value);
    }

    /** The largest 1-2-5 value at or below {@code value}. */
    public static double niceFloor(double value) {
        return NiceSteps.floor(value);
    }

    private boolean inDomain(double v) {
        // Tolerance: 0.1 computed as log/pow must still count as inside [0.1, 1000].
        return v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);
    }
}

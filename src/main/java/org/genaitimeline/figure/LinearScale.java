package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale with "nice" ticks (steps of 1, 2 or 5 times a power of ten): the y axis
 * when the log toggle is off, and the base of {@link TimeScale}.
 */
public final class LinearScale implements AxisScale {

    private final double min;
    private final double max;
    private final double pixelFrom;
    private final double pixelTo;
    private final int targetTicks;

    /**
     * @param targetTicks about how many ticks to aim for (the step is the nice step nearest span / target)
     * @throws IllegalArgumentException when {@code max <= min} or a bound is not finite
     */
    public LinearScale(double min, double max, double pixelFrom, double pixelTo, int targetTicks) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("a scale needs finite max > min, got [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
        this.targetTicks = Math.max(1, targetTicks);
    }

    @Override
    public double domainMin() {
        return min;
    }

    @Override
    public double domainMax() {
        return max;
    }

    @Override
    public double forward(double value) {
        return pixelFrom + (value - min) / (max - min) * (pixelTo - pixelFrom);
    }

    @Override
    public double backward(double pixel) {
        return min + (pixel - pixelFrom) / (pixelTo - pixelFrom) * (max - min);
    }

    @Override
    public List<Double> ticks() {
        double step = niceStep((max - min) / targetTicks);
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long i = first; i * step <= max + step * 1e-9; i++) {
            // Multiply, never accumulate, so 0.1 + 0.1 + 0.1 does not drift to 0.30000000000000004.
            out.add(clean(i * step));
        }
        return out;
    }

    /** The nice step (1, 2 or 5 times a power of ten) at or above a raw step. */
    public static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            throw new IllegalArgumentException("a step is positive and finite, got " + raw);
        }
        return NiceSteps.ceil(raw);
    }

    /** The nice multiple of a nice step at or above a value (where a linear domain ends). */
    public static double niceMax(double value, int targetTicks) {
        if (!(value > 0)) {
            return 1;
        }
        double step = niceStep(value / Math.max(1, targetTicks));
        return Math.ceil(value / step - 1e-9) * step;
    }

    private static double clean(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", v));
    }
}

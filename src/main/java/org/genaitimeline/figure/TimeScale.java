package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The x axis: fractional years ({@link org.genaitimeline.catalog.PartialDate#toFractionalYear})
 * to pixels, with ticks on 1 January of whole years, every year when there is room, else
 * every 2, 5, 10 ... years.
 */
public final class TimeScale implements AxisScale {

    /** Below this many pixels per tick the years are thinned. */
    static final double MIN_TICK_SPACING = 48;

    private final LinearScale linear;
    private final double pixelsPerYear;

    /** @throws IllegalArgumentException when {@code lastYear <= firstYear} */
    public TimeScale(double firstYear, double lastYear, double pixelFrom, double pixelTo) {
        this.linear = new LinearScale(firstYear, lastYear, pixelFrom, pixelTo, 1);
        this.pixelsPerYear = Math.abs(pixelTo - pixelFrom) / (lastYear - firstYear);
    }

    @Override
    public double domainMin() {
        return linear.domainMin();
    }

    @Override
    public double domainMax() {
        return linear.domainMax();
    }

    @Override
    public double forward(double year) {
        return linear.forward(year);
    }

    @Override
    public double backward(double pixel) {
        return linear.backward(pixel);
    }

    /** Whole years inside the domain, thinned to a 1-2-5 step when they would crowd. */
    @Override
    public List<Double> ticks() {
        int step = 1;
        while (pixelsPerYear * step < MIN_TICK_SPACING && step < 10_000) {
            step = (int) LinearScale.niceStep(step + 1);
        }
        List<Double> out = new ArrayList<>();
        int first = (int) Math.ceil(domainMin() - 1e-9);
        first = Math.floorDiv(first + step - 1, step) * step;
        for (int y = first; y <= domainMax() + 1e-9; y += step) {
            out.add((double) y);
        }
        return out;
    }
}

package org.genaitimeline.growth;

import org.genaitimeline.figure.AxisScale;
import org.genaitimeline.figure.LinearScale;
import org.genaitimeline.figure.LogScale;

/** The growth chart's size axis: its nice range around the data, and its scale in pixels. */
final class GrowthAxis {

    private GrowthAxis() {
    }

    /**
     * The nice range: on a log axis the 1-2-5 values around the data and the figure's 0.1 to
     * 1,000; on a linear one 0 to a nice maximum.
     *
     * @return {min, max} in billions
     */
    static double[] range(GrowthData data, boolean log) {
        if (log) {
            double lo = GrowthLayout.DEFAULT_MIN_BILLIONS;
            double hi = GrowthLayout.DEFAULT_MAX_BILLIONS;
            for (GrowthPoint p : data.points()) {
                lo = Math.min(lo, p.billions());
                hi = Math.max(hi, p.billions());
            }
            // Rounded once, not per point: the nice steps are exact decimals, costly to make.
            return new double[] {LogScale.niceFloor(lo), LogScale.niceCeil(hi)};
        }
        double max = data.points().stream().mapToDouble(GrowthPoint::billions).max()
                .orElse(GrowthLayout.DEFAULT_MAX_BILLIONS);
        return new double[] {0, LinearScale.niceMax(max, 5)};
    }

    /** The axis from bottom to top, padded by pixels so a point on the edge value (GPT-4 at 1,000) shows whole. */
    static AxisScale scale(double[] range, boolean log, double bottom, double top, double pad) {
        if (log) {
            LogScale core = new LogScale(range[0], range[1], bottom - pad, top + pad);
            return new LogScale(core.backward(bottom), core.backward(top), bottom, top);
        }
        LinearScale core = new LinearScale(0, range[1], bottom - pad, top + pad, 5);
        return new LinearScale(core.backward(bottom), core.backward(top), bottom, top, 5);
    }
}

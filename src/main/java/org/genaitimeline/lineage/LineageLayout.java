package org.genaitimeline.lineage;

import java.util.List;
import java.util.Optional;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.TimeScale;

/**
 * Lays out a lineage: a layered graph over time. Time runs left to right on the kit's
 * {@link TimeScale} (the foundations before the first era compressed, as on the timeline), so a
 * model's x follows its date and the layers follow time order; each family is a band across, in
 * Figure 14-1's order, its models in as many rows as keep their marker-and-name boxes apart
 * ({@link NodeRows}); links run between the rows and through the gaps between nodes
 * ({@link EdgeRouter}), so no node overlaps another and no link passes through a node it does
 * not end at. Pure: no JavaFX, plain tests.
 *
 * <p>A small family in a large figure gets larger text, up to {@link LineageSpec#maxTypeScale()}
 * (a projected lineage of five models should not be a strip at the top). When the graph does not
 * fit the size asked at the theme's text size, the text is scaled down in steps to
 * {@link #MIN_TYPE_SCALE} of the theme's size (never below {@link #MIN_FONT} pixels); when it
 * still does not fit, the figure extends past the size at that smallest text
 * ({@link LineagePlot.Fit#EXTENDED}): the tab scrolls it, and an export grows the file to the
 * figure's size and says so. Nothing is ever overlapped or cut to make it fit.
 */
public final class LineageLayout {

    /** The labels' size at scale 1, as on the timeline. */
    public static final double FONT = 12;
    /** A marker's radius at scale 1. */
    public static final double RADIUS = 6;
    /** The smallest share of the theme's text size the layout shrinks to before it extends the figure. */
    public static final double MIN_TYPE_SCALE = 0.7;
    /** The smallest label size in pixels, whatever the share. */
    public static final double MIN_FONT = 9;

    private static final double[] STEPS = {2, 1.75, 1.5, 1.25, 1, 0.9, 0.8, MIN_TYPE_SCALE};

    private LineageLayout() {
    }

    /** The plot for a spec: at the theme's text size if it fits, else smaller text, else larger than asked. */
    public static LineagePlot compute(LineageSpec spec) {
        if (spec.selection().isEmpty()) {
            return empty(spec);
        }
        double floor = Math.min(1, MIN_FONT / (FONT * spec.labelScale()));
        PlotBuilder.Result last = null;
        for (double step : STEPS) {
            double scale = Math.max(step, floor);
            if (step > spec.maxTypeScale() || (last != null && scale >= last.typeScale())) {
                continue; // above the ceiling, or the floor of MIN_FONT is already reached
            }
            // Both the rows' height and their number shrink with the text, so a figure needing k
            // times the room needs about 1/sqrt(k) of the text: skip the steps that cannot fit.
            if (last != null && scale > floor && scale > last.typeScale() / Math.sqrt(last.overflow())) {
                continue;
            }
            last = new PlotBuilder(spec, scale).build();
            if (last.fits()) {
                return last.plot(scale >= 1 ? LineagePlot.Fit.FITS : LineagePlot.Fit.SMALLER_TYPE);
            }
        }
        return last.plot(LineagePlot.Fit.EXTENDED);
    }

    private static LineagePlot empty(LineageSpec spec) {
        TimeScale axis = new TimeScale(2014, 2024, 0, spec.width());
        return new LineagePlot(spec.width(), spec.height(), LineagePlot.Fit.FITS, 1, FONT * spec.labelScale(),
                List.of(), List.of(), List.of(), List.of(), new Box(0, 0, spec.width(), spec.height()), axis,
                Optional.empty());
    }
}

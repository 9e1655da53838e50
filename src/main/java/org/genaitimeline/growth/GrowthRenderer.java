package org.genaitimeline.growth;

import org.genaitimeline.figure.FigureCaption;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;

/**
 * Exports the parameter-growth chart ({@code --export growth}). Options: {@code linear}
 * (linear y axis instead of the figure's log axis), {@code trend} (trend lines and doubling
 * times), {@code allFamilies} (every model type as a series), {@code trendPerEra} (one fit
 * per era of the catalog).
 */
public final class GrowthRenderer implements FigureRenderer {

    public static final String ID = "growth";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void paint(Surface surface, FigureRequest request) {
        GrowthLayout layout = GrowthLayout.of(request.models(), options(request), surface.width(),
                surface.height() - FigureCaption.height(request), surface.measure());
        GrowthPainter.paint(surface, layout, request.palette());
        FigureCaption.paint(surface, request);
    }

    /** The chart options a request asks for. */
    static GrowthOptions options(FigureRequest request) {
        return new GrowthOptions(!request.flag("linear"), request.flag("allFamilies"), request.flag("trend"),
                request.flag("trendPerEra"), request.catalog().eras(), request.language(),
                request.palette().labelScale());
    }
}

package org.genaitimeline.growth;

import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;

/**
 * Exports the parameter-growth chart ({@code --export growth}) with the request's
 * {@link org.genaitimeline.figure.GrowthOptions} inside the request's frame.
 */
public final class GrowthRenderer implements FigureRenderer {

    public static final String ID = "growth";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void paint(Surface surface, FigureRequest request) {
        request.frame().paint(surface, request.palette(), inner -> GrowthPainter.paint(inner,
                GrowthLayout.of(request.models(), options(request), inner.width(), inner.height(), inner.measure()),
                request.palette()));
    }

    /** The chart options a request asks for. */
    static GrowthSpec options(FigureRequest request) {
        return new GrowthSpec(request.growth(), request.catalog().eras(), request.language(),
                request.palette().labelScale());
    }
}

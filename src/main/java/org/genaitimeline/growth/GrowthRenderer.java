package org.genaitimeline.growth;

import org.genaitimeline.figure.BookFrames;
import org.genaitimeline.figure.FigureFrame;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.theme.Palette;

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

    /**
     * Paints the chart in its frame; in book figure mode the frame carries Figure 14-3's caption. A
     * theme whose sizes follow the figure (Book) scales to the surface's height.
     */
    @Override
    public void paint(Surface surface, FigureRequest request) {
        Palette palette = request.palette().forFigure(ID, surface.height());
        FigureFrame frame = request.growth().bookFigureOnly()
                ? BookFrames.growth(request.frame(), request.language()) : request.frame();
        frame.paint(surface, palette, inner -> GrowthPainter.paint(inner,
                GrowthLayout.of(request.models(), options(request, palette), inner.width(), inner.height(),
                        inner.measure()), palette));
    }

    /** The chart options a request asks for. */
    static GrowthSpec options(FigureRequest request) {
        return options(request, request.palette());
    }

    private static GrowthSpec options(FigureRequest request, Palette palette) {
        return new GrowthSpec(request.growth(), request.catalog().eras(), request.language(), palette.labelScale());
    }
}

package org.genaitimeline.lineage;

import org.genaitimeline.figure.FigureFrame;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Palette;

/**
 * The lineage as an exported figure ({@code --export lineage}): the family tree of the request's
 * selection with its {@link org.genaitimeline.figure.LineageOptions}, inside the request's frame.
 * When the graph needs more room than the surface at the smallest text the layout allows, the
 * figure is painted at the top left of a larger plot; {@link #fittingSize} tells an exporter
 * the size that holds all of it, so the file grows instead of cutting the graph.
 */
public final class LineageRenderer implements FigureRenderer {

    public static final String ID = "lineage";

    @Override
    public String id() {
        return ID;
    }

    /**
     * Paints the figure in the request's frame; a frame without a title of its own gets one that
     * names the centre ("The lineage of ChatGPT", or in path mode "How the VAE led to Stable
     * Diffusion"), as a lineage exported without its centre's name would not say whose it is.
     */
    @Override
    public void paint(Surface surface, FigureRequest request) {
        Palette palette = request.palette().forFigure(ID, surface.height());
        frame(request).paint(surface, palette,
                inner -> LineagePainter.paint(inner, layout(inner.width(), inner.height(), inner.measure(), request,
                        palette), palette));
    }

    /** The request's frame, titled with the centre's name when it has no title. */
    static FigureFrame frame(FigureRequest request) {
        FigureFrame f = request.frame();
        var centre = request.selection().flatMap(id -> request.catalog().model(id));
        if (!f.title().isEmpty() || centre.isEmpty()) {
            return f;
        }
        Messages messages = Messages.of(request.language());
        String title = messages.get("lineage.title", centre.get().name(request.language()));
        if (request.lineage().pathTo().isPresent()) {
            LineageGraph.Route route = LineageGraph.of(request.catalog()).route(centre.get().id(),
                    request.lineage().pathTo().get());
            if (!route.isEmpty()) {
                title = messages.get("lineage.title.path", name(request, route.from()), name(request, route.to()));
            }
        }
        return new FigureFrame(title, f.caption(), f.attribution(), f.legend());
    }

    private static String name(FigureRequest request, String id) {
        return request.catalog().model(id).map(m -> m.name(request.language())).orElse(id);
    }

    /** The plot the figure paints on a surface (for tests and the export dialog). */
    public LineagePlot layout(Surface surface, FigureRequest request) {
        return layout(surface.width(), surface.height(), surface.measure(), request,
                request.palette().forFigure(ID, surface.height()));
    }

    /** The plot at a size, with the request's centre, options, language and theme sizes. */
    public static LineagePlot layout(double width, double height, TextMeasure measure, FigureRequest request,
            Palette palette) {
        return LineageLayout.compute(spec(width, height, measure, request, palette));
    }

    /** What the layout is asked for a request at a size. */
    public static LineageSpec spec(double width, double height, TextMeasure measure, FigureRequest request,
            Palette palette) {
        LineageGraph graph = LineageGraph.of(request.catalog());
        LineageSelection selection = graph.select(request.selection().orElse(null), request.lineage());
        return LineageSpec.of(selection, request.catalog().eras(), width, height, request.language(), measure)
                .withScales(palette.labelScale(), palette.markerScale());
    }

    /**
     * The size a file needs to hold the whole figure when {@code width x height} is asked: that
     * size, or larger by what the plot extends past it (a family of hundreds at the smallest text).
     */
    @Override
    public double[] fittingSize(FigureRequest request, double width, double height, TextMeasure measure) {
        double[] inner = new double[2];
        LineagePlot[] plot = new LineagePlot[1];
        Palette palette = request.palette().forFigure(ID, height);
        frame(request).paint(new org.genaitimeline.figure.SvgSurface(width, height, 1, measure), palette, in -> {
            inner[0] = in.width();
            inner[1] = in.height();
            plot[0] = layout(in.width(), in.height(), measure, request, palette);
        });
        return new double[] {width + Math.max(0, plot[0].width() - inner[0]),
            height + Math.max(0, plot[0].height() - inner[1])};
    }
}

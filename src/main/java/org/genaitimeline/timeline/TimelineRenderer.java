package org.genaitimeline.timeline;

import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.BookFrames;
import org.genaitimeline.figure.FigureFrame;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.theme.Palette;

/**
 * The timeline as an exported figure at the surface size, with legend and era bands, inside
 * the request's frame. Its {@link TimelineOptions} give the range, orientation and
 * switches; without {@code hideFiltered} the whole catalog is placed and what the filters
 * leave out is dimmed, as the app shows it.
 */
public final class TimelineRenderer implements FigureRenderer {

    public static final String ID = "timeline";

    @Override
    public String id() {
        return ID;
    }

    /**
     * Paints the figure in its frame. In book figure mode the frame carries Figure 14-1's printed
     * title, legend block and caption, and the layout leaves out its own legend row; a theme whose
     * sizes follow the figure (Book) scales to the surface's height.
     */
    @Override
    public void paint(Surface surface, FigureRequest request) {
        Palette palette = request.palette().forFigure(ID, surface.height());
        boolean book = request.timeline().bookFigureOnly();
        FigureFrame frame = book ? BookFrames.timeline(request.frame(), request.language()) : request.frame();
        frame.paint(surface, palette,
                inner -> TimelinePainter.paint(inner, layout(inner, request, palette, !book), palette));
    }

    /** The layout the figure paints (for tests). */
    public TimelineLayout layout(Surface surface, FigureRequest request) {
        return layout(surface, request, request.palette(), true);
    }

    private TimelineLayout layout(Surface surface, FigureRequest request, Palette palette, boolean ownLegend) {
        TimelineOptions o = request.timeline();
        boolean bookOnly = o.bookFigureOnly();
        boolean context = !o.hideFiltered();
        Set<String> pass = request.models().stream().map(Model::id).collect(java.util.stream.Collectors.toSet());
        List<Model> models = (context ? request.catalog().models() : request.models()).stream()
                .flatMap(m -> bookOnly ? m.asDrawnInFigure14x1().stream() : java.util.stream.Stream.of(m)).toList();
        Set<String> dimmed = context ? models.stream().map(Model::id).filter(id -> !pass.contains(id))
                .collect(java.util.stream.Collectors.toSet()) : Set.of();
        double[] range = o.fitsData() ? TimelineSpec.fitRange(models, request.catalog().eras())
                : new double[] {o.from(), o.to()};
        TimelineSpec spec = new TimelineSpec(models, dimmed, request.catalog().eras(), o.orientation(),
                surface.width(), surface.height(), range[0], range[1], request.language(),
                palette.labelScale(), surface.measure(), ownLegend, palette.markerScale());
        return TimelineLayout.compute(spec);
    }
}

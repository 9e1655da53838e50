package org.genaitimeline.timeline;

import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.figure.TimelineOptions;

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

    @Override
    public void paint(Surface surface, FigureRequest request) {
        request.frame().paint(surface, request.palette(),
                inner -> TimelinePainter.paint(inner, layout(inner, request), request.palette()));
    }

    /** The layout the figure paints (for tests). */
    public TimelineLayout layout(Surface surface, FigureRequest request) {
        TimelineOptions o = request.timeline();
        boolean bookOnly = o.bookFigureOnly();
        boolean context = !o.hideFiltered();
        Set<String> pass = request.models().stream().map(Model::id).collect(java.util.stream.Collectors.toSet());
        List<Model> models = (context ? request.catalog().models() : request.models()).stream()
                .filter(m -> !bookOnly || m.inFigure()).toList();
        Set<String> dimmed = context ? models.stream().map(Model::id).filter(id -> !pass.contains(id))
                .collect(java.util.stream.Collectors.toSet()) : Set.of();
        double[] range = o.fitsData() ? TimelineSpec.fitRange(models, request.catalog().eras())
                : new double[] {o.from(), o.to()};
        TimelineSpec spec = new TimelineSpec(models, dimmed, request.catalog().eras(), o.orientation(),
                surface.width(), surface.height(), range[0], range[1], request.language(),
                request.palette().labelScale(), surface.measure());
        return TimelineLayout.compute(spec);
    }
}

package org.genaitimeline.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FigureCaption;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.Surface;

/**
 * The timeline as an exported figure: the whole of Figure 14-1's range at the surface size,
 * with legend and era bands, no title (slides bring their own). Options:
 * {@code orientation} ({@code vertical}|{@code horizontal}), {@code bookFigureOnly}
 * ({@code true}|{@code false}), {@code fitAll} (reach the foundations before 2014), {@code from} and
 * {@code to} (a visible range in fractional years, e.g. 2021 and 2023 to zoom into the crowded years),
 * {@code context} (place the whole catalog and dim what the filters leave out, as the app shows it).
 */
public final class TimelineRenderer implements FigureRenderer {

    public static final String ID = "timeline";

    @Override
    public String id() {
        return ID;
    }

    /** Parses {@code vertical}/{@code horizontal}; a clear message for anything else. */
    public static Orientation orientation(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "vertical" -> Orientation.VERTICAL;
            case "horizontal" -> Orientation.HORIZONTAL;
            default -> throw new IllegalArgumentException(
                    "orientation must be vertical or horizontal, not '" + value + "'");
        };
    }

    @Override
    public void paint(Surface surface, FigureRequest request) {
        TimelinePainter.paint(surface, layout(surface, request), request.palette());
        FigureCaption.paint(surface, request);
    }

    private static double year(FigureRequest request, String option, double fallback) {
        String v = request.option(option, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a year such as 2021 or 2021.5, not '" + v + "'");
        }
    }

    /** The layout the figure paints (for tests). */
    public TimelineLayout layout(Surface surface, FigureRequest request) {
        boolean bookOnly = request.flag("bookFigureOnly");
        // With "context" (the app's export, as its screen shows it) the whole catalog is placed
        // and what the filters leave out is dimmed; otherwise only the filtered models.
        boolean context = request.flag("context");
        Set<String> pass = request.models().stream().map(Model::id).collect(java.util.stream.Collectors.toSet());
        List<Model> models = (context ? request.catalog().models() : request.models()).stream()
                .filter(m -> !bookOnly || m.inFigure()).toList();
        Set<String> dimmed = context ? models.stream().map(Model::id).filter(id -> !pass.contains(id))
                .collect(java.util.stream.Collectors.toSet()) : Set.of();
        double[] range = request.flag("fitAll") ? TimelineSpec.fitRange(models)
                : new double[] {year(request, "from", TimelineSpec.DEFAULT_START),
                    year(request, "to", TimelineSpec.DEFAULT_END)};
        if (!(range[1] > range[0])) {
            throw new IllegalArgumentException("the range must end after it starts: " + range[0] + " to " + range[1]);
        }
        TimelineSpec spec = new TimelineSpec(models, dimmed, request.catalog().eras(),
                orientation(request.option("orientation", "vertical")), surface.width(),
                surface.height() - FigureCaption.height(request), range[0],
                range[1], request.language(), request.palette().labelScale(), surface.measure());
        return TimelineLayout.compute(spec);
    }
}

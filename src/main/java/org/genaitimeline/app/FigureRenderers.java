package org.genaitimeline.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaitimeline.figure.FigureRenderer;

/**
 * The one place where the exportable figures are registered, by their {@code --export} id.
 * The timeline and the growth chart add their renderers here; until then the command line
 * says that the figure cannot be exported yet (exit 2).
 */
public final class FigureRenderers {

    private FigureRenderers() {
    }

    public static Map<String, FigureRenderer> all() {
        List<FigureRenderer> renderers = List.of(
                new org.genaitimeline.timeline.TimelineRenderer(),
                new org.genaitimeline.growth.GrowthRenderer(),
                new org.genaitimeline.lineage.LineageRenderer()
        );
        Map<String, FigureRenderer> byId = new LinkedHashMap<>();
        renderers.forEach(r -> byId.put(r.id(), r));
        return byId;
    }
}

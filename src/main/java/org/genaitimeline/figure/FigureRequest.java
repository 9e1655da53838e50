package org.genaitimeline.figure;

import java.util.List;
import java.util.Objects;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;

/**
 * What a figure export paints. Each renderer reads its own figure's options and ignores the
 * other's, so one request can be handed to either.
 *
 * @param catalog the whole catalog (eras, lineage)
 * @param models the models that pass the filters, chronological
 * @param language labels and numbers
 * @param palette the theme's colours
 * @param timeline the timeline's range and switches
 * @param growth the growth chart's switches
 * @param lineage the lineage view's switches (its centre is {@code selection})
 * @param selection the model at the lineage view's centre; empty when none is selected
 * @param frame title, caption and data credit around the figure
 */
public record FigureRequest(Catalog catalog, List<Model> models, Language language, Palette palette,
        TimelineOptions timeline, GrowthOptions growth, LineageOptions lineage, java.util.Optional<String> selection,
        FigureFrame frame) {

    public FigureRequest {
        models = List.copyOf(models);
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(frame, "frame");
    }

    /** Both figures at their defaults, no frame. */
    public static FigureRequest of(Catalog catalog, List<Model> models, Language language, Palette palette) {
        return new FigureRequest(catalog, models, language, palette, TimelineOptions.DEFAULT, GrowthOptions.DEFAULT,
                LineageOptions.DEFAULT, java.util.Optional.empty(), FigureFrame.NONE);
    }

    public FigureRequest withTimeline(TimelineOptions v) {
        return new FigureRequest(catalog, models, language, palette, v, growth, lineage, selection, frame);
    }

    public FigureRequest withGrowth(GrowthOptions v) {
        return new FigureRequest(catalog, models, language, palette, timeline, v, lineage, selection, frame);
    }

    public FigureRequest withFrame(FigureFrame v) {
        return new FigureRequest(catalog, models, language, palette, timeline, growth, lineage, selection, v);
    }

    public FigureRequest withLineage(LineageOptions v) {
        return new FigureRequest(catalog, models, language, palette, timeline, growth, v, selection, frame);
    }

    public FigureRequest withSelection(java.util.Optional<String> v) {
        return new FigureRequest(catalog, models, language, palette, timeline, growth, lineage, v, frame);
    }
}

package org.genaitimeline.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;

/**
 * What a {@link TimelineLayout} is computed from.
 *
 * @param models the models to place (already without the hidden ones)
 * @param dimmed ids of models drawn faded (outside the filters); they yield label space
 * @param eras the era bands, chronological
 * @param orientation which way time runs
 * @param width the surface width in pixels
 * @param height the surface height in pixels
 * @param start the first visible fractional year
 * @param end the last visible fractional year
 * @param language era names, legend and axis labels
 * @param labelScale text and circle size factor (the theme's {@code -label-scale})
 * @param measure text widths
 */
public record TimelineSpec(List<Model> models, Set<String> dimmed, List<Era> eras, Orientation orientation,
        double width, double height, double start, double end, Language language, double labelScale,
        TextMeasure measure) {


    public TimelineSpec {
        models = List.copyOf(models);
        dimmed = Set.copyOf(dimmed);
        eras = List.copyOf(eras);
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(measure, "measure");
        if (!(end > start)) {
            throw new IllegalArgumentException("empty range " + start + ".." + end);
        }
    }

    /** The book's view: vertical, the default range, English, scale 1. */
    public static TimelineSpec of(List<Model> models, List<Era> eras, double width, double height,
            TextMeasure measure) {
        return new TimelineSpec(models, Set.of(), eras, Orientation.VERTICAL, width, height,
                TimelineOptions.DEFAULT_START, TimelineOptions.DEFAULT_END, Language.EN, 1, measure);
    }

    public TimelineSpec withRange(double newStart, double newEnd) {
        return new TimelineSpec(models, dimmed, eras, orientation, width, height, newStart, newEnd, language,
                labelScale, measure);
    }

    public TimelineSpec withOrientation(Orientation o) {
        return new TimelineSpec(models, dimmed, eras, o, width, height, start, end, language, labelScale, measure);
    }

    public TimelineSpec withLanguage(Language l) {
        return new TimelineSpec(models, dimmed, eras, orientation, width, height, start, end, l, labelScale, measure);
    }

    public TimelineSpec withDimmed(Set<String> ids) {
        return new TimelineSpec(models, ids, eras, orientation, width, height, start, end, language, labelScale,
                measure);
    }

    /** The range that shows every model with a small margin; the default range when empty. */
    public static double[] fitRange(List<Model> models) {
        if (models.isEmpty()) {
            return new double[] {TimelineOptions.DEFAULT_START, TimelineOptions.DEFAULT_END};
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Model m : models) {
            double t = TimelineLayout.timeOf(m);
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        double pad = Math.max(0.3, (max - min) * 0.03);
        return new double[] {min - pad, max + pad};
    }
}

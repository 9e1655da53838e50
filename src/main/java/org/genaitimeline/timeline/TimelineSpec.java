package org.genaitimeline.timeline;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
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
 * @param legend whether the layout has its own legend row; off when the frame around an exported
 *     book figure prints the legend block instead
 * @param markerScale the circles' size over the text's (the theme's {@code -marker-scale}: the
 *     print's circles are larger for its type than the app's)
 */
public record TimelineSpec(List<Model> models, Set<String> dimmed, List<Era> eras, Orientation orientation,
        double width, double height, double start, double end, Language language, double labelScale,
        TextMeasure measure, boolean legend, double markerScale) {

    /** The era before the book's first: its years are compressed on the axis (see {@code TimeScale}). */
    static final String FOUNDATIONS_ERA = "foundations";

    /** The margin before the first model when it lies in the compressed foundations, as a share of them. */
    private static final double COMPRESSED_MARGIN = 0.25;

    public TimelineSpec {
        models = List.copyOf(models);
        dimmed = Set.copyOf(dimmed);
        eras = List.copyOf(eras);
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(measure, "measure");
        if (!(markerScale > 0)) {
            throw new IllegalArgumentException("marker scale must be positive, not " + markerScale);
        }
        if (!(end > start)) {
            throw new IllegalArgumentException("empty range " + start + ".." + end);
        }
    }

    /** A spec with the layout's own legend row. */
    public TimelineSpec(List<Model> models, Set<String> dimmed, List<Era> eras, Orientation orientation,
            double width, double height, double start, double end, Language language, double labelScale,
            TextMeasure measure) {
        this(models, dimmed, eras, orientation, width, height, start, end, language, labelScale, measure, true, 1);
    }

    /** The book's view: vertical, the default range (the models' first to last date), English, scale 1. */
    public static TimelineSpec of(List<Model> models, List<Era> eras, double width, double height,
            TextMeasure measure) {
        double[] range = fitRange(models, eras);
        return new TimelineSpec(models, Set.of(), eras, Orientation.VERTICAL, width, height, range[0], range[1],
                Language.EN, 1, measure);
    }

    public TimelineSpec withRange(double newStart, double newEnd) {
        return new TimelineSpec(models, dimmed, eras, orientation, width, height, newStart, newEnd, language,
                labelScale, measure, legend, markerScale);
    }

    public TimelineSpec withOrientation(Orientation o) {
        return new TimelineSpec(models, dimmed, eras, o, width, height, start, end, language, labelScale, measure,
                legend, markerScale);
    }

    public TimelineSpec withLanguage(Language l) {
        return new TimelineSpec(models, dimmed, eras, orientation, width, height, start, end, l, labelScale, measure,
                legend, markerScale);
    }

    public TimelineSpec withLegend(boolean v) {
        return new TimelineSpec(models, dimmed, eras, orientation, width, height, start, end, language, labelScale,
                measure, v, markerScale);
    }

    public TimelineSpec withMarkerScale(double v) {
        return new TimelineSpec(models, dimmed, eras, orientation, width, height, start, end, language, labelScale,
                measure, legend, v);
    }

    public TimelineSpec withDimmed(Set<String> ids) {
        return new TimelineSpec(models, ids, eras, orientation, width, height, start, end, language, labelScale,
                measure, legend, markerScale);
    }

    /** Where the linear stretch of the axis begins: the end of these eras' foundations, if they have one. */
    public static OptionalDouble knee(List<Era> eras) {
        return eras.stream().filter(e -> e.id().equals(FOUNDATIONS_ERA))
                .mapToDouble(e -> PartialDate.fractionalYear(e.end().plusDays(1).toEpochDay())).findFirst();
    }

    /**
     * The range from the first model to the last with a small margin; the default range when
     * there are none. The margin follows the linear stretch after the {@link #knee}; before a
     * first model among the compressed foundations it is a share of them, so the model's
     * circle still clears the axis end there.
     */
    public static double[] fitRange(List<Model> models, List<Era> eras) {
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
        double knee = knee(eras).orElse(min);
        double linearFrom = knee > min && knee < max ? knee : min;
        double pad = Math.max(0.3, (max - linearFrom) * 0.03);
        double before = Math.max(pad, (linearFrom - min) * COMPRESSED_MARGIN);
        return new double[] {min - before, max + pad};
    }
}

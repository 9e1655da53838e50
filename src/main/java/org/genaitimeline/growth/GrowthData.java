package org.genaitimeline.growth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.YearSpan;
import org.genaitimeline.i18n.Language;

/**
 * Which models the chart plots and in which series, and which it leaves out and why.
 *
 * <p>The rule: a model is plotted when it has a sourced size ({@link Model#parameters()})
 * greater than zero; a size only the book's figure gives is no fact and is not plotted. A
 * model with no size is never put at 0 (a log axis has no 0); it is listed in {@link
 * #noSize()}. In book figure mode the chart is the printed Figure 14-3 instead: exactly the
 * models with a {@code book.figure14_3} point, at the printed date and value, and nothing is
 * listed as left out (the print's set is the whole figure). By
 * default there are the figure's two series, Autoregressive / Transformer (orange) and
 * multimodal (pink); models of other types with a size are listed in {@link #otherType()}
 * unless every model type is its own series.
 *
 * @param points plotted, chronological (ties by id)
 * @param series the series present, in the order of {@link Family}
 * @param noSize the models left out for want of a size
 * @param otherType the models with a size left out because their type is not a series
 */
public record GrowthData(List<GrowthPoint> points, Map<Family, List<GrowthPoint>> series, List<Model> noSize,
        List<Model> otherType) {

    /** The figure's two series. */
    public static final List<Family> FIGURE_SERIES = List.of(Family.AUTOREGRESSIVE, Family.MULTIMODAL);

    public GrowthData {
        points = List.copyOf(points);
        series = Map.copyOf(series);
        noSize = List.copyOf(noSize);
        otherType = List.copyOf(otherType);
    }

    /**
     * @param models the models to show (already filtered)
     * @param allFamilies every model type as its own series, not only the figure's two
     * @param language of the labels
     */
    public static GrowthData of(List<Model> models, boolean allFamilies, Language language) {
        return of(models, allFamilies, false, language);
    }

    /**
     * @param bookFigureOnly the printed Figure 14-3: its points only, as printed
     */
    public static GrowthData of(List<Model> models, boolean allFamilies, boolean bookFigureOnly, Language language) {
        if (bookFigureOnly) {
            return printed(models, language);
        }
        List<GrowthPoint> points = new ArrayList<>();
        List<Model> noSize = new ArrayList<>();
        List<Model> otherType = new ArrayList<>();
        for (Model m : models) {
            OptionalLong size = m.parameters();
            if (size.isEmpty() || size.getAsLong() <= 0) {
                noSize.add(m);
            } else if (!allFamilies && !FIGURE_SERIES.contains(m.family())) {
                otherType.add(m);
            } else {
                points.add(GrowthPoint.of(m, size.getAsLong(), m.family(), language));
            }
        }
        points.sort(Comparator.comparingDouble(GrowthPoint::year).thenComparing(p -> p.model().id()));
        return new GrowthData(points, seriesOf(points), noSize, otherType);
    }

    private static GrowthData printed(List<Model> models, Language language) {
        List<GrowthPoint> points = new ArrayList<>();
        for (Model m : models) {
            m.book().figure14x3().ifPresent(p -> points.add(GrowthPoint.printed(m, p, language)));
        }
        points.sort(Comparator.comparingDouble(GrowthPoint::year).thenComparing(p -> p.model().id()));
        return new GrowthData(points, seriesOf(points), List.of(), List.of());
    }

    /**
     * Only what is dated within a span (a figure's {@code --range}): the points, and the models
     * the chart's notes list as not plotted, so a slide of one era names no models of another.
     */
    public GrowthData within(YearSpan span) {
        List<GrowthPoint> kept = points.stream().filter(p -> span.contains(p.year())).toList();
        return new GrowthData(kept, seriesOf(kept), dated(noSize, span), dated(otherType, span));
    }

    private static List<Model> dated(List<Model> models, YearSpan span) {
        return models.stream().filter(m -> span.contains(m.date().toFractionalYear())).toList();
    }

    private static Map<Family, List<GrowthPoint>> seriesOf(List<GrowthPoint> points) {
        Map<Family, List<GrowthPoint>> series = new EnumMap<>(Family.class);
        for (GrowthPoint p : points) {
            series.computeIfAbsent(p.series(), f -> new ArrayList<>()).add(p);
        }
        series.replaceAll((f, l) -> List.copyOf(l));
        return series;
    }

    /** The series present, in the figure's column order. */
    public List<Family> seriesOrder() {
        List<Family> out = new ArrayList<>(series.keySet());
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The least-squares trend of a list of points. */
    public static TrendFit fit(List<GrowthPoint> points) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i).year();
            ys[i] = points.get(i).billions();
        }
        return TrendFit.of(xs, ys);
    }
}

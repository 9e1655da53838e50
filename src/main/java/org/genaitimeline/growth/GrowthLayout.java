package org.genaitimeline.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.AxisScale;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimeScale;
import org.genaitimeline.figure.YearSpan;

/**
 * Everything the growth chart paints, computed without JavaFX: the plot area, the scales
 * and their ticks, each point's pixel and label, trend lines, the legend and the notes. The
 * view and the exporters paint this; hit tests read it.
 */
public final class GrowthLayout {

    /** The figure's x range, 2018 to mid-2023. */
    public static final double DEFAULT_FIRST_YEAR = 2018.0;
    public static final double DEFAULT_LAST_YEAR = 2023.5;
    /** The figure's y range in billions. */
    public static final double DEFAULT_MIN_BILLIONS = 0.1;
    public static final double DEFAULT_MAX_BILLIONS = 1000;
    /**
     * Beyond this many points the chart is dense: markers shrink and turn translucent so the
     * density shows, and only the points that stand out get labels (see {@link #standsOut}).
     */
    public static final int DENSE_POINTS = 200;
    /** How far a dense chart's label may move from its point, in rings of half a label's height. */
    static final int DENSE_RINGS = 6;
    /** The smallest marker radius (times the label scale) and alpha of a dense chart. */
    static final double MIN_RADIUS = 3;
    static final double MIN_ALPHA = 0.25;

    /** A tick: value, pixel, text. */
    public record Tick(double value, double pixel, String label) {
    }

    /** A plotted point in pixels, with its label if one fits. */
    public record PlacedPoint(GrowthPoint point, double x, double y, Optional<LabelPlacer.Placement> label) {
    }

    /** A trend drawn as a polyline in pixels (straight on a log axis, a curve on a linear one). */
    public record TrendLine(Trends.Trend trend, double[] xs, double[] ys) {
    }

    /** A legend line: a series heading (with a swatch) or a trend detail beneath it. */
    public record LegendRow(Family series, String text, boolean heading, double y) {
    }

    private final GrowthData data;
    private final GrowthSpec options;
    private final GrowthText text;
    private final GrowthSizes sizes;
    private final Box plot;
    private final AxisScale x;
    private final AxisScale y;
    private final List<Tick> xTicks;
    private final List<Tick> yTicks;
    private final List<PlacedPoint> points;
    private final List<TrendLine> trends;
    private final Box legend;
    private final List<LegendRow> legendRows;
    private final List<String> notes;
    private final double width;
    private final double height;
    private final TextMeasure measure;
    private final Set<String> emphasised;
    private final double pointAlpha;
    private final SizeUnit unit;

    private GrowthLayout(List<Model> models, GrowthSpec options, double width, double height,
            TextMeasure measure, Set<String> emphasised) {
        this.options = options;
        this.width = width;
        this.height = height;
        this.measure = measure;
        this.emphasised = Set.copyOf(emphasised);
        this.text = new GrowthText(options.language());
        GrowthData all = GrowthData.of(models, options.allFamilies(), options.chart().bookFigureOnly(), options.language());
        this.data = options.chart().years().map(all::within).orElse(all);
        this.sizes = GrowthSizes.of(options.labelScale(), data.points().size());
        this.pointAlpha = GrowthSizes.alpha(data.points().size());
        double[] range = GrowthAxis.range(data, options.logScale());
        this.unit = SizeUnit.of(options.logScale() ? range[0] : range[1] / 5, options.language());
        this.notes = notes(width - 24);
        double tickLine = measure.lineHeight(sizes.tick());
        double noteLine = measure.lineHeight(sizes.note());
        double top = tickLine + 14;
        double bottom = height - (tickLine + 8) - (tickLine + 4) - notes.size() * noteLine - 8;
        double pad = sizes.radius() + 4;
        // y first with a provisional pixel range: the tick labels decide the left margin.
        AxisScale yProvisional = GrowthAxis.scale(range, options.logScale(), bottom, top, pad);
        double left = 12 + yProvisional.ticks().stream()
                .mapToDouble(v -> measure.width(text.yTick(v, unit), sizes.tick(), false)).max().orElse(20) + 10;
        double right = width - 20;
        this.plot = new Box(left, top, Math.max(10, right - left), Math.max(10, bottom - top));
        this.y = GrowthAxis.scale(range, options.logScale(), plot.maxY(), plot.y(), pad);
        this.x = xScale(plot.x(), plot.maxX(), pad);
        this.xTicks = x.ticks().stream().map(v -> new Tick(v, x.forward(v), text.xTick(v))).toList();
        this.yTicks = y.ticks().stream().map(v -> new Tick(v, y.forward(v), text.yTick(v, unit))).toList();
        List<Trends.Trend> fits = Trends.of(data, options);
        this.trends = fits.stream().filter(t -> t.fit().isOk()).map(this::line).toList();
        this.legendRows = new ArrayList<>();
        this.legend = legend(fits);
        this.points = place();
    }

    /**
     * Lays out the chart for models (already filtered) at a logical size.
     *
     * @param measure the text measure of the surface that will paint it
     */
    public static GrowthLayout of(List<Model> models, GrowthSpec options, double width, double height,
            TextMeasure measure) {
        return of(models, options, width, height, measure, Set.of());
    }

    /**
     * Lays out the chart with some models emphasised (the selected one, the ones a search
     * found): on a dense chart they are labelled first, whatever their size.
     *
     * @param emphasised model ids
     */
    public static GrowthLayout of(List<Model> models, GrowthSpec options, double width, double height,
            TextMeasure measure, Set<String> emphasised) {
        return new GrowthLayout(models, options, width, height, measure, emphasised);
    }

    private AxisScale xScale(double left, double right, double pad) {
        if (options.chart().years().isPresent()) {
            YearSpan span = options.chart().years().get();
            return new TimeScale(span.from(), span.to(), left, right);
        }
        double lo = DEFAULT_FIRST_YEAR;
        double hi = DEFAULT_LAST_YEAR;
        for (GrowthPoint p : data.points()) {
            lo = Math.min(lo, p.year() - 0.25);
            hi = Math.max(hi, p.year() + 0.25);
        }
        return new TimeScale(lo, hi, left, right);
    }

    private TrendLine line(Trends.Trend t) {
        TrendFit f = t.fit();
        int n = options.logScale() ? 2 : 48;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double year = f.firstYear() + (f.lastYear() - f.firstYear()) * i / (n - 1);
            xs[i] = x.forward(year);
            ys[i] = y.forward(f.valueAt(year));
        }
        return new TrendLine(t, xs, ys);
    }

    private Box legend(List<Trends.Trend> fits) {
        double line = measure.lineHeight(sizes.legend());
        double swatch = sizes.legend();
        List<String> texts = new ArrayList<>();
        List<Family> series = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (Family f : data.seriesOrder()) {
            texts.add(text.series(f));
            series.add(f);
            headings.add(true);
            for (Trends.Trend t : fits) {
                if (t.series() == f) {
                    texts.add(t.era().map(e -> text.eraTrend(e, t.fit())).orElseGet(() -> text.trend(t.fit())));
                    series.add(f);
                    headings.add(false);
                }
            }
        }
        if (texts.isEmpty()) {
            return new Box(plot.x(), plot.y(), 0, 0);
        }
        double w = 0;
        for (int i = 0; i < texts.size(); i++) {
            w = Math.max(w, measure.width(texts.get(i), sizes.legend(), headings.get(i)));
        }
        double bw = Math.min(plot.w() - 16, w + swatch + 6 + 20);
        double bh = texts.size() * line + 12;
        Box box = bestCorner(bw, bh);
        for (int i = 0; i < texts.size(); i++) {
            legendRows.add(new LegendRow(series.get(i), texts.get(i), headings.get(i), box.y() + 6 + i * line));
        }
        return box;
    }

    /** The plot corner with the fewest points under the legend (top left, as the figure's space is empty there). */
    private Box bestCorner(double w, double h) {
        double m = 8;
        Box[] corners = {
            new Box(plot.x() + m, plot.y() + m, w, h),
            new Box(plot.maxX() - m - w, plot.maxY() - m - h, w, h),
            new Box(plot.x() + m, plot.maxY() - m - h, w, h),
            new Box(plot.maxX() - m - w, plot.y() + m, w, h)};
        Box best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (Box c : corners) {
            Box grown = c.inflate(sizes.radius());
            long n = data.points().stream()
                    .filter(p -> grown.contains(x.forward(p.year()), y.forward(p.billions()))).count();
            if (n < fewest) {
                fewest = n;
                best = c;
            }
        }
        return best;
    }

    private List<PlacedPoint> place() {
        List<GrowthPoint> ps = data.points();
        List<PointLabels.Anchor> anchors = new ArrayList<>(ps.size());
        double lineName = measure.lineHeight(sizes.name());
        double lineSize = measure.lineHeight(sizes.size());
        int[] labelled = labelled();
        boolean[] wanted = new boolean[ps.size()];
        for (int i : labelled) {
            wanted[i] = true;
        }
        for (int i = 0; i < ps.size(); i++) {
            GrowthPoint p = ps.get(i);
            double w = wanted[i] ? Math.max(measure.width(p.name(), sizes.name(), true),
                    measure.width(p.size(unit), sizes.size(), false)) : 0;
            anchors.add(new PointLabels.Anchor(x.forward(p.year()), y.forward(p.billions()), sizes.radius(), w,
                    lineName + lineSize * 0.85));
        }
        // Labels may use the margin right of the plot but not the axes or their tick labels:
        // the lowest point's label stays above the date axis (its line and tick marks).
        Box bounds = new Box(plot.x() + 2, plot.y() - 4, width - plot.x() - 6, plot.h() + 3);
        List<Box> obstacles = legend.w() > 0 ? List.of(legend.inflate(2)) : List.of();
        // No label covers a point, however dense the chart: a label that finds no free spot is left out.
        List<Optional<LabelPlacer.Placement>> labels = (dense() ? new PointLabels(bounds, obstacles, DENSE_RINGS, false)
                : new PointLabels(bounds, obstacles)).place(anchors, labelled, true);
        List<PlacedPoint> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            PointLabels.Anchor a = anchors.get(i);
            out.add(new PlacedPoint(ps.get(i), a.x(), a.y(), labels.get(i)));
        }
        return List.copyOf(out);
    }

    /** The indexes of the points to label, in the order they are placed (see {@link StandOut}). */
    private int[] labelled() {
        return dense() ? StandOut.order(data.points(), emphasised)
                : java.util.stream.IntStream.range(0, data.points().size()).toArray();
    }

    /** Whether this chart has more than {@link #DENSE_POINTS} points. */
    public boolean dense() {
        return data.points().size() > DENSE_POINTS;
    }

    /** The opacity of the points: 1 up to {@link #DENSE_POINTS}, less the more there are. */
    public double pointAlpha() {
        return pointAlpha;
    }

    /** How this chart writes sizes: its y ticks and its labels' second lines. */
    public SizeUnit sizeUnit() {
        return unit;
    }

    /** A point label's second line, in the chart's unit. */
    public String sizeLabel(GrowthPoint p) {
        return p.size(unit);
    }

    private List<String> notes(double maxWidth) {
        if (options.chart().bookFigureOnly()) {
            // Figure 14-3 as printed says nothing of what it leaves out; its caption says what it shows.
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!data.noSize().isEmpty()) {
            out.add(text.notPlotted("growth.notPlotted.noSize", data.noSize(), maxWidth, sizes.note(), measure));
        }
        if (!data.otherType().isEmpty()) {
            out.add(text.notPlotted("growth.notPlotted.otherType", data.otherType(), maxWidth, sizes.note(), measure));
        }
        return List.copyOf(out);
    }

    /** The point under a pixel: the nearest circle within reach, else the label there. */
    public Optional<GrowthPoint> hit(double px, double py) {
        double reach = sizes.radius() + 3;
        PlacedPoint best = null;
        double bestD = reach * reach;
        for (PlacedPoint p : points) {
            double d = (p.x - px) * (p.x - px) + (p.y - py) * (p.y - py);
            if (d <= bestD) {
                bestD = d;
                best = p;
            }
        }
        if (best != null) {
            return Optional.of(best.point());
        }
        for (PlacedPoint p : points) {
            if (p.label().isPresent() && p.label().get().box().contains(px, py)) {
                return Optional.of(p.point());
            }
        }
        return Optional.empty();
    }

    /** The placed point of a model, if plotted. */
    public Optional<PlacedPoint> pointOf(Model model) {
        if (model == null) {
            return Optional.empty();
        }
        return points.stream().filter(p -> p.point().model().id().equals(model.id())).findFirst();
    }

    public GrowthData data() {
        return data;
    }

    public GrowthSpec options() {
        return options;
    }

    public GrowthText text() {
        return text;
    }

    public GrowthSizes sizes() {
        return sizes;
    }

    public Box plot() {
        return plot;
    }

    public AxisScale xScale() {
        return x;
    }

    public AxisScale yScale() {
        return y;
    }

    public List<Tick> xTicks() {
        return xTicks;
    }

    public List<Tick> yTicks() {
        return yTicks;
    }

    public List<PlacedPoint> points() {
        return points;
    }

    public List<TrendLine> trends() {
        return trends;
    }

    public Box legend() {
        return legend;
    }

    public List<LegendRow> legendRows() {
        return List.copyOf(legendRows);
    }

    public List<String> notes() {
        return notes;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public TextMeasure measure() {
        return measure;
    }
}

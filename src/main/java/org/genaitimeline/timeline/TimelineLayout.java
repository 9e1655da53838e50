package org.genaitimeline.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimeScale;

/**
 * Where everything of the timeline goes for one size, orientation and visible range: the
 * circles in their lanes (each lane as wide as its densest stretch needs), the labels (never
 * overlapping each other nor any circle), the "+N" badges where labels truly cannot fit, the era bands, the axis ticks and the legend. Pure:
 * no JavaFX, so it has plain tests, and the screen and the exporters paint the same one.
 * Hit testing ({@link LayoutHits}) is arithmetic over the time-sorted items and follows the paint order.
 */
public final class TimelineLayout {

    /**
     * A label beside its circle, or in a tier of its lane with a leader line from the circle.
     *
     * @param text the model's name as the book prints it
     * @param box where the text goes (text vertically centred in it)
     * @param leader the line joining the circle's edge and the label, when it is not beside it
     * @param fontSize its text size: the layout's, or one step smaller where the history is too
     *     dense for the full size (better a smaller name than a "+N" badge)
     */
    public record Label(String text, Box box, Optional<LabelPlacer.Leader> leader, double fontSize) {
    }

    /**
     * A placed model.
     *
     * @param model the model
     * @param laneId its lane's id (also the colour token suffix)
     * @param lane its lane's index
     * @param time its fractional year
     * @param x circle centre
     * @param y circle centre
     * @param r circle radius
     * @param dimmed drawn faded (outside the filters)
     * @param label its label, or null when it is off screen or gathered into a badge
     * @param badge index of the badge holding it in {@link #badges()}, or -1
     * @param folded whether its marker had no room of its own and is not drawn; it then stands in a badge
     */
    public record Item(Model model, String laneId, int lane, double time, double x, double y, double r,
            boolean dimmed, Label label, int badge, boolean folded) {

        /** Whether its marker is drawn: not when it is folded into its crowd's badge ({@link MarkerFan}). */
        public boolean drawn() {
            return !folded;
        }
    }

    /**
     * A "+N" badge standing for labels that truly did not fit, the last resort; it covers
     * nothing. Its members and span are what a hover list and a click-to-zoom need.
     *
     * @param members the models whose labels it stands for
     * @param box the badge
     * @param text the badge text ("+3")
     * @param laneId the lane of its first member
     * @param fromTime earliest member
     * @param toTime latest member
     * @param leader the line from the first member's circle, when the badge is not beside it
     */
    public record Badge(List<Model> members, Box box, String text, String laneId, double fromTime, double toTime,
            Optional<LabelPlacer.Leader> leader) {

        public Badge {
            members = List.copyOf(members);
        }

        /** The members' ids, in the order they joined. */
        public List<String> memberIds() {
            return members.stream().map(Model::id).toList();
        }
    }

    /**
     * An era band behind the lanes.
     *
     * @param era the era
     * @param name its name in the layout's language
     * @param band the visible part of the band over the plot
     * @param label where the name goes, or null when it does not fit
     * @param strip the band's strip along the axis (a click target)
     */
    public record EraBand(Era era, String name, Box band, Box label, Box strip) {
    }

    /** A tick label of the date axis; {@code major} ticks start a year. */
    public record AxisLabel(String text, double x, double y, boolean major, double tickPx) {
    }

    /** A legend entry: a swatch circle and the lane's name. */
    public record LegendEntry(String laneId, String text, double cx, double cy, double r, Box textBox) {
    }

    private final TimelineSpec spec;
    private final Box plot;
    private final TimeScale axis;
    private final List<Lane> lanes;
    private final List<Item> items;
    private final double[] times;
    private final List<Badge> badges;
    private final List<EraBand> eraBands;
    private final List<AxisLabel> axisLabels;
    private final List<Double> gridLines;
    private final List<LegendEntry> legend;
    private final Box legendTitle;
    private final String legendTitleText;
    private final String emptyText;
    private final double fontSize;
    private final double reach;
    private final boolean exactRange;
    private final Map<String, Integer> indexById = new HashMap<>();

    TimelineLayout(TimelineSpec spec, Box plot, TimeScale axis, List<Lane> lanes, List<Item> items,
            List<Badge> badges, List<EraBand> eraBands, List<AxisLabel> axisLabels, List<Double> gridLines,
            List<LegendEntry> legend, Box legendTitle, String legendTitleText, String emptyText, double fontSize,
            double reach) {
        this(spec, plot, axis, lanes, items, badges, eraBands, axisLabels, gridLines, legend, legendTitle,
                legendTitleText, emptyText, fontSize, reach, false);
    }

    /**
     * @param exactRange whether only the items placed are drawn ({@link #visibleRange}): a layout
     *     built for its range; a layout remapped to another range for a gesture's frames draws what
     *     its labels reach into view (LayoutRemap)
     */
    TimelineLayout(TimelineSpec spec, Box plot, TimeScale axis, List<Lane> lanes, List<Item> items,
            List<Badge> badges, List<EraBand> eraBands, List<AxisLabel> axisLabels, List<Double> gridLines,
            List<LegendEntry> legend, Box legendTitle, String legendTitleText, String emptyText, double fontSize,
            double reach, boolean exactRange) {
        this.exactRange = exactRange;
        this.spec = spec;
        this.plot = plot;
        this.axis = axis;
        this.lanes = List.copyOf(lanes);
        this.items = List.copyOf(items);
        this.badges = List.copyOf(badges);
        this.eraBands = List.copyOf(eraBands);
        this.axisLabels = List.copyOf(axisLabels);
        this.gridLines = List.copyOf(gridLines);
        this.legend = List.copyOf(legend);
        this.legendTitle = legendTitle;
        this.legendTitleText = legendTitleText;
        this.emptyText = emptyText;
        this.fontSize = fontSize;
        this.reach = reach;
        this.times = new double[items.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = items.get(i).time();
            indexById.put(items.get(i).model().id(), i);
        }
    }

    /** Computes the layout for a spec. */
    public static TimelineLayout compute(TimelineSpec spec) {
        TimelineLayout airy = new LayoutBuilder(spec, true).build();
        int hidden = airy.hiddenInBadges();
        // Fanned markers a marker's width apart read best and leave leaders a way out, but they take
        // room across; where they cost labels, the tight fan is tried too and the better kept. Not in
        // a crowd, where badges are the answer either way (see LabelSwaps.MAX_HIDDEN).
        if (hidden == 0 || hidden > LabelSwaps.MAX_HIDDEN) {
            return airy;
        }
        TimelineLayout tight = new LayoutBuilder(spec, false).build();
        return tight.hiddenInBadges() < hidden ? tight : airy;
    }

    /**
     * The time coordinate of a model: its sourced date, as a fractional year. Not the date in
     * the book's prose, which is off for a few (GPT-2 "2018", released February 2019): the
     * growth chart and the printed figures place them by release, and the timeline must agree
     * with them. The tables keep the book's own wording; the detail pane shows both.
     */
    public static double timeOf(Model model) {
        return model.date().toFractionalYear();
    }

    public TimelineSpec spec() {
        return spec;
    }

    public Orientation orientation() {
        return spec.orientation();
    }

    /** The area where lanes, bands and models are drawn. */
    public Box plot() {
        return plot;
    }

    public TimeScale axis() {
        return axis;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** Every model, sorted by time. */
    public List<Item> items() {
        return items;
    }

    /** The "+N" badges, each with its members and time span. */
    public List<Badge> badges() {
        return badges;
    }

    /** How many models have no label of their own but stand in a badge. */
    public int hiddenInBadges() {
        return badges.stream().mapToInt(b -> b.members().size()).sum();
    }

    public List<EraBand> eraBands() {
        return eraBands;
    }

    public List<AxisLabel> axisLabels() {
        return axisLabels;
    }

    /** The pixel of each tick along the time axis, for gridlines. */
    public List<Double> gridLines() {
        return gridLines;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public Box legendTitle() {
        return legendTitle;
    }

    public String legendTitleText() {
        return legendTitleText;
    }

    /** The text shown when there is nothing to draw, or null. */
    public String emptyText() {
        return emptyText;
    }

    public double fontSize() {
        return fontSize;
    }

    /** How far past the axis ends a marker still shows (its circle), in pixels. */
    double reach() {
        return reach;
    }

    public Optional<Item> item(String modelId) {
        Integer i = indexById.get(modelId);
        return i == null ? Optional.empty() : Optional.of(items.get(i));
    }

    /** The index of the first item at or after a fractional year (binary search). */
    public int firstIndexAtOrAfter(double time) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The index range {@code [from, to)} of the items drawn. In a layout built for its range,
     * those inside the range or past it by less than the margin the labels place them in
     * (LaneLabels): the axis lies that far and a marker inside the plot
     * ({@link LayoutBuilder#edgeInset}), so every item drawn is whole and labelled (or in a badge),
     * and one farther out is not drawn at all rather than cut. In a remapped layout, every item
     * whose circle or label reaches into view.
     */
    public int[] visibleRange() {
        if (exactRange) {
            double margin = LayoutBuilder.edgeMarginPx(spec) / axis.pixelsPerYear();
            return new int[] {firstIndexAtOrAfter(axis.start() - margin),
                    firstIndexAtOrAfter(Math.nextUp(axis.end() + margin))};
        }
        // in pixels, not years: the compressed foundations hold more years per pixel
        return new int[] {firstIndexAtOrAfter(axis.backward(axis.startPx() - reach)),
                firstIndexAtOrAfter(axis.backward(axis.endPx() + reach))};
    }

    /** The time coordinate of a point. */
    public double timeAt(double x, double y) {
        return axis.backward(spec.orientation() == Orientation.VERTICAL ? y : x);
    }

    /**
     * The model drawn under a point (its marker, label or leader), else the one whose marker or
     * leader is nearest within a few pixels; empty where a badge is drawn over it ({@link LayoutHits}).
     */
    public Optional<Item> modelAt(double x, double y) {
        return LayoutHits.at(this, x, y).map(LayoutHits.Hit::item);
    }

    /** The "+N" badge drawn under a point (its box or leader), unless a model is drawn over it ({@link LayoutHits}). */
    public Optional<Badge> badgeAt(double x, double y) {
        return LayoutHits.at(this, x, y).map(LayoutHits.Hit::badge);
    }

    /** The era whose name or axis strip is under a point (the bands themselves stay free for panning). */
    public Optional<EraBand> eraAt(double x, double y) {
        return eraBands.stream()
                .filter(e -> e.strip().contains(x, y) || (e.label() != null && e.label().contains(x, y)))
                .findFirst();
    }
}

package org.genaitimeline.timeline;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.MarkerShape;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimeScale;
import org.genaitimeline.figure.TimeTicks;
import org.genaitimeline.i18n.Messages;

/** Computes a {@link TimelineLayout}: regions, lanes, circles, ticks, eras, then labels. */
final class LayoutBuilder {

    /** Label, badge and tick text size at label scale 1. */
    static final double FONT = 12;
    static final double RADIUS = 6.5;
    /** The share of the axis the compressed foundations take... */
    static final double FOUNDATIONS_SHARE = 0.08;
    /** ...but at least this many circles long, so their models can be drawn. */
    static final double FOUNDATIONS_MIN_MARKERS = 4;

    private final TimelineSpec spec;
    private final TextMeasure measure;
    private final Messages messages;
    private final boolean vertical;
    private final double s;
    private final double font;
    private final double lineH;
    private final double pad;
    /** Whether fanned markers first try slots a marker's width apart ({@link MarkerFan}). */
    private final boolean airyFan;

    LayoutBuilder(TimelineSpec spec, boolean airyFan) {
        this.spec = spec;
        this.airyFan = airyFan;
        this.measure = spec.measure();
        this.messages = Messages.of(spec.language());
        this.vertical = spec.orientation() == Orientation.VERTICAL;
        this.s = spec.labelScale();
        this.font = FONT * s;
        this.lineH = measure.lineHeight(font);
        this.pad = 8 * s;
    }

    TimelineLayout build() {
        List<String> laneIds = laneIds();
        List<TimelineLayout.LegendEntry> legend = new ArrayList<>();
        String legendTitleText = messages.get("timeline.legend.title");
        Box legendTitle = new Box(pad, pad, measure.width(legendTitleText, font, true), lineH);
        // Without its own legend (a book figure's frame prints the block) the plot starts at the top.
        double legendBottom = spec.legend() ? layoutLegend(laneIds, legendTitle, legend) : 0;

        double gutter = vertical ? measure.width("0000", font * 1.15, true) + 3 * pad : 0;
        double axisBand = vertical ? 0 : lineH + 2 * pad;
        double top = legendBottom + pad;
        Box plot = new Box(vertical ? gutter : pad, top,
                Math.max(10, spec.width() - (vertical ? gutter : pad) - pad),
                Math.max(10, spec.height() - top - pad - axisBand));
        TimeScale axis = axis(plot);

        double r = RADIUS * s * spec.markerScale();
        List<Model> byTime = new ArrayList<>(spec.models());
        byTime.sort(Comparator.comparingDouble(TimelineLayout::timeOf).thenComparing(Model::id));
        List<Lane> lanes = lanes(laneIds, byTime, axis, vertical ? plot.x() : plot.y(), vertical ? plot.w() : plot.h());
        List<MarkerFan> fans = lanes.stream().map(l -> new MarkerFan(l, fanDiameter(l.id(), r), airyFan)).toList();
        List<TimelineLayout.Item> items = new ArrayList<>(byTime.size());
        for (Model m : byTime) {
            Lane lane = lanes.get(laneIds.indexOf(Lane.laneOf(m)));
            double t = TimelineLayout.timeOf(m);
            double tp = axis.forward(t);
            double cross = fans.get(lane.index()).place(tp);
            // A folded marker keeps its date and its lane's axis: where its badge's crowd is.
            boolean folded = Double.isNaN(cross);
            cross = folded ? lane.axis() : cross;
            items.add(new TimelineLayout.Item(m, lane.id(), lane.index(), t, vertical ? cross : tp,
                    vertical ? tp : cross, r, spec.dimmed().contains(m.id()), null, -1, folded));
        }

        List<TimelineLayout.AxisLabel> axisLabels = new ArrayList<>();
        List<Double> grid = new ArrayList<>();
        double strip = strip();
        ticks(axis, plot, strip, axisLabels, grid);

        LaneLabels placer = new LaneLabels(spec, plot, axis, lanes, font, lineH, pad, messages);
        List<TimelineLayout.EraBand> bands = eraBands(axis, plot, lanes, placer, items);
        List<TimelineLayout.Badge> badges = new ArrayList<>();
        List<TimelineLayout.Item> placed = placer.place(items, badges);
        String empty = spec.models().isEmpty() ? messages.get("timeline.empty") : null;
        return new TimelineLayout(spec, plot, axis, lanes, placed, badges, bands, axisLabels, grid, legend,
                legendTitle, legendTitleText, empty, font, placer.reach(), true);
    }

    /**
     * The time axis along the plot, the foundations before the book's first era compressed to
     * a small share when they would take more (the rule is {@link TimeScale}'s).
     */
    TimeScale axis(Box plot) {
        // The range's ends lie inside the plot by a marker and the margin within which a model just
        // past them is still placed (edgeMarginPx): a model at an end is drawn whole, with its
        // label, never cut in half by the plot's edge (a --range export starting with CLIP's day).
        // Only a range that leaves models out (a zoom, a pan, --range) is inset, at both ends, so that
        // the frames of a pan keep one scale (LayoutRemap). A range that holds every model, as one
        // fitted to the data, keeps its margin in years (TimelineSpec.fitRange) and the whole plot:
        // insetting it by even a few pixels cost the bundled catalog labels at 1280x800.
        double from = vertical ? plot.y() : plot.x();
        double to = vertical ? plot.maxY() : plot.maxX();
        boolean leavesOut = spec.models().stream().mapToDouble(TimelineLayout::timeOf)
                .anyMatch(t -> t < spec.start() || t > spec.end());
        double inset = leavesOut ? edgeInset() : 0;
        return scale(from + inset, to - inset);
    }

    private TimeScale scale(double from, double to) {
        double knee = TimelineSpec.knee(spec.eras()).orElse(spec.start());
        return TimeScale.compressedBefore(knee, FOUNDATIONS_SHARE, FOUNDATIONS_MIN_MARKERS * 2 * RADIUS * s * spec.markerScale(),
                spec.start(), spec.end(), from, to);
    }

    /**
     * How far inside the plot the time axis starts and ends: the margin past the range within which
     * a model is still placed ({@link TimelineLayout#visibleRange}), plus the reach of its marker
     * (a triangle reaches 1.55 radii, and the outline).
     */
    double edgeInset() {
        return edgeMarginPx(spec) + markerReach();
    }

    /** How far a marker reaches from its centre along time, its outline included (a triangle 1.55 radii). */
    private double markerReach() {
        return 1.6 * RADIUS * s * spec.markerScale() + 1;
    }

    /** How far apart a lane's fan sets its markers: the shape's size and a pixel of air. */
    private static double fanDiameter(String laneId, double r) {
        return 2 * MarkerShape.ofId(laneId).halfSize(r) + 1;
    }

    /** The margin past either end of the range within which a model is still placed and drawn, in pixels. */
    static double edgeMarginPx(TimelineSpec spec) {
        return RADIUS * spec.labelScale();
    }

    /** The lanes across the plot, each as deep as the labels of its visible models need. */
    private List<Lane> lanes(List<String> laneIds, List<Model> byTime, TimeScale axis, double base, double across) {
        List<List<LaneRoom.Mark>> marks = new ArrayList<>();
        laneIds.forEach(id -> marks.add(new ArrayList<>()));
        for (Model m : byTime) {
            double t = TimelineLayout.timeOf(m);
            if (t >= axis.start() && t <= axis.end()) {
                marks.get(laneIds.indexOf(Lane.laneOf(m))).add(
                        new LaneRoom.Mark(axis.forward(t), measure.width(m.name(spec.language()), font, true) + 2));
            }
        }
        LaneRoom room = new LaneRoom(vertical, lineH, 3 * s, 2 * RADIUS * s * spec.markerScale());
        return room.lanes(laneIds, laneIds.stream().map(this::laneLabel).toList(), marks, base, across);
    }

    /** The six lanes of Figure 14-1 always, then General and Other only when such models are shown. */
    private List<String> laneIds() {
        Set<String> ids = new LinkedHashSet<>(Lane.FIGURE_LANES);
        Set<String> present = new LinkedHashSet<>();
        for (Model m : spec.models()) {
            present.add(Lane.laneOf(m));
        }
        if (present.contains("general")) {
            ids.add("general");
        }
        if (present.contains("other")) {
            ids.add("other");
        }
        return List.copyOf(ids);
    }

    private String laneLabel(String id) {
        return messages.get("family." + id);
    }

    /** A row of swatches after the title, wrapping at the right edge. Returns its bottom. */
    private double layoutLegend(List<String> laneIds, Box title, List<TimelineLayout.LegendEntry> out) {
        double r = RADIUS * s;
        double x = title.maxX() + 2 * pad;
        double y = title.y();
        for (String id : laneIds) {
            String text = laneLabel(id);
            double w = 2 * r + pad / 2 + measure.width(text, font, false);
            if (x + w > spec.width() - pad && x > title.maxX() + 2 * pad) {
                x = title.maxX() + 2 * pad;
                y += lineH + pad / 2;
            }
            out.add(new TimelineLayout.LegendEntry(id, text, x + r, y + lineH / 2, r,
                    new Box(x + 2 * r + pad / 2, y, w - 2 * r - pad / 2, lineH)));
            x += w + 2 * pad;
        }
        return y + lineH;
    }

    /** The width of the era strips along the axis. */
    double strip() {
        return 5 * s;
    }

    void ticks(TimeScale axis, Box plot, double strip, List<TimelineLayout.AxisLabel> out,
            List<Double> grid) {
        double minSpacing = vertical ? lineH * 2.2 : measure.width("0000", font, true) * 2;
        for (TimeTicks.Tick t : TimeTicks.of(axis, minSpacing)) {
            double px = axis.forward(t.time());
            grid.add(px);
            String text = switch (t.unit()) {
                case YEAR -> Integer.toString(t.year());
                case QUARTER -> t.major() ? Integer.toString(t.year())
                        : messages.get("timeline.tick.quarter", Integer.toString(t.quarter()));
                case MONTH -> t.major() ? Integer.toString(t.year())
                        : Month.of(t.month()).getDisplayName(TextStyle.SHORT, spec.language().locale());
            };
            double x = vertical ? plot.x() - strip - pad : px;
            double y = vertical ? px : plot.maxY() + strip + pad;
            // A label cut by the surface edge reads as another number ("021"): leave it out.
            double half = vertical ? lineH / 2 : measure.width(text, font * 1.15, true) / 2;
            if (vertical ? y - half < plot.y() - pad || y + half > spec.height()
                    : x - half < 0 || x + half > spec.width()) {
                continue;
            }
            out.add(new TimelineLayout.AxisLabel(text, x, y, t.major(), px));
        }
    }

    private List<TimelineLayout.EraBand> eraBands(TimeScale axis, Box plot, List<Lane> lanes,
            LaneLabels placer, List<TimelineLayout.Item> items) {
        placer.addCircles(items);
        List<TimelineLayout.EraBand> out = new ArrayList<>();
        for (Era era : spec.eras()) {
            Box[] boxes = eraBoxes(era, axis, plot);
            if (boxes == null) {
                continue;
            }
            String name = era.name().get(spec.language());
            Box label = placer.placeEraName(name, boxes[0], lanes);
            out.add(new TimelineLayout.EraBand(era, name, boxes[0], label, boxes[1]));
        }
        return out;
    }

    /** An era's visible band over the plot and its strip along the axis, or null when it is off the range. */
    Box[] eraBoxes(Era era, TimeScale axis, Box plot) {
        double t0 = Math.max(axis.start(), PartialDate.fractionalYear(era.start().toEpochDay()));
        double t1 = Math.min(axis.end(), PartialDate.fractionalYear(era.end().plusDays(1).toEpochDay()));
        if (t1 <= t0) {
            return null;
        }
        // A band that reaches an end of the range reaches the plot's edge, over the axis' inset.
        double p0 = t0 <= axis.start() ? (vertical ? plot.y() : plot.x()) : axis.forward(t0);
        double p1 = t1 >= axis.end() ? (vertical ? plot.maxY() : plot.maxX()) : axis.forward(t1);
        double strip = strip();
        Box band = vertical ? new Box(plot.x(), p0, plot.w(), p1 - p0) : new Box(p0, plot.y(), p1 - p0, plot.h());
        Box stripBox = vertical ? new Box(plot.x() - strip, p0, strip, p1 - p0) : new Box(p0, plot.maxY(), p1 - p0, strip);
        return new Box[] {band, stripBox};
    }
}

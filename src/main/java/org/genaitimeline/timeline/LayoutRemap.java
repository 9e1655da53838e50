package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.TimeScale;

/**
 * A full layout moved to another visible range without laying it out again: what the steps of
 * a pan or zoom gesture are drawn from ({@link RangeSettle}), since a full
 * {@link TimelineLayout#compute} of a crowded range takes several frames. Every marker goes to
 * its time's pixel on the new axis, and its label, leader and badge move with it (for a pan
 * the same shift for all: a translation), so labels keep their offsets to their markers; lanes,
 * legend and plot stay. Ticks and era bands are recomputed (cheap). What leaves the view is
 * culled: a label or badge wholly off the plot, a label whose marker is off it. Models the old
 * layout had no labels for come in bare until the full layout follows the gesture.
 */
final class LayoutRemap {

    private LayoutRemap() {
    }

    /** The full layout {@code full}, re-mapped to the range {@code start..end}. */
    static TimelineLayout toRange(TimelineLayout full, double start, double end) {
        TimelineSpec spec = full.spec().withRange(start, end);
        Box plot = full.plot();
        LayoutBuilder builder = new LayoutBuilder(spec, true);
        TimeScale axis = builder.axis(plot);
        TimeScale old = full.axis();
        boolean vertical = spec.orientation() == org.genaitimeline.figure.Orientation.VERTICAL;
        double lo = axis.startPx() - full.reach();
        double hi = axis.endPx() + full.reach();
        List<TimelineLayout.Badge> badges = new ArrayList<>();
        int[] newIndex = new int[full.badges().size()];
        for (int k = 0; k < newIndex.length; k++) {
            TimelineLayout.Badge b = full.badges().get(k);
            // a badge stands beside its first member's circle: it moves with it
            double t = TimelineLayout.timeOf(b.members().get(0));
            double d = axis.forward(t) - old.forward(t);
            Box box = shift(b.box(), d, vertical);
            newIndex[k] = box.intersects(plot) ? badges.size() : -1;
            if (newIndex[k] >= 0) {
                badges.add(new TimelineLayout.Badge(b.members(), box, b.text(), b.laneId(), b.fromTime(), b.toTime(),
                        b.leader().map(l -> shift(l, d, vertical))));
            }
        }
        List<TimelineLayout.Item> items = new ArrayList<>(full.items().size());
        for (TimelineLayout.Item it : full.items()) {
            double tp = axis.forward(it.time());
            double d = tp - (vertical ? it.y() : it.x());
            TimelineLayout.Label label = it.label();
            if (label != null) {
                Box box = shift(label.box(), d, vertical);
                label = tp < lo || tp > hi || !box.intersects(plot) ? null
                        : new TimelineLayout.Label(label.text(), box, label.leader().map(l -> shift(l, d, vertical)),
                                label.fontSize());
            }
            items.add(new TimelineLayout.Item(it.model(), it.laneId(), it.lane(), it.time(), vertical ? it.x() : tp,
                    vertical ? tp : it.y(), it.r(), it.dimmed(), label, it.badge() < 0 ? -1 : newIndex[it.badge()], it.folded()));
        }
        List<TimelineLayout.AxisLabel> axisLabels = new ArrayList<>();
        List<Double> grid = new ArrayList<>();
        builder.ticks(axis, plot, builder.strip(), axisLabels, grid);
        return new TimelineLayout(spec, plot, axis, full.lanes(), items, badges,
                eraBands(full, builder, axis, vertical), axisLabels, grid, full.legend(), full.legendTitle(),
                full.legendTitleText(), full.emptyText(), full.fontSize(), full.reach());
    }

    private static List<TimelineLayout.EraBand> eraBands(TimelineLayout full, LayoutBuilder builder, TimeScale axis,
            boolean vertical) {
        List<TimelineLayout.EraBand> out = new ArrayList<>();
        TimeScale old = full.axis();
        for (TimelineLayout.EraBand e : full.eraBands()) {
            Box[] boxes = builder.eraBoxes(e.era(), axis, full.plot());
            if (boxes == null) {
                continue;
            }
            Box label = e.label();
            if (label != null) {
                double at = vertical ? label.y() : label.x();
                Box moved = shift(label, axis.forward(old.backward(at)) - at, vertical);
                if (!boxes[0].encloses(moved)) {
                    // a band cut by the view's edge keeps its name at the edge, as a full layout puts it
                    double bandShift = vertical ? boxes[0].y() - e.band().y() : boxes[0].x() - e.band().x();
                    moved = shift(label, bandShift, vertical);
                }
                label = boxes[0].encloses(moved) ? moved : null;
            }
            out.add(new TimelineLayout.EraBand(e.era(), e.name(), boxes[0], label, boxes[1]));
        }
        // eras that were off the old range have no name placed yet: their bands come in bare
        for (org.genaitimeline.catalog.Era era : full.spec().eras()) {
            if (out.stream().noneMatch(e -> e.era().equals(era))) {
                Box[] boxes = builder.eraBoxes(era, axis, full.plot());
                if (boxes != null) {
                    out.add(new TimelineLayout.EraBand(era, era.name().get(full.spec().language()), boxes[0], null,
                            boxes[1]));
                }
            }
        }
        return out;
    }

    static Box shift(Box b, double d, boolean vertical) {
        return vertical ? new Box(b.x(), b.y() + d, b.w(), b.h()) : new Box(b.x() + d, b.y(), b.w(), b.h());
    }

    static LabelPlacer.Leader shift(LabelPlacer.Leader l, double d, boolean vertical) {
        double dx = vertical ? 0 : d;
        double dy = vertical ? d : 0;
        return new LabelPlacer.Leader(l.fromX() + dx, l.fromY() + dy, l.bendX() + dx, l.bendY() + dy, l.toX() + dx,
                l.toY() + dy, l.marker() == null ? null : shift(l.marker(), d, vertical));
    }
}

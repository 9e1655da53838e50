package org.genaitimeline.timeline;

import java.util.List;
import java.util.Optional;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.Orientation;

/**
 * What a point of a {@link TimelineLayout} is on, as {@link TimelinePainter} draws it: a model by
 * its marker, leader or label, or a "+N" badge by its box or leader. Where two are drawn over each
 * other the one painted last wins: the models in time order, then the badges, and over all of them
 * what reaches over the plot's edge (painted in a second pass clipped to the plot, so hit only
 * inside it). A point on nothing drawn but within a marker's or a leader's slack goes to the
 * nearest of those. Only what is drawn is hit: the items of the visible range. Arithmetic over
 * the items near the point's time (the layout's reach) and the badges; no JavaFX.
 */
final class LayoutHits {

    /** How far past its radius a marker still takes a click. */
    static final double MARKER_SLACK = 2;
    /** A leader as drawn: this far either side of its line. */
    static final double LINE_HALF = 1;
    /** How far from its line a leader still takes a click (a thin line is hard to hit). */
    static final double LEADER_SLACK = 4;

    /** A model ({@code item}) or a badge, whichever the point is on; the other is null. */
    record Hit(TimelineLayout.Item item, TimelineLayout.Badge badge) {
    }

    private LayoutHits() {
    }

    static Optional<Hit> at(TimelineLayout l, double x, double y) {
        List<TimelineLayout.Item> items = l.items();
        List<TimelineLayout.Badge> badges = l.badges();
        Box plot = l.plot();
        boolean inPlot = plot.contains(x, y);
        int[] drawn = l.visibleRange();
        double px = l.orientation() == Orientation.VERTICAL ? y : x;
        int from = Math.max(drawn[0], l.firstIndexAtOrAfter(l.axis().backward(px - l.reach())));
        int to = Math.min(drawn[1], l.firstIndexAtOrAfter(l.axis().backward(px + l.reach())));
        long stride = (long) items.size() + badges.size() + 1;
        Hit top = null;
        long topOrder = -1;
        Hit near = null;
        double nearD = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            TimelineLayout.Item it = items.get(i);
            if (!it.drawn()) {
                // Folded into its crowd's badge: nothing of it is on screen.
                continue;
            }
            boolean edge = atEdge(it, plot);
            if (edge && !inPlot) {
                continue;
            }
            double marker = Math.hypot(it.x() - x, it.y() - y) - it.r();
            TimelineLayout.Label label = it.label();
            double line = label == null ? Double.POSITIVE_INFINITY
                    : label.leader().map(ld -> distance(ld, x, y)).orElse(Double.POSITIVE_INFINITY);
            if (marker <= 0 || line <= LINE_HALF || (label != null && label.box().contains(x, y))) {
                long order = (edge ? 2 : 0) * stride + i;
                if (order > topOrder) {
                    top = new Hit(it, null);
                    topOrder = order;
                }
            } else {
                double d = Math.min(marker <= MARKER_SLACK ? marker : Double.POSITIVE_INFINITY,
                        line <= LEADER_SLACK ? line : Double.POSITIVE_INFINITY);
                if (d < nearD) {
                    near = new Hit(it, null);
                    nearD = d;
                }
            }
        }
        for (int k = 0; k < badges.size(); k++) {
            TimelineLayout.Badge b = badges.get(k);
            boolean edge = atEdge(b, plot);
            if (edge && !inPlot) {
                continue;
            }
            double line = b.leader().map(ld -> distance(ld, x, y)).orElse(Double.POSITIVE_INFINITY);
            if (b.box().contains(x, y) || line <= LINE_HALF) {
                long order = ((edge ? 2 : 0) + 1) * stride + k;
                if (order > topOrder) {
                    top = new Hit(null, b);
                    topOrder = order;
                }
            } else if (line <= LEADER_SLACK && line < nearD) {
                near = new Hit(null, b);
                nearD = line;
            }
        }
        return Optional.ofNullable(top != null ? top : near);
    }

    /**
     * Whether the painter draws an item in its second, clipped pass: its label reaches over the
     * plot's edge (TimelinePainter.Edges uses this rule, so hits and drawing agree).
     */
    static boolean atEdge(TimelineLayout.Item it, Box plot) {
        return it.label() != null && !plot.encloses(it.label().box());
    }

    /** Whether the painter draws a badge in its second, clipped pass: it or its leader's start lies over the edge. */
    static boolean atEdge(TimelineLayout.Badge b, Box plot) {
        return !plot.encloses(b.box()) || b.leader().map(ld -> !plot.contains(ld.fromX(), ld.fromY())).orElse(false);
    }

    /** The distance from a point to a leader's line (both legs of a stepped one). */
    static double distance(LabelPlacer.Leader l, double x, double y) {
        return Math.min(segment(x, y, l.fromX(), l.fromY(), l.bendX(), l.bendY()),
                segment(x, y, l.bendX(), l.bendY(), l.toX(), l.toY()));
    }

    private static double segment(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
        return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
    }
}

package org.genaitimeline.timeline;

import java.util.List;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.LabelPlacer.Leader;
import org.genaitimeline.figure.LabelPlacer.Placement;
import org.genaitimeline.figure.LabelPlacer.Rule;

/**
 * Which free spot a label takes. The spots come best first by where the label sits (near its
 * marker, running right), but a spot a little further down that list with a much shorter leader
 * reads better: a long line across a dense era is hard to follow, and it fences off room the next
 * labels need. So the search does not stop at the first free spot; it looks a little further and
 * keeps the cheapest by {@link #cost}, and a spot beside the marker (no leader at all) beats
 * every spot with one. A leader longer than the cap is never taken: a label that far from its
 * marker reads as a neighbour's, and a badge is more honest.
 */
final class ShortLeaders {

    /** How many spots past the first free one are still looked at. */
    static final int LOOK_FURTHER = 48;
    /** What one step down the list of spots costs, in pixels of leader: a tie keeps the spots' own order. */
    private static final double RANK_COST = 1.0;

    private final LabelPlacer placer;
    private final Rule rule;
    private final boolean vertical;
    private final double lineH;
    private final double gap;
    private final double cap;

    /**
     * @param rule what a spot and its leader must satisfy
     * @param gap the air between a marker and a label beside it
     * @param cap the longest leader taken, in pixels
     */
    ShortLeaders(LabelPlacer placer, Rule rule, boolean vertical, double lineH, double gap, double cap) {
        this.placer = placer;
        this.rule = rule;
        this.vertical = vertical;
        this.lineH = lineH;
        this.gap = gap;
        this.cap = cap;
    }

    /** The leader's length along both its legs. */
    static double length(Leader l) {
        return Math.hypot(l.bendX() - l.fromX(), l.bendY() - l.fromY())
                + Math.hypot(l.toX() - l.bendX(), l.toY() - l.bendY());
    }

    /** What taking a spot costs: its leader's length, and a little for each place it lies below the best spot. */
    static double cost(int rank, Leader l) {
        return length(l) + rank * RANK_COST;
    }

    private record Choice(Box box, Leader leader, double cost) {
    }

    /**
     * Takes the cheapest free spot among the candidates for the marker at (cx, cy) of radius r
     * ({@code own} as the placer knows it), only those touching {@code within} when it is not
     * null; null when none is free.
     */
    Placement take(double cx, double cy, double r, Box own, List<Box> candidates, Box within) {
        Choice best = null;
        int rank = 0;
        int firstFree = -1;
        for (Box b : candidates) {
            rank++;
            if (firstFree >= 0 && rank > firstFree + LOOK_FURTHER) {
                break;
            }
            if ((within != null && !b.intersects(within)) || !placer.free(b, null, rule)) {
                continue;
            }
            if (LabelSpots.distance(cx, cy, b) <= r + gap + 0.5 && placer.nearestMarkerIs(own, b)) {
                best = new Choice(b, null, 0);
                break;
            }
            for (Leader l : LeaderRoutes.to(cx, cy, r, b, own, vertical, 3 * lineH)) {
                double cost = cost(rank, l);
                if ((best == null || cost < best.cost()) && length(l) <= cap && placer.free(b, l, rule)) {
                    best = new Choice(b, l, cost);
                    firstFree = firstFree < 0 ? rank : firstFree;
                    break;
                }
            }
        }
        Choice chosen = best;
        return chosen == null ? null
                : placer.place(rule, offer -> offer.offer(chosen.box(), chosen.leader())).orElse(null);
    }
}

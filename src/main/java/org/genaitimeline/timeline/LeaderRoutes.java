package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer.Leader;

/**
 * The ways a leader may run from a marker to a label placed away from it, best first: straight,
 * then stepped with its first leg along time (the marker's own line, which {@link MarkerFan}
 * keeps free of other markers for a few markers' length), then stepped with its first leg
 * across. A straight line from the middle of a dense run cuts through its neighbours; an elbow
 * leaves the run along its free line and turns into a gap between the tiers.
 */
final class LeaderRoutes {

    private LeaderRoutes() {
    }

    /**
     * Leaders from the marker at (cx, cy) of radius r to the box, best first; {@code own} is the
     * marker's box as the placer knows it.
     */
    static List<Leader> to(double cx, double cy, double r, Box b, Box own, boolean vertical, double maxAlong) {
        List<Leader> out = new ArrayList<>(3);
        out.add(Leader.between(cx, cy, r, b, own));
        Leader along = vertical ? alongY(cx, cy, r, b, own) : alongX(cx, cy, r, b, own);
        Leader across = vertical ? alongX(cx, cy, r, b, own) : alongY(cx, cy, r, b, own);
        // A long leg along time reads as a line of the axis, not as a leader: keep it short.
        if (along != null && legAlong(along, vertical) <= maxAlong) {
            out.add(along);
        }
        if (across != null) {
            out.add(across);
        }
        return out;
    }

    private static double legAlong(Leader l, boolean vertical) {
        return vertical ? Math.abs(l.bendY() - l.fromY()) : Math.abs(l.bendX() - l.fromX());
    }

    /** First a vertical leg to the box's middle line, then a horizontal one into its side. */
    private static Leader alongY(double cx, double cy, double r, Box b, Box own) {
        boolean beside = cx < b.x() || cx > b.maxX();
        double by = b.centerY();
        if (!beside || Math.abs(by - cy) <= r) {
            return null;
        }
        return Leader.stepped(cx, cy, r, cx, by, b, own);
    }

    /** First a horizontal leg to a point near the box's end nearer the marker, then a vertical one into it. */
    private static Leader alongX(double cx, double cy, double r, Box b, Box own) {
        boolean aboveOrBelow = cy < b.y() || cy > b.maxY();
        if (!aboveOrBelow || (cx >= b.x() && cx <= b.maxX())) {
            return null;
        }
        double inset = Math.min(b.w() / 2, b.h() / 2);
        double bx = cx < b.x() ? b.x() + inset : b.maxX() - inset;
        if (Math.abs(bx - cx) <= r) {
            return null;
        }
        return Leader.stepped(cx, cy, r, bx, cy, b, own);
    }
}

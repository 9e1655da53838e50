package org.genaitimeline.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.BoxIndex;

/**
 * Places a label beside each point so that no label overlaps another label or any point,
 * and every label stays inside the bounds. The printed figure needed hand placement; this
 * does it greedily: first the positions right around the point (below, centred, as the
 * figure mostly prints them; then right, left, above, the corners), and when all of those are
 * taken, further out in rings with a leader line back to the point.
 */
public final class LabelPlacer {

    /** A point and the size of its label. */
    public record Anchor(double x, double y, double radius, double width, double height) {
    }

    /**
     * Where a label goes.
     *
     * @param box the label's rectangle (its lines are centred in it)
     * @param leader whether it sits away from its point and needs a line back to it
     * @param leaderX where the leader meets the label
     * @param leaderY where the leader meets the label
     */
    public record Placement(Box box, boolean leader, double leaderX, double leaderY) {
    }

    /** Space between a point and its label. */
    static final double GAP = 2;
    /** How many rings the move-aside search tries. */
    private static final int RINGS = 20;
    private static final int ANGLES = 24;

    private final Box bounds;
    private final List<Box> obstacles;

    /**
     * @param bounds labels must lie inside
     * @param obstacles other things labels must not cover (the legend)
     */
    public LabelPlacer(Box bounds, List<Box> obstacles) {
        this.bounds = bounds;
        this.obstacles = List.copyOf(obstacles);
    }

    /** One placement per anchor, in order; empty where no free spot was found. */
    public List<Optional<Placement>> place(List<Anchor> anchors) {
        BoxIndex taken = new BoxIndex(48);
        BoxIndex labels = new BoxIndex(48);
        BoxIndex pointIndex = new BoxIndex(48);
        obstacles.forEach(taken::add);
        obstacles.forEach(labels::add);
        List<Box> points = new ArrayList<>(anchors.size());
        for (Anchor a : anchors) {
            Box p = Box.around(a.x, a.y, a.radius);
            points.add(p);
            taken.add(p);
            pointIndex.add(p);
        }
        List<Optional<Placement>> out = new ArrayList<>(anchors.size());
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            Optional<Placement> p = near(a, taken);
            if (p.isEmpty()) {
                p = aside(a, points.get(i), taken, labels, pointIndex);
            }
            if (p.isEmpty()) {
                // A point buried among others (GPT-4 under PanGu) has no clear line out:
                // let its leader cross points, never labels.
                p = aside(a, points.get(i), taken, labels, null);
            }
            if (p.isEmpty()) {
                // Last resort: a leader over another label beats a missing label.
                p = aside(a, points.get(i), taken, null, null);
            }
            p.ifPresent(pl -> {
                taken.add(pl.box);
                labels.add(pl.box);
            });
            out.add(p);
        }
        return out;
    }

    private Optional<Placement> near(Anchor a, BoxIndex taken) {
        double r = a.radius + GAP;
        double w = a.width;
        double h = a.height;
        double[][] spots = {
            {a.x - w / 2, a.y + r},               // below, centred (the figure's usual place)
            {a.x + r, a.y - h / 2},               // right
            {a.x - r - w, a.y - h / 2},           // left
            {a.x - w / 2, a.y - r - h},           // above
            {a.x + r * 0.7, a.y + r * 0.7},       // below right
            {a.x - r * 0.7 - w, a.y + r * 0.7},   // below left
            {a.x + r * 0.7, a.y - r * 0.7 - h},   // above right
            {a.x - r * 0.7 - w, a.y - r * 0.7 - h} // above left
        };
        for (double[] s : spots) {
            Box b = new Box(s[0], s[1], w, h);
            if (bounds.encloses(b) && !taken.hits(b, null)) {
                return Optional.of(new Placement(b, false, 0, 0));
            }
        }
        return Optional.empty();
    }

    private Optional<Placement> aside(Anchor a, Box own, BoxIndex taken, BoxIndex labels, BoxIndex points) {
        double step = Math.max(6, a.height / 2);
        for (int k = 1; k <= RINGS; k++) {
            double d = a.radius + GAP + k * step;
            for (int i = 0; i < ANGLES; i++) {
                // Start below and alternate sides, so near-vertical moves (the readable ones) come first.
                double angle = Math.PI / 2 + (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * (2 * Math.PI / ANGLES);
                double cx = a.x + Math.cos(angle) * (d + a.width / 2);
                double cy = a.y + Math.sin(angle) * (d + a.height / 2);
                Box b = new Box(cx - a.width / 2, cy - a.height / 2, a.width, a.height);
                if (!bounds.encloses(b) || taken.hits(b, null)) {
                    continue;
                }
                double lx = clamp(a.x, b.x(), b.maxX());
                double ly = clamp(a.y, b.y(), b.maxY());
                double sx = a.x + (lx - a.x) * startFraction(a, lx, ly);
                double sy = a.y + (ly - a.y) * startFraction(a, lx, ly);
                // The leader crosses no label and, when points is given, no other point.
                if (labels != null && labels.crossed(sx, sy, lx, ly, null) || points != null && points.crossed(sx, sy, lx, ly, own)) {
                    continue;
                }
                return Optional.of(new Placement(b, true, lx, ly));
            }
        }
        return Optional.empty();
    }

    /** The leader starts at the point's edge, not its centre. */
    private static double startFraction(Anchor a, double lx, double ly) {
        double len = Math.hypot(lx - a.x, ly - a.y);
        return len == 0 ? 0 : Math.min(1, a.radius / len);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

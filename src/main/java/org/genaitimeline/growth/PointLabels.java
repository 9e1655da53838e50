package org.genaitimeline.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.LabelPlacer.Candidates;
import org.genaitimeline.figure.LabelPlacer.Leader;
import org.genaitimeline.figure.LabelPlacer.Leaders;
import org.genaitimeline.figure.LabelPlacer.Placement;
import org.genaitimeline.figure.LabelPlacer.Rule;

/**
 * The growth chart's labels: one beside each point, so that no label overlaps another label or
 * any point, and every label stays inside the bounds. The printed figure needed hand
 * placement; this offers the {@link LabelPlacer} the positions right around the point first
 * (below, centred, as the figure mostly prints them; then right, left, above, the corners), and
 * when all of those are taken, spots further out in rings with a leader line back to the point.
 */
public final class PointLabels {

    /** A point and the size of its label. */
    public record Anchor(double x, double y, double radius, double width, double height) {
    }

    /** Space between a point and its label. */
    static final double GAP = 2;
    /** How many rings the move-aside search tries. */
    private static final int RINGS = 20;
    private static final int ANGLES = 24;
    private static final double CELL = 48;

    private final Box bounds;
    private final List<Box> obstacles;
    private final int rings;
    private final boolean overLabels;

    /**
     * @param bounds labels must lie inside
     * @param obstacles other things labels must not cover (the legend)
     */
    public PointLabels(Box bounds, List<Box> obstacles) {
        this(bounds, obstacles, RINGS, true);
    }

    /**
     * @param rings how far a label may move aside, in rings of about half a label's height
     *     (a dense chart keeps its few labels close: long leaders across a cloud read badly)
     * @param overLabels whether a label that finds no other spot may have a leader over
     *     another label (a sparse chart names every point; a dense one does without the label)
     */
    public PointLabels(Box bounds, List<Box> obstacles, int rings, boolean overLabels) {
        this.bounds = bounds;
        this.obstacles = List.copyOf(obstacles);
        this.rings = rings;
        this.overLabels = overLabels;
    }

    /** One placement per anchor, in order; empty where no free spot was found. */
    public List<Optional<Placement>> place(List<Anchor> anchors) {
        return place(anchors, java.util.stream.IntStream.range(0, anchors.size()).toArray(), true);
    }

    /**
     * Labels only some anchors.
     *
     * @param labelled the indexes of the anchors to label, in the order they are placed
     * @param avoidAllPoints whether labels keep off every point, or only off the labelled ones
     *     (a dense chart's small translucent dots may lie under a label)
     * @return one placement per anchor; empty for the anchors not labelled
     */
    public List<Optional<Placement>> place(List<Anchor> anchors, int[] labelled, boolean avoidAllPoints) {
        LabelPlacer placer = new LabelPlacer(CELL);
        // Leaders must not cross the legend either: it counts as a label.
        obstacles.forEach(placer::addLabel);
        List<Box> points = new ArrayList<>(anchors.size());
        for (Anchor a : anchors) {
            points.add(Box.around(a.x, a.y, a.radius));
        }
        if (avoidAllPoints) {
            points.forEach(placer::addMarker);
        } else {
            for (int i : labelled) {
                placer.addMarker(points.get(i));
            }
        }
        Rule rule = Rule.inside(bounds);
        List<Optional<Placement>> out = new ArrayList<>(java.util.Collections.nCopies(anchors.size(),
                Optional.<Placement>empty()));
        List<Leader> leaders = new ArrayList<>();
        for (int i : labelled) {
            Anchor a = anchors.get(i);
            Candidates around = aside(a, points.get(i));
            Candidates aside = clearOf(leaders, around);
            Optional<Placement> p = placer.place(rule, clearOf(leaders, near(a)));
            if (p.isEmpty()) {
                p = placer.place(rule.withLeaders(Leaders.AVOID_LABELS_AND_MARKERS), aside);
            }
            if (p.isEmpty()) {
                // A point buried among others (GPT-4 under PanGu) has no clear line out:
                // let its leader cross points, never labels nor other leaders.
                p = placer.place(rule.withLeaders(Leaders.AVOID_LABELS), aside);
            }
            if (p.isEmpty() && overLabels) {
                // Last resort: a leader over another label beats a missing label.
                p = placer.place(rule, around);
            }
            p.map(Placement::line).filter(java.util.Objects::nonNull).ifPresent(leaders::add);
            out.set(i, p);
        }
        return out;
    }

    /**
     * The candidates whose box no earlier leader crosses and whose own leader crosses no
     * earlier one: two leaders in an X read as each other's.
     */
    private static Candidates clearOf(List<Leader> earlier, Candidates candidates) {
        return offer -> candidates.generate((box, leader) -> {
            for (Leader e : earlier) {
                if (e.crosses(box) || leader != null && cross(e, leader)) {
                    return false;
                }
            }
            return offer.offer(box, leader);
        });
    }

    /** Whether two straight leaders cross (touching ends do not count). */
    static boolean cross(Leader a, Leader b) {
        double d1 = side(a, b.fromX(), b.fromY());
        double d2 = side(a, b.toX(), b.toY());
        double d3 = side(b, a.fromX(), a.fromY());
        double d4 = side(b, a.toX(), a.toY());
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(Leader l, double px, double py) {
        return (l.toX() - l.fromX()) * (py - l.fromY()) - (l.toY() - l.fromY()) * (px - l.fromX());
    }

    private static Candidates near(Anchor a) {
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
        return offer -> {
            for (double[] s : spots) {
                if (offer.offer(new Box(s[0], s[1], w, h), null)) {
                    return;
                }
            }
        };
    }

    private Candidates aside(Anchor a, Box own) {
        double step = Math.max(6, a.height / 2);
        return offer -> {
            for (int k = 1; k <= rings; k++) {
                double d = a.radius + GAP + k * step;
                for (int i = 0; i < ANGLES; i++) {
                    // Start below and alternate sides, so near-vertical moves (the readable ones) come first.
                    double angle = Math.PI / 2 + (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * (2 * Math.PI / ANGLES);
                    double cx = a.x + Math.cos(angle) * (d + a.width / 2);
                    double cy = a.y + Math.sin(angle) * (d + a.height / 2);
                    Box b = new Box(cx - a.width / 2, cy - a.height / 2, a.width, a.height);
                    if (offer.offer(b, Leader.between(a.x, a.y, a.radius, b, own))) {
                        return;
                    }
                }
            }
        };
    }
}

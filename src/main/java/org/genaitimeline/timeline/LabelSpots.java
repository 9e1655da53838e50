package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaitimeline.figure.Box;

/**
 * The spots a label may take around its marker, best first: beside it, then in tiers on both
 * sides of the lane's marker line, moved a bounded distance along time (the way vis-timeline
 * stacks items, but for labels). Vertical: time runs down, tiers are columns across the lane;
 * horizontal: time runs right, tiers are rows above and below the markers. Spots away from the
 * marker need a leader line; {@link LaneLabels} decides that, since it knows the neighbours.
 * Tiers reach as far across as the lane is deep (at least a few lines), into neighbouring
 * lanes where they have room.
 */
final class LabelSpots {

    /** How far (in lines) a label may move along time from its marker, so it stays near it. */
    private static final double ALONG_LINES = 14;
    /**
     * How far (in lines) a tier may lie across from its marker, at least: a label may use the
     * empty room of a neighbouring lane, as the printed figure's labels do.
     */
    private static final double ACROSS_LINES = 8;

    /** What moving a label one pixel right along its row costs, against moving it one pixel farther away. */
    private static final double RIGHT_SHIFT_COST = 0.5;
    private static final double LEFT_SHIFT_COST = 2;

    /**
     * The best thousand spots inside the plot are plenty; past them a label is better in a badge,
     * and layout stays fast. Counted inside the plot, so a marker near its edge has as many.
     */
    static final int MAX_SPOTS = 1000;
    /**
     * In a crowd (more models in badges than the repair takes on) the best two hundred: there a
     * label that finds none of them free joins a badge anyway, and each spot tried is an index
     * look-up; with a thousand, a crowd of 10,000 took seconds to lay out.
     */
    static final int CROWD_SPOTS = 200;
    /** However deep its lane, a label stays within this many lines across of its marker. */
    private static final double MAX_ACROSS_LINES = 14;

    private final Map<List<Double>, List<Box>> cache = new HashMap<>();
    private final boolean vertical;
    private final double lineH;
    private final double gap;
    private final Box plot;

    LabelSpots(boolean vertical, double lineH, double gap, Box plot) {
        this.vertical = vertical;
        this.plot = plot;
        this.lineH = lineH;
        // A hair more than the air: the placer inflates each spot by the air, and with a scale such
        // as 1.3 the rounding of (x + air) - air would make a spot beside its marker touch it.
        this.gap = gap + 0.01;
    }

    private record Spot(Box box, double cost) {
    }

    /** At most {@code most} candidate boxes of width w inside the plot for the marker at (cx, cy) of radius r, best first. */
    List<Box> around(double cx, double cy, double r, double w, Lane lane, int most) {
        double reach = Math.min(Math.max(lane.size(), ACROSS_LINES * lineH), MAX_ACROSS_LINES * lineH);
        List<Box> offsets = cache.computeIfAbsent(List.of(w, reach, r), k -> offsets(r, w, reach));
        List<Box> out = new ArrayList<>(most);
        for (int i = 0; i < offsets.size() && out.size() < most; i++) {
            Box b = offsets.get(i);
            Box spot = new Box(cx + b.x(), cy + b.y(), b.w(), b.h());
            if (plot.encloses(spot)) {
                out.add(spot);
            }
        }
        return out;
    }

    /** The best spots around a marker at the origin: labels of one width share them. */
    private List<Box> offsets(double r, double w, double reach) {
        double cx = 0;
        double cy = 0;
        List<Spot> spots = new ArrayList<>();
        double h = lineH;
        if (vertical) {
            double right = cx + r + gap;
            double left = cx - r - gap - w;
            // Columns two lines apart: near enough to pack, few enough to stay fast with thousands of labels.
            double col = 2 * h;
            for (double x = right; x + w <= right + reach || x == right; x += col) {
                addAlong(spots, cx, cy, x, w, h, 0);
            }
            for (double x = left; x >= left - reach || x == left; x -= col) {
                // Reading runs left to right: the right side wins a tie.
                addAlong(spots, cx, cy, x, w, h, h / 2);
            }
            // Straight above or below the marker: in a fanned row its neighbours block both sides,
            // but the fan keeps its own line along time free.
            addAcross(spots, cx, cy, r, cy - r - gap - h, w, h);
            addAcross(spots, cx, cy, r, cy + r + gap, w, h);
        } else {
            double above = cy - r - gap - h;
            double below = cy + r + gap;
            for (double y = above; y >= above - reach; y -= h / 2) {
                addAcross(spots, cx, cy, r, y, w, h);
            }
            for (double y = below; y <= below + reach; y += h / 2) {
                addAcross(spots, cx, cy, r, y, w, h);
            }
            add(spots, cx, cy, new Box(cx + r + gap, cy - h / 2, w, h), h);
            add(spots, cx, cy, new Box(cx - r - gap - w, cy - h / 2, w, h), h);
        }
        spots.sort(Comparator.comparingDouble(Spot::cost));
        return spots.stream().map(Spot::box).toList();
    }

    /** A column of spots at x, moved along time in half lines. */
    private void addAlong(List<Spot> spots, double cx, double cy, double x, double w, double h, double penalty) {
        int steps = (int) (ALONG_LINES * 2);
        for (int k = -steps; k <= steps; k++) {
            // The small step cost breaks ties towards the marker's own line.
            add(spots, cx, cy, new Box(x, cy - h / 2 + k * h / 2, w, h), penalty + Math.abs(k) * 0.01);
        }
    }

    /**
     * A row of spots at y, from wholly left of the marker to wholly right of it. The row's
     * distance from the marker costs; a label is best starting at its marker and running right,
     * and running left over the markers before it costs most, since those are placed later
     * (right to left) and need the room above them for their leaders: a dense run then stacks as
     * a staircase whose straight leaders pass clear of every label.
     */
    private void addAcross(List<Spot> spots, double cx, double cy, double r, double y, double w, double h) {
        double home = cx - r;
        int steps = (int) Math.ceil((w + r + gap + ALONG_LINES * h / 2) / h);
        double tier = Math.min(Math.abs(y - cy), Math.abs(y + h - cy));
        for (int k = -steps; k <= steps; k++) {
            double shift = k * h;
            spots.add(new Spot(new Box(home + shift, y, w, h),
                    tier + Math.abs(shift) * (shift < 0 ? LEFT_SHIFT_COST : RIGHT_SHIFT_COST)));
        }
    }

    private static void add(List<Spot> spots, double cx, double cy, Box b, double penalty) {
        spots.add(new Spot(b, distance(cx, cy, b) + penalty));
    }

    /** From a marker's centre to the nearest point of a box. */
    static double distance(double cx, double cy, Box b) {
        double dx = cx - Math.max(b.x(), Math.min(cx, b.maxX()));
        double dy = cy - Math.max(b.y(), Math.min(cy, b.maxY()));
        return Math.hypot(dx, dy);
    }
}

package org.genaitimeline.figure;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The label-placement engine both figures share. It keeps what is taken in two
 * {@link BoxIndex}es, markers (the points and circles) and labels (placed labels and other
 * obstacles such as a legend), and places one label at a time: the figure offers candidate
 * spots in its order of preference ({@link Candidates}) and the first one that lies in the room
 * allowed, covers nothing taken and whose leader line crosses nothing the {@link Rule} forbids
 * is taken. Greedy and in order, so a figure's priorities decide who gets the good spots; each
 * figure keeps its own candidates and fallbacks (the timeline's tiers and "+N" badges, the
 * growth chart's rings).
 */
public final class LabelPlacer {

    /**
     * The line from a marker to a label placed away from it: straight, or stepped (an elbow),
     * first along {@code from -> bend}, then {@code bend -> to}. A stepped leader can leave a
     * crowd of markers along the marker's own free line and then turn towards its label, where a
     * straight one would cut through the crowd.
     *
     * @param fromX where it leaves the marker
     * @param fromY where it leaves the marker
     * @param bendX where it turns (equal to the start for a straight leader)
     * @param bendY where it turns
     * @param toX where it meets the label
     * @param toY where it meets the label
     * @param marker the marker it leaves (the same instance as added), which it may cross; or null
     */
    public record Leader(double fromX, double fromY, double bendX, double bendY, double toX, double toY,
            Box marker) {

        /** A straight leader. */
        public Leader(double fromX, double fromY, double toX, double toY, Box marker) {
            this(fromX, fromY, fromX, fromY, toX, toY, marker);
        }

        /** Whether it has two segments. */
        public boolean stepped() {
            return bendX != fromX || bendY != fromY;
        }

        /**
         * Whether a segment of this leader lies on one of the other's, or close beside it, for a
         * few pixels: drawn, the two read as one line (the rule the placer keeps, {@link SegmentIndex}).
         */
        public boolean sharesLineWith(Leader o) {
            double[][] mine = segments();
            double[][] theirs = o.segments();
            for (double[] a : mine) {
                for (double[] b : theirs) {
                    if (SegmentIndex.runAlong(a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3])) {
                        return true;
                    }
                }
            }
            return false;
        }

        private double[][] segments() {
            return stepped() ? new double[][] {{fromX, fromY, bendX, bendY}, {bendX, bendY, toX, toY}}
                    : new double[][] {{bendX, bendY, toX, toY}};
        }

        /** Whether either segment passes through the box. */
        public boolean crosses(Box b) {
            return (stepped() && b.crossedBy(fromX, fromY, bendX, bendY)) || b.crossedBy(bendX, bendY, toX, toY);
        }

        /**
         * The shortest line from a round marker's edge to a label box: it meets the box at the
         * box's point nearest the marker's centre.
         */
        public static Leader between(double cx, double cy, double radius, Box label, Box marker) {
            double lx = clamp(cx, label.x(), label.maxX());
            double ly = clamp(cy, label.y(), label.maxY());
            double len = Math.hypot(lx - cx, ly - cy);
            double f = len == 0 ? 0 : Math.min(1, radius / len);
            return new Leader(cx + (lx - cx) * f, cy + (ly - cy) * f, lx, ly, marker);
        }

        /**
         * A stepped line: from the round marker's edge towards the bend, then on to the label
         * box's point nearest the bend.
         */
        public static Leader stepped(double cx, double cy, double radius, double bendX, double bendY, Box label,
                Box marker) {
            Leader first = between(cx, cy, radius, Box.around(bendX, bendY, 0), marker);
            double lx = clamp(bendX, label.x(), label.maxX());
            double ly = clamp(bendY, label.y(), label.maxY());
            return new Leader(first.fromX(), first.fromY(), bendX, bendY, lx, ly, marker);
        }
    }

    /**
     * Where a label goes.
     *
     * @param box the label's rectangle (its lines are centred in it)
     * @param leader whether it sits away from its marker and needs a line back to it
     * @param leaderX where the leader meets the label
     * @param leaderY where the leader meets the label
     * @param line the leader itself, as checked; null without one
     */
    public record Placement(Box box, boolean leader, double leaderX, double leaderY, Leader line) {
    }

    /** What a leader line may cross. */
    public enum Leaders {
        /** Anything: the figure draws its leaders where they cannot mislead. */
        UNCHECKED(false, false, false),
        /** No label; markers are fine (a marker buried among others has no clear line out). */
        AVOID_LABELS(true, false, false),
        /** Neither a label nor a marker other than its own. */
        AVOID_LABELS_AND_MARKERS(true, false, true),
        /**
         * Neither a label, a marker other than its own, nor an earlier leader; and the leader
         * is kept clear: no later label may cover it. It also keeps {@link #CLEARANCE} off other
         * markers once it has left its own.
         */
        KEEP_CLEAR(true, true, true);

        private final boolean labels;
        private final boolean leaders;
        private final boolean markers;

        Leaders(boolean labels, boolean leaders, boolean markers) {
            this.labels = labels;
            this.leaders = leaders;
            this.markers = markers;
        }
    }

    /**
     * What a spot must satisfy.
     *
     * @param room where the label may lie (the plot, a lane, a band)
     * @param air the space kept free around it, so neighbours never read as one word
     * @param leaders what its leader may cross
     */
    public record Rule(Predicate<Box> room, double air, Leaders leaders) {

        /** Inside a box, touching nothing, leaders unchecked. */
        public static Rule inside(Box bounds) {
            return new Rule(bounds::encloses, 0, Leaders.UNCHECKED);
        }

        public Rule withLeaders(Leaders l) {
            return new Rule(room, air, l);
        }
    }

    /** Receives candidate spots; returns true when it took one, so the generator stops. */
    @FunctionalInterface
    public interface Offer {
        boolean offer(Box box, Leader leader);
    }

    /** Offers a label's candidate spots in order of preference, until one is taken. */
    @FunctionalInterface
    public interface Candidates {
        void generate(Offer offer);
    }

    /** How far a leader keeps from markers not its own: a line along a marker's edge reads as its. */
    static final double CLEARANCE = 1;
    /** The start of a leader exempt from {@link #CLEARANCE}: it leaves a fan whose neighbours stand 1 px apart. */
    static final double LEAVING = 4;
    private final BoxIndex markers;
    private final BoxIndex labels;
    private final SegmentIndex leaderLines;

    /** @param cell the index's cell size, about a label's height */
    public LabelPlacer(double cell) {
        this.markers = new BoxIndex(cell);
        this.labels = new BoxIndex(cell);
        this.leaderLines = new SegmentIndex(cell);
    }

    /** A marker labels must not cover and (by the rule) leaders must not cross. */
    public void addMarker(Box b) {
        markers.add(b);
    }

    /** A placed label, or an obstacle treated like one (a legend, an era's name). */
    public void addLabel(Box b) {
        labels.add(b);
    }

    /** Frees a label's space (by identity), when a figure trades the label for something else. */
    public void removeLabel(Box b) {
        labels.remove(b);
    }

    /** The first candidate that is free under the rule, now taken as a label; empty if none is. */
    public Optional<Placement> place(Rule rule, Candidates candidates) {
        Placement[] found = new Placement[1];
        candidates.generate((box, leader) -> {
            if (!free(box, leader, rule)) {
                return false;
            }
            found[0] = leader == null ? new Placement(box, false, 0, 0, null)
                    : new Placement(box, true, leader.toX(), leader.toY(), leader);
            return true;
        });
        if (found[0] == null) {
            return Optional.empty();
        }
        labels.add(found[0].box());
        if (rule.leaders().leaders) {
            addLeader(found[0].line());
        }
        return Optional.of(found[0]);
    }

    private void addLeader(Leader line) {
        if (line == null) {
            return;
        }
        if (line.stepped()) {
            leaderLines.add(line.fromX(), line.fromY(), line.bendX(), line.bendY());
        }
        leaderLines.add(line.bendX(), line.bendY(), line.toX(), line.toY());
    }

    /**
     * Takes a placement made under a rule that keeps leaders clear back (its box and its
     * leader), so a figure can try another arrangement; {@link #restore} puts it back.
     */
    public void remove(Placement p) {
        labels.remove(p.box());
        Leader line = p.line();
        if (line != null) {
            if (line.stepped()) {
                leaderLines.remove(line.fromX(), line.fromY(), line.bendX(), line.bendY());
            }
            leaderLines.remove(line.bendX(), line.bendY(), line.toX(), line.toY());
        }
    }

    /** Puts back a placement taken away by {@link #remove}. */
    public void restore(Placement p) {
        labels.add(p.box());
        addLeader(p.line());
    }

    /** Whether a spot (and its leader, if any) is free under the rule. */
    public boolean free(Box box, Leader leader, Rule rule) {
        if (!rule.room().test(box)) {
            return false;
        }
        Box probe = rule.air() == 0 ? box : box.inflate(rule.air());
        if (labels.hits(probe) || markers.hits(probe) || leaderLines.crosses(probe)) {
            return false;
        }
        if (leader == null) {
            return true;
        }
        if (leader.stepped() && !segmentFree(leader.fromX(), leader.fromY(), leader.bendX(), leader.bendY(),
                leader.marker(), rule)) {
            return false;
        }
        return segmentFree(leader.bendX(), leader.bendY(), leader.toX(), leader.toY(), leader.marker(), rule)
                && clearOfMarkers(leader, rule);
    }

    /**
     * Whether a leader keeps {@link #CLEARANCE} from every marker but its own past its first
     * {@link #LEAVING} pixels, where it leaves its own marker.
     */
    private boolean clearOfMarkers(Leader l, Rule rule) {
        if (rule.leaders() != Leaders.KEEP_CLEAR) {
            return true;
        }
        double[] from = {l.fromX(), l.fromY()};
        double[] to = l.stepped() ? new double[] {l.bendX(), l.bendY()} : new double[] {l.toX(), l.toY()};
        double len = Math.hypot(to[0] - from[0], to[1] - from[1]);
        double skip = Math.min(len, LEAVING);
        double sx = len == 0 ? from[0] : from[0] + (to[0] - from[0]) * skip / len;
        double sy = len == 0 ? from[1] : from[1] + (to[1] - from[1]) * skip / len;
        if (markers.crossed(sx, sy, to[0], to[1], l.marker(), CLEARANCE)) {
            return false;
        }
        return !l.stepped() || !markers.crossed(l.bendX(), l.bendY(), l.toX(), l.toY(), l.marker(), CLEARANCE);
    }

    /** Whether one segment of a leader crosses nothing the rule forbids (its own marker aside). */
    private boolean segmentFree(double x1, double y1, double x2, double y2, Box own, Rule rule) {
        if (rule.leaders().leaders && leaderLines.crosses(x1, y1, x2, y2)) {
            return false;
        }
        if (rule.leaders().labels && labels.crossed(x1, y1, x2, y2, null)) {
            return false;
        }
        return !(rule.leaders().markers && markers.crossed(x1, y1, x2, y2, own));
    }

    /**
     * Whether {@code own} is strictly the marker nearest to a label box (by the distance from a
     * marker's centre to the box), so the label reads as its without a leader line.
     */
    public boolean nearestMarkerIs(Box own, Box label) {
        double d = distance(own, label);
        return !markers.any(label.inflate(d), o -> o != own && distance(o, label) <= d);
    }

    private static double distance(Box marker, Box label) {
        double cx = marker.centerX();
        double cy = marker.centerY();
        return Math.hypot(cx - clamp(cx, label.x(), label.maxX()), cy - clamp(cy, label.y(), label.maxY()));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

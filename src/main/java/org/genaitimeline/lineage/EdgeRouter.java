package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes the links of the lineage figure so that none passes through a node it does not end
 * at. Rows of nodes alternate with empty channels (one above each row, one below the last).
 * A link leaves its parent at the end of the parent's name, through the gap that follows it,
 * runs along channels only, and crosses each row in between through a gap between two nodes
 * (the nearest to where it is going); it enters the child's marker from the channel beside
 * the child's row. Channels and gaps hold no node, so no link can cross one: the guarantee
 * is by construction, and the layout tests check it. A child right after its parent in the
 * same row is joined by a straight line, so chains read along one line.
 *
 * <p>The horizontal runs of each channel then get tracks (an interval colouring: the fewest
 * tracks for the runs that overlap), so two links never share a run; the links from one parent
 * into one channel share a track, as a family tree's bus does. Only then are the channels' heights
 * and the rows' y known, which is why routing is done in rows and x first.
 */
final class EdgeRouter {

    /**
     * A horizontal run in a channel.
     *
     * @param channel the channel's index (channel k lies above row k)
     * @param x0 where the link enters the channel
     * @param x1 where it leaves it
     * @param group runs of one group share a track
     */
    record Leg(int channel, double x0, double x1, String group) {
    }

    /** One link's route in rows and x: its legs, or none for a straight chain link. */
    record Routed(LineageGraph.Edge edge, NodeRows.Slot from, NodeRows.Slot to, double outX, List<Leg> legs) {
        boolean chain() {
            return legs.isEmpty();
        }
    }

    private final List<NodeRows.Row> rows;
    private final double gap;
    private final double sep;
    /** Per row, the x of each crossing taken and the parent whose links use it. */
    private final Map<Integer, TreeMap<Double, String>> used = new HashMap<>();
    private String owner;

    /**
     * @param rows the rows, top to bottom, their obstacles frozen
     * @param gap the least room between two nodes of a row
     * @param sep the spacing of parallel runs and crossings
     */
    EdgeRouter(List<NodeRows.Row> rows, double gap, double sep) {
        this.rows = rows;
        this.gap = gap;
        this.sep = sep;
    }

    /** Routes every link; {@code slots} by id. */
    List<Routed> route(List<LineageGraph.Edge> edges, Map<String, NodeRows.Slot> slots) {
        List<Routed> out = new ArrayList<>(edges.size());
        Map<String, Double> outX = new HashMap<>();
        for (LineageGraph.Edge e : edges) {
            NodeRows.Slot p = slots.get(e.from());
            NodeRows.Slot c = slots.get(e.to());
            if (p.row == c.row && next(p) == c) {
                out.add(new Routed(e, p, c, p.right, List.of()));
                continue;
            }
            // One way out per parent: its links fan out from one stub after its name.
            owner = e.from();
            double x = outX.computeIfAbsent(p.model.id(), id -> spread(p.row, p.right + gap / 2, p.right + gap / 4,
                    p.right + gap * 3 / 4));
            out.add(new Routed(e, p, c, x, legs(e, p, c, x)));
        }
        return out;
    }

    private List<Leg> legs(LineageGraph.Edge e, NodeRows.Slot p, NodeRows.Slot c, double start) {
        List<Leg> legs = new ArrayList<>();
        // All runs of one parent share tracks: its links read as one bus, as in a family tree.
        String group = "out:" + e.from();
        owner = e.from();
        double cur = start;
        int a = p.row;
        int b = c.row;
        if (b > a) {
            for (int k = a + 1; k < b; k++) {
                double x = cross(k, cur, c.cx);
                legs.add(new Leg(k, cur, x, group));
                cur = x;
            }
            legs.add(new Leg(b, cur, c.cx, group));
        } else if (b < a) {
            for (int k = a - 1; k > b; k--) {
                double x = cross(k, cur, c.cx);
                legs.add(new Leg(k + 1, cur, x, group));
                cur = x;
            }
            legs.add(new Leg(b + 1, cur, c.cx, group));
        } else {
            legs.add(new Leg(a, cur, c.cx, group));
        }
        return legs;
    }

    /** Where to cross row k coming from {@code cur} on the way to {@code target}: a free x. */
    private double cross(int k, double cur, double target) {
        NodeRows.Row row = rows.get(k);
        double m = gap / 4;
        int i = firstEndingAfter(row.ends, cur - m);
        boolean blocked = i < row.ends.length && row.starts[i] - m < cur;
        if (!blocked) {
            double lo = i == 0 ? Double.NEGATIVE_INFINITY : row.ends[i - 1] + m;
            double hi = i == row.ends.length ? Double.POSITIVE_INFINITY : row.starts[i] - m;
            return spread(k, cur, lo, hi);
        }
        double left = row.starts[i] - m;
        double right = row.ends[i] + m;
        double viaLeft = Math.abs(cur - left) + Math.abs(target - left);
        double viaRight = Math.abs(cur - right) + Math.abs(target - right);
        if (viaLeft <= viaRight) {
            double lo = i == 0 ? Double.NEGATIVE_INFINITY : row.ends[i - 1] + m;
            return spread(k, left, lo, left);
        }
        double hi = i + 1 == row.ends.length ? Double.POSITIVE_INFINITY : row.starts[i + 1] - m;
        return spread(k, right, right, hi);
    }

    /**
     * The free x nearest to {@code x} within [lo, hi] that keeps {@link #sep} from the crossings
     * of row k taken before; {@code x} itself when there is no such room.
     */
    private double spread(int k, double x, double lo, double hi) {
        TreeMap<Double, String> taken = used.computeIfAbsent(k, key -> new TreeMap<>());
        if (owner.equals(taken.get(x))) {
            return x; // the same parent's links cross together
        }
        for (int step = 0; step < 12; step++) {
            double off = (step + 1) / 2 * sep * (step % 2 == 0 ? 1 : -1);
            double v = x + off;
            if (v < lo || v > hi) {
                continue;
            }
            Double below = taken.floorKey(v);
            Double above = taken.ceilingKey(v);
            boolean clear = (below == null || v - below >= sep * 0.99) && (above == null || above - v >= sep * 0.99);
            if (clear) {
                taken.put(v, owner);
                return v;
            }
        }
        return x;
    }

    private static int firstEndingAfter(double[] ends, double v) {
        int i = Arrays.binarySearch(ends, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i < ends.length && ends[i] <= v) {
            i++;
        }
        return i;
    }

    private NodeRows.Slot next(NodeRows.Slot s) {
        List<NodeRows.Slot> row = rows.get(s.row).slots;
        int i = row.indexOf(s);
        return i + 1 < row.size() ? row.get(i + 1) : null;
    }

    /**
     * Tracks for the runs: per channel, the runs of a group merged into one span, spans sorted and
     * each given the lowest track whose last span ends before it starts. A run of no length is a
     * link passing straight through the channel: it needs no track (-1).
     *
     * @return the track of each leg, in the order of {@code routed}'s legs; the channel's track
     *     counts in {@code counts}
     */
    static Map<Leg, Integer> tracks(List<Routed> routed, int channels, double sep, int[] counts) {
        Map<String, double[]> spans = new LinkedHashMap<>();
        for (Routed r : routed) {
            for (Leg l : r.legs()) {
                if (l.x0() == l.x1()) {
                    continue;
                }
                String key = l.channel() + "|" + l.group();
                double[] s = spans.computeIfAbsent(key, k -> new double[] {l.channel(), Double.MAX_VALUE, -Double.MAX_VALUE});
                s[1] = Math.min(s[1], Math.min(l.x0(), l.x1()));
                s[2] = Math.max(s[2], Math.max(l.x0(), l.x1()));
            }
        }
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(spans.entrySet());
        sorted.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? Double.compare(x.getValue()[0], y.getValue()[0])
                : Double.compare(x.getValue()[1], y.getValue()[1]));
        Map<String, Integer> trackOf = new HashMap<>();
        List<List<Double>> ends = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            ends.add(new ArrayList<>());
        }
        for (Map.Entry<String, double[]> e : sorted) {
            List<Double> channel = ends.get((int) e.getValue()[0]);
            int t = 0;
            while (t < channel.size() && channel.get(t) + sep > e.getValue()[1]) {
                t++;
            }
            if (t == channel.size()) {
                channel.add(e.getValue()[2]);
            } else {
                channel.set(t, e.getValue()[2]);
            }
            trackOf.put(e.getKey(), t);
        }
        for (int c = 0; c < channels; c++) {
            counts[c] = ends.get(c).size();
        }
        Map<Leg, Integer> out = new HashMap<>();
        for (Routed r : routed) {
            for (Leg l : r.legs()) {
                out.put(l, trackOf.getOrDefault(l.channel() + "|" + l.group(), -1));
            }
        }
        return out;
    }
}

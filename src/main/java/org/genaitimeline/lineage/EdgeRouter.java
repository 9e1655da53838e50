package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** A horizontal run in a channel; its track is set by {@link ChannelTracks}. */
    static final class Leg {
        /** The channel's index (channel k lies above row k). */
        final int channel;
        /** Where the link enters the channel. */
        final double x0;
        /** Where it leaves it. */
        final double x1;
        /** Runs of one group (one parent's) share a track. */
        final int group;
        /** The track across the channel, -1 for none (a run of no length). */
        int track = -1;

        Leg(int channel, double x0, double x1, int group) {
            this.channel = channel;
            this.x0 = x0;
            this.x1 = x1;
            this.group = group;
        }
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
    private final double xMin;
    private final double xMax;
    /** Per row, the x of each crossing taken and the parent (slot index) whose links use it. */
    private final TreeMap<Double, Integer>[] used;
    private int owner;
    /** Per parent and way ("gpt+" down, "gpt-" up), the farthest row its links reach, and its trunk. */
    private final Map<String, Integer> farthest = new HashMap<>();
    private final Map<String, Double> trunks = new HashMap<>();

    /**
     * @param rows the rows, top to bottom, their obstacles frozen
     * @param gap the least room between two nodes of a row
     * @param sep the spacing of parallel runs and crossings
     * @param xMin the leftmost x a link may take (the plot's edge)
     * @param xMax the rightmost
     */
    EdgeRouter(List<NodeRows.Row> rows, double gap, double sep, double xMin, double xMax) {
        this.rows = rows;
        this.xMin = xMin;
        this.xMax = xMax;
        this.gap = gap;
        this.sep = sep;
        @SuppressWarnings("unchecked")
        TreeMap<Double, Integer>[] maps = new TreeMap[rows.size()];
        this.used = maps;
    }

    /** Routes every link; {@code slots} by id. */
    List<Routed> route(List<LineageGraph.Edge> edges, Map<String, NodeRows.Slot> slots) {
        List<Routed> out = new ArrayList<>(edges.size());
        Map<String, Double> outX = new HashMap<>();
        for (LineageGraph.Edge e : edges) {
            NodeRows.Slot p = slots.get(e.from());
            int row = slots.get(e.to()).row;
            if (row != p.row) {
                farthest.merge(e.from() + (row > p.row ? "+" : "-"), row, (x, y) -> row > p.row ? Math.max(x, y)
                        : Math.min(x, y));
            }
        }
        for (LineageGraph.Edge e : edges) {
            NodeRows.Slot p = slots.get(e.from());
            NodeRows.Slot c = slots.get(e.to());
            if (p.row == c.row && next(p) == c) {
                out.add(new Routed(e, p, c, p.right, List.of()));
                continue;
            }
            // One way out per parent: its links fan out from one stub after its name.
            owner = p.index;
            double x = outX.computeIfAbsent(p.model.id(), id -> spread(p.row, p.right + gap / 2, p.right + gap / 6,
                    p.right + gap * 5 / 6));
            out.add(new Routed(e, p, c, x, legs(e, p, c, x)));
        }
        return out;
    }

    private List<Leg> legs(LineageGraph.Edge e, NodeRows.Slot p, NodeRows.Slot c, double start) {
        List<Leg> legs = new ArrayList<>();
        // All runs of one parent share tracks: its links read as one bus, as in a family tree.
        int group = p.index;
        owner = p.index;
        double cur = start;
        int a = p.row;
        int b = c.row;
        Double trunk = b == a ? null : trunks.computeIfAbsent(e.from() + (b > a ? "+" : "-"),
                key -> trunk(a, farthest.get(key), start));
        if (b > a) {
            for (int k = a + 1; k < b; k++) {
                double x = trunk != null ? trunk : cross(k, cur, c.cx);
                legs.add(new Leg(k, cur, x, group));
                cur = x;
            }
            legs.add(new Leg(b, cur, c.cx, group));
        } else if (b < a) {
            for (int k = a - 1; k > b; k--) {
                double x = trunk != null ? trunk : cross(k, cur, c.cx);
                legs.add(new Leg(k + 1, cur, x, group));
                cur = x;
            }
            legs.add(new Leg(b + 1, cur, c.cx, group));
        } else {
            legs.add(new Leg(a, cur, c.cx, group));
        }
        return legs;
    }

    /**
     * One x, near {@code x0}, free in every row between a parent's row and the farthest row its
     * links go to that way, kept {@link #sep} from other parents' trunks: its links then run down
     * (or up) one line and branch off beside each child, as a family tree's trunk does, instead of
     * weaving around every node on the way. Null when a few moves to either side find none (the
     * links then cross row by row).
     */
    private Double trunk(int from, int to, double x0) {
        int lo = Math.min(from, to) + 1;
        int hi = Math.max(from, to) - 1;
        if (lo > hi) {
            return null;
        }
        Double right = slide(lo, hi, x0, 1);
        Double left = slide(lo, hi, x0, -1);
        Double best = right == null ? left : left == null ? right : x0 - left < right - x0 ? left : right;
        if (best != null) {
            for (int k = lo; k <= hi; k++) {
                taken(k).put(best, owner);
            }
        }
        return best;
    }

    private static final int TRUNK_MOVES = 16;

    private Double slide(int lo, int hi, double x0, int dir) {
        double m = gap / 4;
        double x = x0;
        for (int move = 0; move < TRUNK_MOVES; move++) {
            boolean moved = false;
            for (int k = lo; k <= hi && !moved; k++) {
                NodeRows.Row row = rows.get(k);
                int i = firstEndingAfter(row.ends, x - m);
                if (i < row.ends.length && row.starts[i] - m < x) {
                    x = dir > 0 ? row.ends[i] + m : row.starts[i] - m;
                    moved = true;
                    if (x < xMin || x > xMax) {
                        return null; // no way past the plot's edge
                    }
                    continue;
                }
                TreeMap<Double, Integer> taken = used[k];
                if (taken != null) {
                    Double near = dir > 0 ? taken.ceilingKey(x - sep * 0.99) : taken.floorKey(x + sep * 0.99);
                    if (near != null && Math.abs(near - x) < sep * 0.99 && taken.get(near) != owner) {
                        x = near + dir * sep;
                        moved = true;
                        if (x < xMin || x > xMax) {
                            return null;
                        }
                    }
                }
            }
            if (!moved) {
                return x;
            }
        }
        return null;
    }

    /** Where to cross row k coming from {@code cur} on the way to {@code target}: a free x. */
    private double cross(int k, double cur, double target) {
        NodeRows.Row row = rows.get(k);
        double m = gap / 4;
        int i = firstEndingAfter(row.ends, cur - m);
        boolean blocked = i < row.ends.length && row.starts[i] - m < cur;
        if (!blocked) {
            double lo = i == 0 ? xMin : row.ends[i - 1] + m;
            double hi = i == row.ends.length ? xMax : row.starts[i] - m;
            return spread(k, cur, lo, hi);
        }
        double left = row.starts[i] - m;
        double right = row.ends[i] + m;
        double viaLeft = Math.abs(cur - left) + Math.abs(target - left);
        double viaRight = Math.abs(cur - right) + Math.abs(target - right);
        // Never round a node past the plot's edge: the way that stays inside, else the shorter.
        if (right > xMax || (left >= xMin && viaLeft <= viaRight)) {
            double lo = i == 0 ? xMin : row.ends[i - 1] + m;
            return spread(k, left, lo, left);
        }
        double hi = i + 1 == row.ends.length ? xMax : row.starts[i + 1] - m;
        return spread(k, right, right, hi);
    }

    /**
     * The free x nearest to {@code x} within [lo, hi] that keeps {@link #sep} from the crossings
     * of row k taken before; {@code x} itself when there is no such room.
     */
    private double spread(int k, double x, double lo, double hi) {
        TreeMap<Double, Integer> taken = taken(k);
        Integer by = taken.get(x);
        if (by != null && by == owner) {
            return x; // the same parent's links cross together
        }
        java.util.NavigableMap<Double, Integer> near = taken.subMap(x - SPREAD_STEPS * sep, true,
                x + SPREAD_STEPS * sep, true);
        if (near.isEmpty()) {
            taken.put(x, owner);
            return x;
        }
        double[] others = new double[near.size()];
        int n = 0;
        for (double o : near.keySet()) {
            others[n++] = o;
        }
        for (int step = 0; step < 2 * SPREAD_STEPS; step++) {
            double v = x + (step + 1) / 2 * sep * (step % 2 == 0 ? 1 : -1);
            if (v < lo || v > hi) {
                continue;
            }
            boolean clear = true;
            for (double o : others) {
                clear &= Math.abs(o - v) >= sep * 0.99;
            }
            if (clear) {
                taken.put(v, owner);
                return v;
            }
        }
        return x;
    }

    /** How many steps of {@link #sep} a crossing may move aside for the crossings before it. */
    private static final int SPREAD_STEPS = 6;

    private TreeMap<Double, Integer> taken(int k) {
        if (used[k] == null) {
            used[k] = new TreeMap<>();
        }
        return used[k];
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
}

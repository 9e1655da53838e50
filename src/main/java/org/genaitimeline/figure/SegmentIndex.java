package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The leader lines already drawn, in a uniform grid like {@link BoxIndex}, so that a new label
 * can be kept off every earlier leader and a new leader off every earlier one: a label sitting
 * on someone else's leader reads as joined to the wrong marker.
 */
final class SegmentIndex {

    private record Segment(double x1, double y1, double x2, double y2) {
    }

    private final double cell;
    private final Map<Long, List<Segment>> cells = new HashMap<>();

    SegmentIndex(double cell) {
        this.cell = cell;
    }

    void add(double x1, double y1, double x2, double y2) {
        Segment s = new Segment(x1, y1, x2, y2);
        for (int i = col(Math.min(x1, x2)); i <= col(Math.max(x1, x2)); i++) {
            for (int j = col(Math.min(y1, y2)); j <= col(Math.max(y1, y2)); j++) {
                cells.computeIfAbsent(key(i, j), k -> new ArrayList<>(2)).add(s);
            }
        }
    }

    /** Removes one segment added with exactly these ends. */
    void remove(double x1, double y1, double x2, double y2) {
        Segment s = new Segment(x1, y1, x2, y2);
        for (int i = col(Math.min(x1, x2)); i <= col(Math.max(x1, x2)); i++) {
            for (int j = col(Math.min(y1, y2)); j <= col(Math.max(y1, y2)); j++) {
                List<Segment> list = cells.get(key(i, j));
                if (list != null) {
                    list.remove(s);
                }
            }
        }
    }

    /** Whether any segment passes through the box. */
    boolean crosses(Box b) {
        if (cells.isEmpty()) {
            return false;
        }
        for (int i = col(b.x()); i <= col(b.maxX()); i++) {
            for (int j = col(b.y()); j <= col(b.maxY()); j++) {
                for (Segment s : cells.getOrDefault(key(i, j), List.of())) {
                    if (b.crossedBy(s.x1, s.y1, s.x2, s.y2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether any segment crosses the segment from (x1, y1) to (x2, y2). */
    boolean crosses(double x1, double y1, double x2, double y2) {
        if (cells.isEmpty()) {
            return false;
        }
        for (int i = col(Math.min(x1, x2)); i <= col(Math.max(x1, x2)); i++) {
            for (int j = col(Math.min(y1, y2)); j <= col(Math.max(y1, y2)); j++) {
                for (Segment s : cells.getOrDefault(key(i, j), List.of())) {
                    if (properlyCross(x1, y1, x2, y2, s) || runAlong(x1, y1, x2, y2, s.x1, s.y1, s.x2, s.y2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Strict crossing: segments that only touch at an end (two leaders from one marker) do not count. */
    private static boolean properlyCross(double ax, double ay, double bx, double by, Segment s) {
        double d1 = side(s.x1, s.y1, s.x2, s.y2, ax, ay);
        double d2 = side(s.x1, s.y1, s.x2, s.y2, bx, by);
        double d3 = side(ax, ay, bx, by, s.x1, s.y1);
        double d4 = side(ax, ay, bx, by, s.x2, s.y2);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    /** Nearer than this, in pixels, two leaders drawn side by side read as one line. */
    static final double ALONG = 1.5;
    /** Sharing less than this much of their length (two leaders meeting at a marker), they read as two. */
    static final double SHARED = 3;

    /**
     * Whether the segment lies on the other, or within {@link #ALONG} of it, for more than
     * {@link #SHARED} pixels: the strict test misses two leaders on one line, which read as one
     * (DDIM's and Guided diffusion's legs, laid on the same column).
     */
    static boolean runAlong(double ax, double ay, double bx, double by, double s1x, double s1y, double s2x,
            double s2y) {
        double sx = s2x - s1x;
        double sy = s2y - s1y;
        double len = Math.hypot(sx, sy);
        double alen = Math.hypot(bx - ax, by - ay);
        if (len < SHARED || alen < SHARED) {
            return false;
        }
        // Both ends of the new segment near the other's line, and their projections on it overlapping.
        double da = Math.abs(side(s1x, s1y, s2x, s2y, ax, ay)) / len;
        double db = Math.abs(side(s1x, s1y, s2x, s2y, bx, by)) / len;
        if (da > ALONG || db > ALONG) {
            return false;
        }
        double ta = ((ax - s1x) * sx + (ay - s1y) * sy) / len;
        double tb = ((bx - s1x) * sx + (by - s1y) * sy) / len;
        double shared = Math.min(len, Math.max(ta, tb)) - Math.max(0, Math.min(ta, tb));
        return shared > SHARED;
    }

    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    private int col(double v) {
        return (int) Math.floor(v / cell);
    }

    /**
     * One key per cell. Times an odd constant (a bijection, so cells still never share a key):
     * Long's hash folds the two halves into i ^ j, which gave a plot's few thousand cells about
     * a hundred hashes, and the map's lookups turned into tree searches.
     */
    private static long key(int i, int j) {
        return (((long) i << 32) ^ (j & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}

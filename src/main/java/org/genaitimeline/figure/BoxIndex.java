package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform grid of boxes, so that asking "does this label hit anything?" looks at the few
 * boxes nearby instead of all of them: placing 10,000 labels stays linear instead of
 * quadratic. The grid is unbounded (cells are hashed), so boxes outside the plot cost nothing
 * special.
 */
public final class BoxIndex {

    private final double cell;
    private final Map<Long, List<Box>> cells = new HashMap<>();

    public BoxIndex(double cell) {
        this.cell = cell;
    }

    public void add(Box b) {
        for (int i = col(b.x()); i <= col(b.maxX()); i++) {
            for (int j = col(b.y()); j <= col(b.maxY()); j++) {
                cells.computeIfAbsent(key(i, j), k -> new ArrayList<>(4)).add(b);
            }
        }
    }

    /** Removes a box added before (by identity: two labels may have equal boxes). */
    public void remove(Box b) {
        for (int i = col(b.x()); i <= col(b.maxX()); i++) {
            for (int j = col(b.y()); j <= col(b.maxY()); j++) {
                List<Box> list = cells.get(key(i, j));
                if (list != null) {
                    list.removeIf(o -> o == b);
                }
            }
        }
    }

    /** Whether any box overlaps {@code b}. */
    public boolean hits(Box b) {
        return hits(b, null);
    }

    /** Whether any box (other than {@code except}) overlaps {@code b}. */
    public boolean hits(Box b, Box except) {
        return any(b, o -> o != except && o.intersects(b));
    }

    /** Whether any box in the cells that {@code area} touches passes the test. */
    public boolean any(Box area, java.util.function.Predicate<Box> test) {
        for (int i = col(area.x()); i <= col(area.maxX()); i++) {
            for (int j = col(area.y()); j <= col(area.maxY()); j++) {
                List<Box> list = cells.get(key(i, j));
                if (list == null) {
                    continue;
                }
                for (Box o : list) {
                    if (test.test(o)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the segment crosses any box other than {@code except}. */
    public boolean crossed(double x1, double y1, double x2, double y2, Box except) {
        return crossed(x1, y1, x2, y2, except, 0);
    }

    /**
     * Whether the segment crosses any box other than {@code except}, or passes within
     * {@code clearance} of one.
     */
    public boolean crossed(double x1, double y1, double x2, double y2, Box except, double clearance) {
        for (int i = col(Math.min(x1, x2) - clearance); i <= col(Math.max(x1, x2) + clearance); i++) {
            for (int j = col(Math.min(y1, y2) - clearance); j <= col(Math.max(y1, y2) + clearance); j++) {
                List<Box> list = cells.get(key(i, j));
                if (list == null) {
                    continue;
                }
                for (Box o : list) {
                    if (o != except && (clearance == 0 ? o : o.inflate(clearance)).crossedBy(x1, y1, x2, y2)) {
                        return true;
                    }
                }
            }
        }
        return false;
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

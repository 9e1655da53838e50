package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.figure.Box;

/**
 * A uniform grid of occupied boxes so that each label candidate is checked against its
 * neighbours only: placement of 10,000 labels stays linear instead of quadratic.
 */
final class CollisionGrid {

    private final Box area;
    private final double cell;
    private final int cols;
    private final int rows;
    private final List<List<Box>> cells;

    CollisionGrid(Box area, double cell) {
        this.area = area;
        this.cell = cell;
        this.cols = Math.max(1, (int) Math.ceil(area.w() / cell));
        this.rows = Math.max(1, (int) Math.ceil(area.h() / cell));
        this.cells = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            cells.add(null);
        }
    }

    void add(Box b) {
        int c0 = col(b.x());
        int c1 = col(b.maxX());
        int r0 = row(b.y());
        int r1 = row(b.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int i = r * cols + c;
                List<Box> list = cells.get(i);
                if (list == null) {
                    list = new ArrayList<>(4);
                    cells.set(i, list);
                }
                list.add(b);
            }
        }
    }

    /** Removes a box added before (by identity). */
    void remove(Box b) {
        for (int r = row(b.y()); r <= row(b.maxY()); r++) {
            for (int c = col(b.x()); c <= col(b.maxX()); c++) {
                List<Box> list = cells.get(r * cols + c);
                if (list != null) {
                    list.removeIf(o -> o == b);
                }
            }
        }
    }

    boolean collides(Box b) {
        int c0 = col(b.x());
        int c1 = col(b.maxX());
        int r0 = row(b.y());
        int r1 = row(b.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                List<Box> list = cells.get(r * cols + c);
                if (list != null) {
                    for (Box o : list) {
                        if (o.intersects(b)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private int col(double x) {
        return Math.min(cols - 1, Math.max(0, (int) ((x - area.x()) / cell)));
    }

    private int row(double y) {
        return Math.min(rows - 1, Math.max(0, (int) ((y - area.y()) / cell)));
    }
}

package org.genaitimeline.figure;

/**
 * An axis-aligned rectangle in surface pixels: labels, badges, bands, points' extents, the
 * plot area, hit areas. Shared by the timeline and the growth chart, which place and
 * hit-test labels the same way.
 */
public record Box(double x, double y, double w, double h) {

    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    /** Whether the interiors overlap (touching edges do not count). */
    public boolean intersects(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    /** Whether the other box lies wholly inside this one. */
    public boolean encloses(Box o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** The box grown by {@code d} on every side. */
    public Box inflate(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    /** The square around a circle. */
    public static Box around(double cx, double cy, double r) {
        return new Box(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang-Barsky clip). */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - x, maxX() - x1, y1 - y, maxY() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }
}

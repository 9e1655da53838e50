package org.genaitimeline.timeline;

/** An axis-aligned rectangle in surface pixels: labels, badges, bands, hit areas. */
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

    /** Whether the interiors meet (touching edges do not count). */
    public boolean intersects(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether the other box lies wholly inside this one. */
    public boolean encloses(Box o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public Box inflate(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }
}

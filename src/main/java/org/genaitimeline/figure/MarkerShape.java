package org.genaitimeline.figure;

import org.genaitimeline.catalog.Family;
import org.genaitimeline.theme.Palette;

/**
 * Each model type's marker shape, the cue that does not depend on colour: under simulated
 * deuteranopia and protanopia some family colours come within a few ΔE of each other
 * (docs/ACCESSIBILITY.md), so the timeline, the growth chart and their legends draw every
 * type with its own shape as well as its colour. Shapes are sized to about the area of the
 * circle of radius {@code r}, so no type looks heavier than another. The Book theme draws
 * circles only, as the print does ({@link #of(Family, Palette)}).
 */
public enum MarkerShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, HEXAGON, PLUS;

    /** The shape of a model type. */
    public static MarkerShape of(Family family) {
        return switch (family) {
            case VAE, GENERAL -> CIRCLE;
            case GAN -> SQUARE;
            case AUTOREGRESSIVE -> DIAMOND;
            case FLOW -> TRIANGLE_UP;
            case ENERGY_DIFFUSION -> TRIANGLE_DOWN;
            case MULTIMODAL -> HEXAGON;
            // Other holds hundreds of imported models beside VAE's circles in the growth chart.
            case OTHER -> PLUS;
        };
    }

    /** The shape of a model type by id ({@code gan}); a circle for an unknown id. */
    public static MarkerShape ofId(String familyId) {
        return Family.fromId(familyId).map(MarkerShape::of).orElse(CIRCLE);
    }

    /** The shape of a model type in a theme: a circle for every type where the theme says so (Book). */
    public static MarkerShape of(Family family, Palette palette) {
        return palette.circlesOnly() ? CIRCLE : of(family);
    }

    /** {@link #of(Family, Palette)} by type id. */
    public static MarkerShape ofId(String familyId, Palette palette) {
        return palette.circlesOnly() ? CIRCLE : ofId(familyId);
    }

    public void fill(Surface s, double x, double y, double r) {
        if (this == CIRCLE) {
            s.fillCircle(x, y, r);
        } else {
            double[][] p = points(x, y, r);
            s.fillPolygon(p[0], p[1], p[0].length);
        }
    }

    public void stroke(Surface s, double x, double y, double r) {
        if (this == CIRCLE) {
            s.strokeCircle(x, y, r);
        } else {
            double[][] p = points(x, y, r);
            int n = p[0].length;
            double[] xs = java.util.Arrays.copyOf(p[0], n + 1);
            double[] ys = java.util.Arrays.copyOf(p[1], n + 1);
            xs[n] = xs[0];
            ys[n] = ys[0];
            s.strokePolyline(xs, ys, n + 1);
        }
    }

    /**
     * How far the drawn shape reaches from its centre along x or y (without its outline): a
     * diamond or a triangle reaches past the circle's radius. The square of this half-size around
     * the centre is what labels keep clear of.
     */
    public double halfSize(double r) {
        double[][] p = points(0, 0, r);
        double half = 0;
        for (int i = 0; i < p[0].length; i++) {
            half = Math.max(half, Math.max(Math.abs(p[0][i]), Math.abs(p[1][i])));
        }
        return half;
    }

    /** Corner points (x row, y row), equal in area to the circle of radius r within a few percent. */
    double[][] points(double x, double y, double r) {
        return switch (this) {
            case SQUARE -> regular(x, y, r * 1.25, 4, Math.PI / 4);
            case DIAMOND -> regular(x, y, r * 1.3, 4, 0);
            case TRIANGLE_UP -> regular(x, y, r * 1.55, 3, 0);
            case TRIANGLE_DOWN -> regular(x, y, r * 1.55, 3, Math.PI);
            case HEXAGON -> regular(x, y, r * 1.1, 6, Math.PI / 6);
            case PLUS -> plus(x, y, r);
            case CIRCLE -> regular(x, y, r, 24, 0);
        };
    }

    /** A plus of arms a third as wide as long; area 20/9 L², which is the circle's at L = 1.19 r. */
    private static double[][] plus(double x, double y, double r) {
        double l = r * 1.19;
        double w = l / 3;
        double[] xs = {-w, w, w, l, l, w, w, -w, -w, -l, -l, -w};
        double[] ys = {-l, -l, -w, -w, w, w, l, l, w, w, -w, -w};
        for (int i = 0; i < xs.length; i++) {
            xs[i] += x;
            ys[i] += y;
        }
        return new double[][] {xs, ys};
    }

    /** A regular polygon; the first corner straight up, rotated by {@code turn}. */
    private static double[][] regular(double x, double y, double radius, int corners, double turn) {
        double[] xs = new double[corners];
        double[] ys = new double[corners];
        for (int i = 0; i < corners; i++) {
            double a = turn + 2 * Math.PI * i / corners;
            xs[i] = x + radius * Math.sin(a);
            ys[i] = y - radius * Math.cos(a);
        }
        return new double[][] {xs, ys};
    }
}

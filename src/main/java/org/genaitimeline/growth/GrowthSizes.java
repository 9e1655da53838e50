package org.genaitimeline.growth;

/**
 * Font sizes and the point radius of a growth chart, scaled by the theme's label scale; the
 * radius also shrinks with the number of points beyond {@link GrowthLayout#DENSE_POINTS},
 * down to {@link GrowthLayout#MIN_RADIUS}, so a dense chart shows its density instead of a blob.
 *
 * @param name a point label's name line
 * @param size a point label's size line
 * @param tick the axis tick labels
 * @param legend the legend rows
 * @param note the "not plotted" notes
 * @param radius a point's marker radius
 */
public record GrowthSizes(double name, double size, double tick, double legend, double note, double radius) {

    static GrowthSizes of(double s, int points) {
        double radius = points <= GrowthLayout.DENSE_POINTS ? 9
                : Math.max(GrowthLayout.MIN_RADIUS, DENSE_RADIUS * density(points));
        return new GrowthSizes(12.5 * s, 11 * s, 12 * s, 12 * s, 11 * s, radius * s);
    }

    /** The marker radius of a chart just past {@link GrowthLayout#DENSE_POINTS} (a sparse one's is 9). */
    static final double DENSE_RADIUS = 6;
    /** The opacity of a chart just past {@link GrowthLayout#DENSE_POINTS}: translucent at once, so overlaps show. */
    static final double DENSE_ALPHA = 0.6;

    /** 1 up to {@link GrowthLayout#DENSE_POINTS} points, then falling as 1/sqrt(points): the share of ink per point. */
    static double density(int points) {
        return points <= GrowthLayout.DENSE_POINTS ? 1 : Math.sqrt((double) GrowthLayout.DENSE_POINTS / points);
    }

    /**
     * The points' opacity: 1 up to {@link GrowthLayout#DENSE_POINTS}, then {@value #DENSE_ALPHA}
     * falling slowly with the count (0.53 at 300 points, 0.35 at 2,000) down to {@link GrowthLayout#MIN_ALPHA}.
     */
    static double alpha(int points) {
        return points <= GrowthLayout.DENSE_POINTS ? 1
                : Math.max(GrowthLayout.MIN_ALPHA, DENSE_ALPHA * Math.pow(density(points), 0.6));
    }
}

package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The time axis of both figures: fractional years
 * ({@link org.genaitimeline.catalog.PartialDate#toFractionalYear}) mapped onto a pixel range
 * (left to right, or top to bottom in the vertical timeline). Zoom and pan are new scales;
 * {@link #backward} inverts {@link #forward} exactly. {@link #ticks} gives whole years for the
 * growth chart; {@link TimeTicks} adds the quarters and months the zoomable timeline needs.
 *
 * <p>The timeline's axis may have a <em>knee</em>: the decades of foundations before the
 * book's first era would take most of a linear axis, so the stretch from {@code start} to
 * {@code kneeYear} is drawn denser, onto {@code startPx..kneePx}, and the rest stays linear.
 * Both stretches are linear in themselves, so the mapping is monotonic and exactly invertible.
 * A scale without a knee has {@code kneeYear == start} and {@code kneePx == startPx}.
 *
 * <p>When {@link #compressedBefore} applies the knee: only when the visible range spans the
 * knee year and the foundations, drawn linearly, would take more than their share of the
 * axis. They then get exactly that share (at least {@code minPx}), but never become more than
 * {@link #MAX_COMPRESSION} times denser than the linear stretch: zooming or panning into the
 * foundations lets them reclaim the axis until, once the knee leaves the view, the axis is
 * linear again, with no jump on the way. Saved ranges stay in real years; only pixels change.
 *
 * @param start the fractional year at {@code startPx}
 * @param end the fractional year at {@code endPx}; greater than start
 * @param startPx the pixel where the range starts
 * @param endPx the pixel where the range ends; greater than startPx
 * @param kneeYear where the linear stretch begins; {@code start} when there is no knee
 * @param kneePx the pixel of {@code kneeYear}; {@code startPx} when there is no knee
 */
public record TimeScale(double start, double end, double startPx, double endPx, double kneeYear, double kneePx)
        implements AxisScale {

    /** Below this many pixels per tick the years of {@link #ticks} are thinned. */
    static final double MIN_TICK_SPACING = 48;

    /** The compressed stretch is at most this many times denser than the linear one. */
    static final double MAX_COMPRESSION = 100;

    /** The compressed stretch never takes more than this share, however large its minimum size. */
    private static final double SHARE_CAP = 0.5;

    /** @throws IllegalArgumentException when either range is empty or not finite, or the knee lies outside */
    public TimeScale {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start) || !(endPx > startPx)) {
            throw new IllegalArgumentException("empty axis: " + start + ".." + end + " onto " + startPx + ".." + endPx);
        }
        boolean kneeInside = kneeYear >= start && kneeYear < end && kneePx >= startPx && kneePx < endPx;
        if (!kneeInside || (kneeYear > start) != (kneePx > startPx)) {
            throw new IllegalArgumentException("knee " + kneeYear + " at " + kneePx + " outside the axis");
        }
    }

    /** A linear scale. */
    public TimeScale(double start, double end, double startPx, double endPx) {
        this(start, end, startPx, endPx, start, startPx);
    }

    /**
     * The timeline's scale: linear, or with the years before {@code knee} compressed to
     * {@code share} of the axis (at least {@code minPx}) when they would take more (see the
     * class comment).
     */
    public static TimeScale compressedBefore(double knee, double share, double minPx, double start, double end,
            double startPx, double endPx) {
        TimeScale linear = new TimeScale(start, end, startPx, endPx);
        if (!(knee > start && knee < end)) {
            return linear;
        }
        double before = knee - start;
        double after = end - knee;
        double length = endPx - startPx;
        double target = Math.min(SHARE_CAP, Math.max(share, minPx / length));
        // density of the compressed stretch relative to the linear one that gives it exactly `target`
        double ratio = Math.max(target * after / ((1 - target) * before), 1 / MAX_COMPRESSION);
        if (ratio >= 1) {
            return linear;
        }
        double compressedPx = length * ratio * before / (ratio * before + after);
        return new TimeScale(start, end, startPx, endPx, knee, startPx + compressedPx);
    }

    @Override
    public double domainMin() {
        return start;
    }

    @Override
    public double domainMax() {
        return end;
    }

    /** Whether the years before {@link #kneeYear} are compressed. */
    public boolean hasKnee() {
        return kneeYear > start;
    }

    /** The pixel of a fractional year (outside the range, each stretch extends linearly). */
    @Override
    public double forward(double year) {
        if (year < kneeYear) {
            return startPx + (year - start) * compressedPixelsPerYear();
        }
        return kneePx + (year - kneeYear) * pixelsPerYear();
    }

    /** The fractional year at a pixel. */
    @Override
    public double backward(double px) {
        if (px < kneePx) {
            return start + (px - startPx) / compressedPixelsPerYear();
        }
        return kneeYear + (px - kneePx) / pixelsPerYear();
    }

    /** The density of the linear stretch (the whole axis when there is no knee). */
    public double pixelsPerYear() {
        return (endPx - kneePx) / (end - kneeYear);
    }

    /** The density before the knee; that of the linear stretch when there is no knee. */
    public double compressedPixelsPerYear() {
        return hasKnee() ? (kneePx - startPx) / (kneeYear - start) : pixelsPerYear();
    }

    public double span() {
        return end - start;
    }

    /** Whole years inside the domain, each stretch thinned to a 1-2-5 step when they would crowd. */
    @Override
    public List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        if (hasKnee()) {
            for (int y : TimeTicks.years(start, kneeYear, compressedPixelsPerYear(), MIN_TICK_SPACING)) {
                if (forward(y) <= kneePx - MIN_TICK_SPACING) {
                    out.add((double) y);
                }
            }
        }
        for (int y : TimeTicks.years(kneeYear, end, pixelsPerYear(), MIN_TICK_SPACING)) {
            out.add((double) y);
        }
        return out;
    }
}

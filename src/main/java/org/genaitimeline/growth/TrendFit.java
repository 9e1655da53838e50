package org.genaitimeline.growth;

import java.util.HashSet;
import java.util.Set;

/**
 * Least-squares fit of {@code log10(parameters)} against the fractional year: the straight
 * line a log axis turns exponential growth into. Its slope (decades per year) gives the
 * doubling time, {@code 12 * log10(2) / slope} months; a negative slope is a halving time.
 *
 * <p>A fit needs at least two distinct dates: fewer give {@link Status#NOT_ENOUGH_POINTS},
 * never a made-up line.
 */
public final class TrendFit {

    /** Whether the fit has a line at all. */
    public enum Status { OK, NOT_ENOUGH_POINTS }

    /** Which way the sizes went. */
    public enum Direction { GROWING, SHRINKING, FLAT }

    private static final double LOG10_2 = Math.log10(2);

    private final Status status;
    private final int count;
    private final double slope;
    private final double intercept;
    private final double rSquared;
    private final double xMin;
    private final double xMax;

    private TrendFit(Status status, int count, double slope, double intercept, double rSquared, double xMin,
            double xMax) {
        this.status = status;
        this.count = count;
        this.slope = slope;
        this.intercept = intercept;
        this.rSquared = rSquared;
        this.xMin = xMin;
        this.xMax = xMax;
    }

    /**
     * Fits {@code log10(values)} against {@code years}.
     *
     * @param years fractional years
     * @param values the sizes, each {@code > 0} (any unit: the unit only shifts the intercept)
     * @throws IllegalArgumentException when the arrays differ in length or a value is {@code <= 0}
     */
    public static TrendFit of(double[] years, double[] values) {
        if (years.length != values.length) {
            throw new IllegalArgumentException("years and values differ in length: " + years.length + " vs "
                    + values.length);
        }
        int n = years.length;
        double[] ys = new double[n];
        Set<Double> distinct = new HashSet<>();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException("a log fit needs values > 0, got " + values[i]);
            }
            ys[i] = Math.log10(values[i]);
            distinct.add(years[i]);
            xMin = Math.min(xMin, years[i]);
            xMax = Math.max(xMax, years[i]);
        }
        if (distinct.size() < 2) {
            return new TrendFit(Status.NOT_ENOUGH_POINTS, n, Double.NaN, Double.NaN, Double.NaN, xMin, xMax);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += years[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = years[i] - mx;
            double dy = ys[i] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double ssRes = 0;
        for (int i = 0; i < n; i++) {
            double r = ys[i] - (intercept + slope * years[i]);
            ssRes += r * r;
        }
        // All sizes equal: the flat line explains them perfectly.
        double r2 = syy == 0 ? 1 : Math.max(0, 1 - ssRes / syy);
        return new TrendFit(Status.OK, n, slope, intercept, r2, xMin, xMax);
    }

    public Status status() {
        return status;
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    /** How many points went into the fit. */
    public int count() {
        return count;
    }

    /** Decades of parameters per year. */
    public double slope() {
        return slope;
    }

    /** log10 of the fitted size at year 0 (in the unit of the values). */
    public double intercept() {
        return intercept;
    }

    /** The coefficient of determination of the log-linear fit, 0 to 1. */
    public double rSquared() {
        return rSquared;
    }

    /** The earliest and latest year of the points: where the line is drawn. */
    public double firstYear() {
        return xMin;
    }

    public double lastYear() {
        return xMax;
    }

    /** The fitted size at a year (in the unit of the values). */
    public double valueAt(double year) {
        return Math.pow(10, intercept + slope * year);
    }

    public Direction direction() {
        if (!isOk() || slope == 0) {
            return Direction.FLAT;
        }
        return slope > 0 ? Direction.GROWING : Direction.SHRINKING;
    }

    /**
     * Months to double: {@code 12 * log10(2) / slope}. Negative when the sizes shrink (its
     * magnitude is then the halving time), infinite when flat, NaN without a fit.
     */
    public double doublingMonths() {
        return isOk() ? 12 * LOG10_2 / slope : Double.NaN;
    }

    /** Months to double or to halve, whichever {@link #direction()} says: always {@code > 0} or infinite. */
    public double monthsPerFactorOfTwo() {
        return Math.abs(doublingMonths());
    }
}

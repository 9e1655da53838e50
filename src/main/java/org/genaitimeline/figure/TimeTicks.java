package org.genaitimeline.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.catalog.PartialDate;

/**
 * The date ticks of a {@link TimeScale}, adapting to the zoom: whole years (every 1, 2, 5,
 * 10... years when zoomed far out), quarters, or months, whichever is the finest unit whose
 * ticks stay at least {@code minSpacing} pixels apart. Ticks sit on the first day of their
 * period, in the same fractional-year coordinate as the models.
 *
 * <p>The compressed stretch before a scale's knee gets only a few whole years (every 10, 20,
 * 50... at its own density) and none close to the knee, where the linear stretch's first tick
 * sits: squeezed yearly ticks there would read as one smudge.
 */
public final class TimeTicks {

    /** The unit of a tick set. */
    public enum Unit { YEAR, QUARTER, MONTH }

    /**
     * One tick.
     *
     * @param time the fractional year of the tick
     * @param unit the unit of the tick set it belongs to
     * @param year the calendar year
     * @param month the month (1-12) the tick starts
     * @param major whether it starts a year (labelled with the year)
     */
    public record Tick(double time, Unit unit, int year, int month, boolean major) {
        /** The quarter (1-4) a quarter tick starts. */
        public int quarter() {
            return (month - 1) / 3 + 1;
        }
    }

    /**
     * Ticks in the compressed stretch are one line apart rather than the comfortable spacing:
     * there are few of them and they only orient the reader.
     */
    private static final double COMPRESSED_SPACING = 0.6;

    /** Steps of more years than this are not thinned further. */
    private static final int MAX_YEAR_STEP = 10_000;

    private TimeTicks() {
    }

    /** The unit {@link #of} chooses for an axis. */
    public static Unit unitFor(TimeScale axis, double minSpacing) {
        double perYear = axis.pixelsPerYear();
        if (perYear / 12 >= minSpacing) {
            return Unit.MONTH;
        }
        if (perYear / 4 >= minSpacing) {
            return Unit.QUARTER;
        }
        return Unit.YEAR;
    }

    /** The ticks within the axis range, chronological. */
    public static List<Tick> of(TimeScale axis, double minSpacing) {
        List<Tick> ticks = new ArrayList<>();
        if (axis.hasKnee()) {
            double spacing = minSpacing * COMPRESSED_SPACING;
            for (int y : years(axis.start(), axis.kneeYear(), axis.compressedPixelsPerYear(), spacing)) {
                if (axis.forward(y) <= axis.kneePx() - spacing) {
                    add(ticks, axis, Unit.YEAR, y, 1, true);
                }
            }
        }
        Unit unit = unitFor(axis, minSpacing);
        if (unit == Unit.YEAR) {
            for (int y : years(axis.kneeYear(), axis.end(), axis.pixelsPerYear(), minSpacing)) {
                add(ticks, axis, unit, y, 1, true);
            }
            return ticks;
        }
        int monthStep = unit == Unit.MONTH ? 1 : 3;
        int last = (int) Math.ceil(Math.min(axis.end(), LAST_YEAR));
        for (int y = (int) Math.floor(Math.max(axis.kneeYear(), FIRST_YEAR)); y <= last; y++) {
            for (int m = 1; m <= 12; m += monthStep) {
                if (fractionalYear(y, m) >= axis.kneeYear()) {
                    add(ticks, axis, unit, y, m, m == 1);
                }
            }
        }
        return ticks;
    }

    /** The whole years from {@code from} to {@code to} at the 1-2-5 step that keeps them {@code minSpacing} apart. */
    static List<Integer> years(double from, double to, double pixelsPerYear, double minSpacing) {
        int step = yearStep(pixelsPerYear, minSpacing);
        // Only years a date can name get ticks: clamping first keeps an absurd range (a view
        // file's 3e9, ±1e300) from overflowing the int loop into one that never ends.
        double lo = Math.max(from, FIRST_YEAR);
        double hi = Math.min(to, LAST_YEAR);
        List<Integer> out = new ArrayList<>();
        if (!(lo <= hi)) {
            return out;
        }
        int first = Math.floorDiv((int) Math.ceil(lo - 1e-9) + step - 1, step) * step;
        for (int y = first; y <= hi + 1e-9; y += step) {
            out.add(y);
        }
        return out;
    }

    /** The years a tick can name (LocalDate's four-digit years, with room for a month after). */
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9998;

    private static void add(List<Tick> ticks, TimeScale axis, Unit unit, int year, int month, boolean major) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return;
        }
        double t = fractionalYear(year, month);
        if (axis.contains(t)) {
            ticks.add(new Tick(t, unit, year, month, major));
        }
    }

    private static double fractionalYear(int year, int month) {
        return PartialDate.fractionalYear(LocalDate.of(year, month, 1).toEpochDay());
    }

    /** The smallest 1-2-5 step of whole years whose ticks stay {@code minSpacing} pixels apart. */
    static int yearStep(double pixelsPerYear, double minSpacing) {
        int step = 1;
        while (pixelsPerYear * step < minSpacing && step < MAX_YEAR_STEP) {
            step = (int) NiceSteps.ceil(step + 1);
        }
        return step;
    }
}

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
        Unit unit = unitFor(axis, minSpacing);
        List<Tick> ticks = new ArrayList<>();
        int first = (int) Math.floor(axis.start());
        int last = (int) Math.ceil(axis.end());
        if (unit == Unit.YEAR) {
            int step = yearStep(axis.pixelsPerYear(), minSpacing);
            for (int y = Math.floorDiv(first, step) * step; y <= last; y += step) {
                add(ticks, axis, unit, y, 1, true);
            }
            return ticks;
        }
        int monthStep = unit == Unit.MONTH ? 1 : 3;
        for (int y = first; y <= last; y++) {
            for (int m = 1; m <= 12; m += monthStep) {
                add(ticks, axis, unit, y, m, m == 1);
            }
        }
        return ticks;
    }

    private static void add(List<Tick> ticks, TimeScale axis, Unit unit, int year, int month, boolean major) {
        if (year < 1 || year > 9998) {
            return;
        }
        double t = PartialDate.fractionalYear(LocalDate.of(year, month, 1).toEpochDay());
        if (axis.contains(t)) {
            ticks.add(new Tick(t, unit, year, month, major));
        }
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

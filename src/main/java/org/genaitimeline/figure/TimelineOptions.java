package org.genaitimeline.figure;

import java.util.Objects;

/**
 * What a reader sets on the timeline: its visible range and toolbar switches. The control,
 * a saved view, the preferences, the export dialog and the command line all read and write
 * this one record, so a new switch is added here and nowhere else is a second copy kept.
 *
 * @param from first visible fractional year (2020.0 is 1 January 2020)
 * @param to last visible fractional year, after {@code from}
 * @param orientation which way time runs
 * @param bookFigureOnly only what Figure 14-1 draws
 * @param hideFiltered models outside the filters hidden rather than dimmed
 * @param lineage the selected model's lineage drawn as arrows
 */
public record TimelineOptions(double from, double to, Orientation orientation, boolean bookFigureOnly,
        boolean hideFiltered, boolean lineage) {

    /**
     * The default visible range. The figures read it as "the models' first to last date" (see
     * {@link #fitsData}); these years are what shows when there are no models.
     */
    public static final double DEFAULT_START = 2013.5;
    public static final double DEFAULT_END = 2023.8;

    /** The timeline as it first opens: the book's figure, vertical, everything dimmed not hidden, lineage on. */
    public static final TimelineOptions DEFAULT = new TimelineOptions(DEFAULT_START, DEFAULT_END, Orientation.VERTICAL,
            false, false, true);

    public TimelineOptions {
        Objects.requireNonNull(orientation, "orientation");
        if (!(to > from)) {
            throw new IllegalArgumentException("the range must end after it starts: " + from + " to " + to);
        }
    }

    /**
     * Whether the range is the default one, which the timeline widens to its models' first and
     * last dates (the foundations compressed, the years after the book included). Any other
     * range, from a saved view or {@code --range}, is shown exactly.
     */
    public boolean fitsData() {
        return isDefaultRange(from, to);
    }

    /**
     * Whether a range is the default one that stands for the models' own (see {@link #fitsData}).
     * Within a millionth of a year (30 seconds): the range arithmetic that keeps a span legal
     * turns 2023.8 into 2023.8000000000002, and that must still mean "fit to the data".
     */
    public static boolean isDefaultRange(double from, double to) {
        return Math.abs(from - DEFAULT_START) < DEFAULT_TOLERANCE && Math.abs(to - DEFAULT_END) < DEFAULT_TOLERANCE;
    }

    private static final double DEFAULT_TOLERANCE = 1e-6;

    public TimelineOptions withRange(double newFrom, double newTo) {
        return new TimelineOptions(newFrom, newTo, orientation, bookFigureOnly, hideFiltered, lineage);
    }

    public TimelineOptions withOrientation(Orientation v) {
        return new TimelineOptions(from, to, v, bookFigureOnly, hideFiltered, lineage);
    }

    public TimelineOptions withBookFigureOnly(boolean v) {
        return new TimelineOptions(from, to, orientation, v, hideFiltered, lineage);
    }

    public TimelineOptions withHideFiltered(boolean v) {
        return new TimelineOptions(from, to, orientation, bookFigureOnly, v, lineage);
    }

    public TimelineOptions withLineage(boolean v) {
        return new TimelineOptions(from, to, orientation, bookFigureOnly, hideFiltered, v);
    }
}

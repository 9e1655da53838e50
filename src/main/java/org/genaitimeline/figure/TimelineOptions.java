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
 * @param fitsData the range is the models' first to last date (the foundations compressed, the
 *        years after the book included), refitted when the models change; {@code from} and
 *        {@code to} are then only what shows until there are models
 */
public record TimelineOptions(double from, double to, Orientation orientation, boolean bookFigureOnly,
        boolean hideFiltered, boolean lineage, boolean fitsData) {

    /** The range shown while a range that fits the data has no models to fit. */
    public static final double DEFAULT_START = 2013.5;
    public static final double DEFAULT_END = 2023.8;

    /** The timeline as it first opens: the book's figure, vertical, everything dimmed not hidden, lineage on. */
    public static final TimelineOptions DEFAULT = new TimelineOptions(DEFAULT_START, DEFAULT_END, Orientation.VERTICAL,
            false, false, true, true);

    public TimelineOptions {
        Objects.requireNonNull(orientation, "orientation");
        if (!(to > from)) {
            throw new IllegalArgumentException("the range must end after it starts: " + from + " to " + to);
        }
    }

    /** A range given by hand (a saved view, {@code --range}, the reader's zoom) is shown exactly. */
    public TimelineOptions(double from, double to, Orientation orientation, boolean bookFigureOnly,
            boolean hideFiltered, boolean lineage) {
        this(from, to, orientation, bookFigureOnly, hideFiltered, lineage, false);
    }

    /** This exact range, no longer fitted to the data. */
    public TimelineOptions withRange(double newFrom, double newTo) {
        return new TimelineOptions(newFrom, newTo, orientation, bookFigureOnly, hideFiltered, lineage, false);
    }

    /** The models' first to last date, whatever range these options held. */
    public TimelineOptions fittedToData() {
        return new TimelineOptions(from, to, orientation, bookFigureOnly, hideFiltered, lineage, true);
    }

    public TimelineOptions withOrientation(Orientation v) {
        return new TimelineOptions(from, to, v, bookFigureOnly, hideFiltered, lineage, fitsData);
    }

    public TimelineOptions withBookFigureOnly(boolean v) {
        return new TimelineOptions(from, to, orientation, v, hideFiltered, lineage, fitsData);
    }

    public TimelineOptions withHideFiltered(boolean v) {
        return new TimelineOptions(from, to, orientation, bookFigureOnly, v, lineage, fitsData);
    }

    public TimelineOptions withLineage(boolean v) {
        return new TimelineOptions(from, to, orientation, bookFigureOnly, hideFiltered, v, fitsData);
    }
}

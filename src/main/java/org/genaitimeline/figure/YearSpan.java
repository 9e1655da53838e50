package org.genaitimeline.figure;

/**
 * A span of fractional years a figure shows (2021.0 is 1 January 2021), as the command line's
 * {@code --range} gives it: the timeline's visible range, the growth chart's x axis.
 *
 * @param from the first year shown
 * @param to the last, after {@code from}
 */
public record YearSpan(double from, double to) {

    public YearSpan {
        if (!(to > from)) {
            throw new IllegalArgumentException("the range must end after it starts: " + from + " to " + to);
        }
    }

    public boolean contains(double year) {
        return year >= from && year <= to;
    }
}

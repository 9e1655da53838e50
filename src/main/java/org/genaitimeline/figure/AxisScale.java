package org.genaitimeline.figure;

import java.util.List;

/**
 * A transform from a data domain to a pixel range, shared by the view and the exporters so
 * that screen and file agree. {@link #forward} and {@link #backward} are exact inverses
 * (up to floating point) inside the domain.
 */
public interface AxisScale {

    double domainMin();

    double domainMax();

    /** The pixel of a data value (the range may run backwards, as a y axis does). */
    double forward(double value);

    /** The data value of a pixel. */
    double backward(double pixel);

    /** Nice tick values inside the domain, ascending. */
    List<Double> ticks();

    /** Whether the value lies inside the domain (inclusive). */
    default boolean contains(double value) {
        return value >= domainMin() && value <= domainMax();
    }
}

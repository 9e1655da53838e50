package org.genaitimeline.catalog;

import java.util.Objects;

/**
 * A point of the book's printed Figure 14-3 (model sizes over time): where the print puts it
 * and what it writes beside it. The value is what the print shows, which is not always a
 * sourced size (GLIDE's 5B adds an upsampler; Imagen's 4.6B is its text encoder alone).
 *
 * @param date the date the print places it at
 * @param billions the size the print plots, in billions of parameters ({@code 0.117} for 117M)
 * @param label the name the print writes above the size
 */
public record Figure14x3Point(PartialDate date, double billions, String label) {

    private static final double BILLION = 1e9;

    public Figure14x3Point {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        if (!(billions > 0) || Double.isInfinite(billions)) {
            throw new IllegalArgumentException("a printed size is above 0: " + billions);
        }
    }

    /** The printed size as a parameter count (0.117 → 117,000,000). */
    public long parameters() {
        return Math.round(billions * BILLION);
    }
}

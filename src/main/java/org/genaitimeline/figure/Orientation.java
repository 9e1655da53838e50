package org.genaitimeline.figure;

import java.util.Locale;

/** Which way time runs on the timeline. */
public enum Orientation {
    /** Time top to bottom, one column per model type: the book's Figure 14-1. */
    VERTICAL,
    /** Time left to right, one row per model type: for wide screens and projectors. */
    HORIZONTAL;

    public Orientation flipped() {
        return this == VERTICAL ? HORIZONTAL : VERTICAL;
    }

    /** {@code vertical} or {@code horizontal}: the word in view files and after {@code --orientation}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #id()} (any case); a clear message for anything else. */
    public static Orientation parse(String value) {
        for (Orientation o : values()) {
            if (o.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException("orientation must be vertical or horizontal, not '" + value + "'");
    }
}

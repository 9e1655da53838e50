package org.genaitimeline.timeline;

/** Which way time runs on the timeline. */
public enum Orientation {
    /** Time top to bottom, one column per model type: the book's Figure 14-1. */
    VERTICAL,
    /** Time left to right, one row per model type: for wide screens and projectors. */
    HORIZONTAL;

    public Orientation flipped() {
        return this == VERTICAL ? HORIZONTAL : VERTICAL;
    }
}

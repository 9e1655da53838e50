package org.genaitimeline.figure;

import java.util.Optional;

/**
 * The lineage view's switches (issue 14), as the control, a saved view, the export dialog and
 * the command line all read and write them. The model at the centre is not here: it is the
 * selection, which the saved view and {@code --select} already carry.
 *
 * @param depth how many links out from the centre: 1 (parents and children) up to {@link #ALL}
 * @param direction which way from the centre the graph reaches
 * @param pathTo path mode: the other end of the routes to highlight between the centre and this
 *     model ("how did the VAE lead to Stable Diffusion?"); empty when the mode is off
 */
public record LineageOptions(int depth, Direction direction, Optional<String> pathTo) {

    /** Which links from the centre the graph follows. */
    public enum Direction {
        /** What the centre builds on, and what that builds on. */
        ANCESTORS,
        /** What built on the centre, and what built on that. */
        DESCENDANTS,
        /** Both ways. */
        BOTH
    }

    /** Every step there is: the whole family tree of the centre. */
    public static final int ALL = Integer.MAX_VALUE;

    /** The view as it first opens: two steps both ways, no path. */
    public static final LineageOptions DEFAULT = new LineageOptions(2, Direction.BOTH, Optional.empty());

    public LineageOptions {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
        java.util.Objects.requireNonNull(direction, "direction");
        java.util.Objects.requireNonNull(pathTo, "pathTo");
    }

    public LineageOptions withDepth(int v) {
        return new LineageOptions(v, direction, pathTo);
    }

    public LineageOptions withDirection(Direction v) {
        return new LineageOptions(depth, v, pathTo);
    }

    /** Path mode towards the model {@code id}. */
    public LineageOptions withPathTo(String id) {
        return new LineageOptions(depth, direction, Optional.of(id));
    }

    /** Path mode off. */
    public LineageOptions withoutPath() {
        return new LineageOptions(depth, direction, Optional.empty());
    }
}

package org.genaitimeline.timeline;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps a pan or zoom gesture smooth: while one is in progress ({@link #moving}), each step is
 * drawn from the last full layout re-mapped to the new range ({@link LayoutRemap}), and the full
 * layout (which costs tens of milliseconds for the bundled catalog, seconds for a crowd) runs
 * once the range has been still for {@link #QUIET} or the gesture ends ({@link #settle}).
 * Anything but the range changing (size, filters, palette) lays out in full at once, and so does
 * a range change outside a gesture (buttons, keys, saved views), so a single step always shows
 * the legible layout.
 */
final class RangeSettle {

    /** How long the range must stay still before the full layout runs. */
    static final Duration QUIET = Duration.millis(150);

    /** Runs a task after a delay; returns what cancels it. Injectable so tests need no sleeps. */
    interface Timer {
        Runnable after(Duration delay, Runnable task);
    }

    static final Timer FX_TIMER = (delay, task) -> {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    };

    private Timer timer = FX_TIMER;
    private Runnable cancel = () -> { };
    private Runnable relayout = () -> { };
    private boolean moving;
    private TimelineLayout full;
    private int fullLayouts;

    /** What the skin does to lay out again once the gesture settles. */
    void onSettled(Runnable relayoutAction) {
        this.relayout = relayoutAction;
    }

    void useTimer(Timer t) {
        this.timer = t;
    }

    /** A gesture step is about to change the range: draw from the last full layout until it settles. */
    void moving() {
        moving = true;
        cancel.run();
        cancel = timer.after(QUIET, this::settle);
    }

    /** The gesture ended (or the range stood still): lay out in full once. */
    void settle() {
        cancel.run();
        cancel = () -> { };
        if (moving) {
            moving = false;
            relayout.run();
        }
    }

    boolean isMoving() {
        return moving;
    }

    /** How many full layouts have run (the seam for tests that count them). */
    int fullLayouts() {
        return fullLayouts;
    }

    /** The layout to draw for a spec: the last full one re-mapped, while moving and only the range changed. */
    TimelineLayout layoutFor(TimelineSpec spec) {
        if (moving && full != null && full.spec().withRange(spec.start(), spec.end()).equals(spec)) {
            return LayoutRemap.toRange(full, spec.start(), spec.end());
        }
        full = TimelineLayout.compute(spec);
        fullLayouts++;
        return full;
    }
}

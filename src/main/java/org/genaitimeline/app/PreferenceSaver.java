package org.genaitimeline.app;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Saves the preferences as they change, not only on a clean quit: every change restarts a
 * short wait, and the save runs once things have been still that long. A crash or a killed
 * process then costs at most the last second, and dragging a window or a divider writes
 * once at the end rather than on every pixel.
 */
final class PreferenceSaver {

    static final Duration QUIET = Duration.millis(800);

    /** Runs a task once after a delay; what it returns cancels it (tests run a clock of their own). */
    interface Scheduler {
        Runnable schedule(Duration after, Runnable task);

        /** On the FX thread's animation clock. */
        static Scheduler fx() {
            return (after, task) -> {
                PauseTransition pause = new PauseTransition(after);
                pause.setOnFinished(e -> task.run());
                pause.play();
                return pause::stop;
            };
        }
    }

    private static final Runnable NOTHING = () -> { };

    private final Runnable save;
    private final Scheduler scheduler;
    private Runnable pending = NOTHING;
    private final InvalidationListener changed = this::changed;

    PreferenceSaver(Runnable save) {
        this(save, Scheduler.fx());
    }

    PreferenceSaver(Runnable save, Scheduler scheduler) {
        this.save = save;
        this.scheduler = scheduler;
    }

    /** Saves after any of these changes. */
    void watch(Observable... values) {
        for (Observable v : values) {
            v.addListener(changed);
        }
    }

    /** Drops a pending save (the quit saves itself). */
    void stop() {
        pending.run();
        pending = NOTHING;
    }

    private void changed(Observable o) {
        // Read the value: a property tells its invalidation listeners only once until it is
        // read, and every change of a burst must restart the wait.
        if (o instanceof ObservableValue<?> v) {
            v.getValue();
        }
        pending.run();
        pending = scheduler.schedule(QUIET, () -> {
            pending = NOTHING;
            save.run();
        });
    }
}

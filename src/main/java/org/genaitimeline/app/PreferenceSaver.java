package org.genaitimeline.app;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;

/**
 * Saves the preferences as they change, not only on a clean quit: every change restarts a
 * short pause, and the save runs once things have been still that long. A crash or a killed
 * process then costs at most the last second, and dragging a window or a divider writes
 * once at the end rather than on every pixel.
 */
final class PreferenceSaver {

    static final Duration QUIET = Duration.millis(800);

    private final PauseTransition pause = new PauseTransition(QUIET);
    private final InvalidationListener changed = o -> pause.playFromStart();

    PreferenceSaver(Runnable save) {
        pause.setOnFinished(e -> save.run());
    }

    /** Saves after any of these changes. */
    void watch(Observable... values) {
        for (Observable v : values) {
            v.addListener(changed);
        }
    }

    /** Drops a pending save (the quit saves itself). */
    void stop() {
        pause.stop();
    }
}

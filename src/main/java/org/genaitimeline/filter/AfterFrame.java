package org.genaitimeline.filter;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up work that waits for the first frame: in a shown window it runs after the next
 * pulse but one, that is once the frame being laid out now has been rendered (the first
 * pulse lays it out and hands it to the render thread; the second waits for that rendering
 * before it ends), so it does not compete with that frame for the CPU. Without a window (a
 * test that only lays a control out) it runs right after the current event.
 */
final class AfterFrame {

    private AfterFrame() {
    }

    static void run(Scene scene, Runnable work) {
        if (scene == null || scene.getWindow() == null) {
            Platform.runLater(work);
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
    }
}

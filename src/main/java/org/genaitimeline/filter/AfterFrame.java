package org.genaitimeline.filter;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up work that waits for a frame to be on screen: the frame the next pulse lays out is
 * rendered first, so the work does not compete with it for the CPU (on two cores the render
 * thread's rasterising of the first frame is a good part of the start). The pulse hands its
 * frame to the render thread, which takes its work in order: a job handed to it after that
 * pulse runs once the frame is done (JavaFX's render queue, internal API, reached by
 * reflection). Waiting for the next pulse but one would not do: a pulse with nothing to draw
 * does not wait for the frame before it. Where the render queue cannot be reached (JavaFX on
 * the module path) the work waits for the second pulse instead. Without a window (a test
 * that only lays a control out) it runs right after the current event.
 *
 * <p>Public for {@code --startup-probe}, which times the frame after the deferred work the same way.
 */
public final class AfterFrame {

    private AfterFrame() {
    }

    /** Runs {@code work} on the FX thread once the frame the next pulse lays out has been rendered. */
    public static void run(Scene scene, Runnable work) {
        onRenderThread(scene, () -> Platform.runLater(work));
    }

    /**
     * Runs {@code task} on the render thread as soon as the frame the next pulse lays out has
     * been rendered (on the FX thread after the second pulse, or right after the current
     * event without a window, as {@link #run}).
     */
    public static void onRenderThread(Scene scene, Runnable task) {
        if (scene == null || scene.getWindow() == null) {
            Platform.runLater(task);
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses == 1) {
                    // Runs once this pulse has handed its frame to the render thread.
                    Platform.runLater(() -> {
                        if (queuedAfterFrames(task)) {
                            scene.removePostLayoutPulseListener(this);
                        } else {
                            Platform.requestNextPulse();
                        }
                    });
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(task);
            }
        });
        Platform.requestNextPulse();
    }

    private static boolean queuedAfterFrames(Runnable task) {
        try {
            Class<?> toolkit = Class.forName("com.sun.javafx.tk.Toolkit");
            Class<?> job = Class.forName("com.sun.javafx.tk.RenderJob");
            Object tk = toolkit.getMethod("getToolkit").invoke(null);
            toolkit.getMethod("addRenderJob", job).invoke(tk, job.getConstructor(Runnable.class).newInstance(task));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}

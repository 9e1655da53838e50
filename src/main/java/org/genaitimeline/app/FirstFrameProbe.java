package org.genaitimeline.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --startup-probe}: the time from the JVM's start to the first frame that is actually
 * drawn with the content in place. The scene's content is complete when {@link #whenDrawn}
 * is called; the next pulse lays it out and hands the frame to the render thread, and the
 * probe waits until that thread has finished rendering and presenting it to the window
 * (JavaFX's scene {@code PerformanceTracker}, whose rendered-frame task runs on the render
 * thread when a frame is done; internal API, reached by reflection). Waiting for the second
 * pulse, as the probe did before, stopped the clock before the frame was rasterised, about
 * 0.5 s early on the software pipeline. Where the tracker cannot be reached (JavaFX on the
 * module path) it falls back to the second pulse and says so. The bare-window probe in
 * src/bench uses this class too, so both are timed alike.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Prints {@code first-frame-ms N} once the next frame of the scene is drawn, then a line
     * {@code first-frame-cpu-ms P fx F render R}: the CPU time the process, the FX thread and
     * the render thread had used by then. On a machine shared with other work the wall time
     * swings with the load; the CPU time, the work itself, much less. Then exits.
     */
    public static void reportAndExit(Scene scene) {
        whenDrawn(scene, ms -> {
            System.out.println("first-frame-ms " + ms);
            System.out.println(cpuLine());
            System.out.flush();
            Platform.exit();
        });
    }

    /** -1 where the runtime lacks jdk.management (the installed app's jlinked one). */
    private static long processCpuNanos() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1_000_000;
        } catch (LinkageError e) {
            return -1_000_000;
        }
    }

    /** Called on the FX thread. */
    private static String cpuLine() {
        var threads = ManagementFactory.getThreadMXBean();
        long render = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
        return "first-frame-cpu-ms " + processCpuNanos() / 1_000_000 + " fx " + threads.getCurrentThreadCpuTime() / 1_000_000
                + " render " + render / 1_000_000;
    }

    /**
     * Calls {@code drawn} on the FX thread with {@link #sinceJvmStart()} taken on the render
     * thread when the first frame laid out after this call has been rendered. Call on the FX
     * thread once the content is in the scene.
     */
    public static void whenDrawn(Scene scene, LongConsumer drawn) {
        AtomicBoolean laidOut = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        // Frames rendered from a pulse before this one do not show the content: wait for a
        // pulse to lay it out first (a pulse waits for the previous frame's rendering).
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                laidOut.set(true);
                scene.removePostLayoutPulseListener(this);
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
        Runnable rendered = () -> {
            if (laidOut.get() && done.compareAndSet(false, true)) {
                long ms = sinceJvmStart();
                Platform.runLater(() -> drawn.accept(ms));
            }
        };
        if (!onRenderedFrame(scene, rendered)) {
            secondPulse(drawn);
        }
        Platform.requestNextPulse();
    }

    private static boolean onRenderedFrame(Scene scene, Runnable task) {
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object t = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(t, task);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The old measure: the second pulse after the content arrived (before it is rasterised). */
    private static void secondPulse(LongConsumer drawn) {
        System.out.println("startup-probe: the render tracker is not reachable; timing to the second pulse");
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    drawn.accept(sinceJvmStart());
                }
            }
        }.start();
    }
}

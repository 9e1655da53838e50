package org.genaitimeline.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.genaitimeline.filter.AfterFrame;

/**
 * {@code --startup-probe}: the time from the JVM's start to the first frame that is actually
 * drawn with the content in place. The scene's content is complete when {@link #whenDrawn}
 * is called; the next pulse lays it out and hands the frame to the render thread, and the
 * probe waits until that thread has finished rendering and presenting it to the window
 * (JavaFX's scene {@code PerformanceTracker}, whose rendered-frame task runs on the render
 * thread when a frame is done; internal API, reached by reflection). Waiting for the second
 * pulse, as the probe did before, stopped the clock before the frame was rasterised, about
 * 0.5 s early on the software pipeline. Where the tracker cannot be reached (JavaFX on the
 * module path) it falls back to the second pulse and says so. The CPU times it prints are
 * read on the render thread when the frame is done, so work the FX thread takes up right
 * after the frame is not counted in. The bare-window probe in src/bench uses this class too,
 * so both are timed alike.
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
     * swings with the load; the CPU time, the work itself, much less. Then exits. For a scene
     * with nothing left for after its first frame (the bare window): {@code interactive-ms}
     * is the first frame's time.
     */
    public static void reportAndExit(Scene scene) {
        reportAndExit(scene, Runnable::run);
    }

    /**
     * As {@link #reportAndExit(Scene)}, then waits for the work the window put off until
     * after its first frame: {@code whenComplete} is given a task to run once that work is
     * done (at once if it is), and the probe prints {@code interactive-ms N} and
     * {@code interactive-cpu-ms ...} when the first frame drawn after it has been rendered,
     * so work moved past the first frame still shows in what is measured. Then exits.
     */
    public static void reportAndExit(Scene scene, Consumer<Runnable> whenComplete) {
        Thread fx = Thread.currentThread();
        String[] cpuAtFirst = new String[1];
        whenDrawn(scene, () -> cpuAtFirst[0] = cpuLine("first-frame-cpu-ms", fx), first -> {
            System.out.println("first-frame-ms " + first);
            System.out.println(cpuAtFirst[0]);
            AtomicBoolean waiting = new AtomicBoolean(true);
            whenComplete.accept(() -> {
                if (waiting.get()) {
                    // Complete already at the first frame: nothing came after it.
                    System.out.println("interactive-ms " + first);
                    System.out.println(cpuAtFirst[0].replace("first-frame-cpu-ms", "interactive-cpu-ms"));
                    Platform.exit();
                } else {
                    String[] cpu = new String[1];
                    whenNextFrameRendered(scene, () -> cpu[0] = cpuLine("interactive-cpu-ms", fx), done -> {
                        System.out.println("interactive-ms " + done);
                        System.out.println(cpu[0]);
                        Platform.exit();
                    });
                }
            });
            waiting.set(false);
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

    /** The process's, the FX thread's and the render thread's CPU time so far (called on any thread). */
    private static String cpuLine(String name, Thread fx) {
        var threads = ManagementFactory.getThreadMXBean();
        long render = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
        return name + " " + processCpuNanos() / 1_000_000 + " fx " + threads.getThreadCpuTime(fx.getId()) / 1_000_000
                + " render " + render / 1_000_000;
    }

    /**
     * Calls {@code drawn} on the FX thread with {@link #sinceJvmStart()} taken on the render
     * thread when the first frame laid out after this call has been rendered. Call on the FX
     * thread once the content is in the scene, before a frame is being rendered (before the
     * window shows, or when its content arrives).
     */
    public static void whenDrawn(Scene scene, LongConsumer drawn) {
        whenDrawn(scene, () -> { }, drawn);
    }

    /** As {@link #whenDrawn(Scene, LongConsumer)}; {@code atFrame} runs on the render thread when the frame is done. */
    private static void whenDrawn(Scene scene, Runnable atFrame, LongConsumer drawn) {
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
                atFrame.run();
                Platform.runLater(() -> drawn.accept(ms));
            }
        };
        if (!onRenderedFrame(scene, rendered)) {
            secondPulse(() -> {
                atFrame.run();
                drawn.accept(sinceJvmStart());
            });
        }
        Platform.requestNextPulse();
    }

    /**
     * Calls {@code drawn} on the FX thread with the time the render thread finished the frame
     * the next pulse lays out, for content that arrives while an earlier frame may still be
     * rendering (where {@link #whenDrawn} could take that earlier frame for it): timed as the
     * sidebar's deferred work waits for a frame ({@link AfterFrame}).
     */
    private static void whenNextFrameRendered(Scene scene, Runnable atFrame, LongConsumer drawn) {
        AfterFrame.onRenderThread(scene, () -> {
            long ms = sinceJvmStart();
            atFrame.run();
            Platform.runLater(() -> drawn.accept(ms));
        });
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
    private static void secondPulse(Runnable then) {
        System.out.println("startup-probe: the render tracker is not reachable; timing to the second pulse");
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}

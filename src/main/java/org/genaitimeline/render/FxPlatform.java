package org.genaitimeline.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for the headless command line (export). Without a display it
 * selects Monocle's headless platform and the software pipeline, which must be set before
 * the toolkit starts; with a display it leaves the platform alone.
 *
 * <p>In tests the toolkit may already run (TestFX), or TestFX may start later: both work as
 * long as nothing swaps Monocle's platform after start-up (TestFX does so with
 * {@code testfx.headless=true}, which is why the build does not set it).
 */
public final class FxPlatform {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxPlatform() {
    }

    /** Starts the toolkit once (no-op when already running, e.g. inside the GUI or tests). */
    public static void ensureStarted() {
        if (Platform.isFxApplicationThread()) {
            // Inside the app (the export dialog): the toolkit runs and its exit policy is the app's.
            STARTED.set(true);
            return;
        }
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("java.awt.headless", "true");
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            ready.complete(null);
        }
        Platform.setImplicitExit(false);
        ready.join();
    }

    /** Runs work on the FX thread and waits for its result (rethrowing its failure). */
    public static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

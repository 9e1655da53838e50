package org.genaitimeline.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for the headless command line (export): always Monocle's headless
 * platform and the software pipeline, whatever DISPLAY says, set before the toolkit starts.
 *
 * <p>In tests the toolkit may already run (TestFX), or TestFX may start later: both work as
 * long as nothing swaps Monocle's platform after start-up (TestFX does so with
 * {@code testfx.headless=true}, which is why the build does not set it).
 */
public final class FxPlatform {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /**
     * JavaFX's general logger. Held here because java.util.logging keeps loggers only weakly:
     * a filter set on a logger nobody references would be lost with it.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

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
        // Always headless when we start the toolkit: the command line never shows a window,
        // and with DISPLAY set but no X server answering, GTK would fail with a stack trace.
        // Inside the app or under TestFX the toolkit already runs and these are not read.
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        quietUnnamedModuleWarning();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            ready.complete(null);
        }
        Platform.setImplicitExit(false);
        ready.join();
    }

    /**
     * Drops JavaFX's start-up warning "Unsupported JavaFX configuration: classes were loaded
     * from 'unnamed module ...'". We ship one shaded jar on the class path on purpose (see
     * app.Main), so every export and start would print it on stderr, where users read it as
     * an error. Only that message is dropped: other JavaFX warnings still show. Call before
     * the toolkit starts.
     */
    public static void quietUnnamedModuleWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
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

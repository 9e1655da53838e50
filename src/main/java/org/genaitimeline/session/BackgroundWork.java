package org.genaitimeline.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Where slow work (reading a catalog) runs: off the FX thread in the app, on the calling
 * thread in tests, so a test sees the result without waiting or sleeping.
 */
public interface BackgroundWork {

    /**
     * Runs the task off the FX thread and hands its result, or its failure, to the FX thread.
     */
    <T> void submit(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure);

    /** One daemon worker thread; results are delivered with {@link Platform#runLater}. */
    static BackgroundWork daemonThread() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genai-background");
            t.setDaemon(true);
            return t;
        });
        return new BackgroundWork() {
            @Override
            public <T> void submit(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                pool.execute(() -> {
                    try {
                        T result = task.get();
                        Platform.runLater(() -> onResult.accept(result));
                    } catch (RuntimeException | Error e) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }

    /** Runs everything at once on the calling thread (tests). */
    static BackgroundWork sameThread() {
        return new BackgroundWork() {
            @Override
            public <T> void submit(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = task.get();
                } catch (RuntimeException | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onResult.accept(result);
            }
        };
    }
}

package org.genaitimeline.app;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.genaitimeline.session.BackgroundWork;

/**
 * The app's background work (one daemon thread, results on the FX thread, as
 * {@link BackgroundWork#daemonThread()}) with one addition for start-up: the window can take
 * a result that has arrived, or is about to, <em>before</em> it is shown. The catalog read at
 * start then reaches the state before the first CSS pass and layout, so the first frame is
 * styled, laid out and rendered once with the catalog in it, instead of once empty and again
 * a pulse later with it (the second pass cost about as much as the first).
 *
 * <p>Each result is queued and a delivery is posted with {@code runLater}; whichever comes
 * first, {@link #deliverArrived} or the posted delivery, hands it over, so it is handed over
 * exactly once and in the order the results came.
 */
final class StartupWork implements BackgroundWork {

    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final BlockingQueue<Runnable> arrived = new LinkedBlockingQueue<>();

    /**
     * @param worker where the tasks run
     * @param fxThread how a delivery is posted to the FX thread
     */
    StartupWork(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** One daemon worker thread, deliveries through {@link Platform#runLater}. */
    static StartupWork daemonThread() {
        return new StartupWork(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genai-background");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    @Override
    public <T> void submit(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            Runnable delivery;
            try {
                T result = task.get();
                delivery = () -> onResult.accept(result);
            } catch (RuntimeException | Error e) {
                delivery = () -> onFailure.accept(e);
            }
            arrived.add(delivery);
            fxThread.accept(this::deliverArrived);
        });
    }

    /**
     * On the FX thread: waits up to {@code maxMillis} for a result if none has arrived, then
     * hands over every result that has. True when at least one was handed over.
     */
    boolean deliverWithin(long maxMillis) {
        Runnable first;
        try {
            first = arrived.poll(maxMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (first == null) {
            return false;
        }
        first.run();
        deliverArrived();
        return true;
    }

    /** On the FX thread: hands over the results that have arrived, in order. */
    void deliverArrived() {
        for (Runnable d = arrived.poll(); d != null; d = arrived.poll()) {
            d.run();
        }
    }
}

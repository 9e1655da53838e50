package org.genaitimeline.session;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.LoadResult;
import org.genaitimeline.catalog.Problem;
import org.genaitimeline.importer.EpochImport;
import org.genaitimeline.importer.ImportResult;
import org.genaitimeline.importer.Progress;
import org.genaitimeline.state.AppState;

/**
 * The catalog actions of the File menu and what the app remembers of them: open a catalog,
 * add one, import an Epoch AI export, go back to the bundled catalog, and rebuild the last
 * catalog at start-up. Slow work runs through {@link BackgroundWork}; a new catalog is swapped
 * into {@link AppState} only when an action completes, so a cancelled or failed one leaves
 * the catalog exactly as it was.
 *
 * <p>Import progress is stored by the importing thread in atomics and read by an
 * {@link AnimationTimer} once per pulse, never one {@code runLater} per row.
 *
 * <p>Actions run one at a time, in the order asked: an action asked for while another runs
 * (Open during an import, a start-up fallback) waits in a queue. Each takes the catalog it
 * builds on when it starts, on the FX thread, after the previous action's result has been
 * applied; so an Add queued behind an Open merges into the opened catalog, and no worker
 * thread reads {@link AppState}. {@link #busyProperty()} stays true until the queue is empty.
 */
public final class CatalogSession {

    /** What the window shows for the session's outcomes (dialogs; tests read them back). */
    public interface Ui {
        void problems(List<Problem> problems);

        void imported(ImportResult result);

        void refused(String file, String why);

        void added(String file, org.genaitimeline.importer.CatalogMerge.Result result);
    }

    private final AppState state;
    private final BackgroundWork work;
    private final CatalogLoader loader;
    private final CatalogSteps steps;
    private final Ui ui;
    private final ObservableList<RememberedCatalog> remembered = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyLongWrapper rowsRead = new ReadOnlyLongWrapper(this, "rowsRead");
    private final ReadOnlyStringWrapper importFile = new ReadOnlyStringWrapper(this, "importFile", "");
    /** Actions waiting for the running one (FX thread only). */
    private final Deque<Consumer<Catalog>> queue = new ArrayDeque<>();
    private boolean running;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            showProgress();
        }
    };

    public CatalogSession(AppState state, BackgroundWork work, CatalogLoader loader, Ui ui) {
        this.state = state;
        this.work = work;
        this.loader = loader;
        this.steps = new CatalogSteps(loader);
        this.ui = ui;
    }

    /** The files the current catalog was built from, in order (saved as a preference). */
    public ObservableList<RememberedCatalog> remembered() {
        return remembered;
    }

    /** One line for the status bar: what the last action did, or which remembered file failed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether a catalog action is running (the menu items wait). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether an Epoch import is running (the progress bar and Cancel show). */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public boolean isImporting() {
        return importing.get();
    }

    /** The import's fraction done (bytes read of the file's size), -1 when not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** CSV rows read so far by the running import. */
    public ReadOnlyLongProperty rowsReadProperty() {
        return rowsRead.getReadOnlyProperty();
    }

    /** The name of the file being imported. */
    public ReadOnlyStringProperty importFileProperty() {
        return importFile.getReadOnlyProperty();
    }

    /** Asks the running import to stop; the catalog stays as it was. */
    public void cancelImport() {
        cancelRequested.set(true);
    }

    /** The bundled catalog alone: forgets every opened, added or imported file. */
    public void openBundled(Runnable then) {
        load(false, loader::loadBundled, () -> {
            remembered.clear();
            notice.set("");
        }, then);
    }

    /** File > Open catalog: this file instead of the bundled catalog. */
    public void open(Path modelsFile, Runnable then) {
        load(false, () -> loader.load(modelsFile), () -> {
            remembered.setAll(new RememberedCatalog(RememberedCatalog.Kind.OPEN, modelsFile));
            notice.set("");
        }, then);
    }

    private void load(boolean first, java.util.function.Supplier<LoadResult> read, Runnable onSwap, Runnable then) {
        enqueue(first, base -> submit(read, result -> {
            if (result.catalog().isPresent()) {
                state.setCatalog(result.catalog().get());
                onSwap.run();
                if (!result.problems().isEmpty()) {
                    ui.problems(result.problems()); // warnings only: the catalog is open, but worth a look
                }
            } else {
                ui.problems(result.problems());
            }
            then.run();
        }, failure -> {
            ui.problems(List.of(problem(failure)));
            then.run();
        }));
    }

    /** File > Add catalog: the file's models merged by id into the current catalog. */
    public void add(Path modelsFile) {
        enqueue(false, base -> submit(() -> steps.add(base, modelsFile), a -> {
            if (a.merged() == null) {
                ui.problems(a.loaded().problems());
                return;
            }
            state.setCatalog(a.merged().catalog());
            remembered.add(new RememberedCatalog(RememberedCatalog.Kind.ADD, modelsFile));
            String name = CatalogSteps.name(modelsFile);
            notice.set(state.messages().get("add.done", name, a.merged().added().size(),
                    a.merged().skipped().size()));
            ui.added(name, a.merged());
        }, failure -> ui.problems(List.of(problem(failure)))));
    }

    /** File > Import Epoch AI CSV. */
    public void importEpoch(Path csv) {
        importEpoch(csv, () -> false);
    }

    /**
     * Imports an Epoch export off the FX thread.
     *
     * @param cancelledToo a second way to cancel besides {@link #cancelImport()} (tests)
     */
    public void importEpoch(Path csv, BooleanSupplier cancelledToo) {
        enqueue(false, base -> runImport(csv, cancelledToo, base));
    }

    private void runImport(Path csv, BooleanSupplier cancelledToo, Catalog base) {
        String name = CatalogSteps.name(csv);
        cancelRequested.set(false);
        rows.set(0);
        bytes.set(0);
        total.set(-1);
        importFile.set(name);
        importing.set(true);
        showProgress();
        pulse.start();
        Progress onRow = (r, b, t) -> {
            rows.set(r);
            bytes.set(b);
            total.set(t);
        };
        BooleanSupplier cancelled = () -> cancelRequested.get() || cancelledToo.getAsBoolean();
        submit(() -> new EpochImport().importFile(csv, base, onRow, cancelled), r -> {
            endImport();
            switch (r.status()) {
                case COMPLETED -> {
                    state.setCatalog(r.catalog().orElseThrow());
                    remembered.add(new RememberedCatalog(RememberedCatalog.Kind.EPOCH, csv));
                    notice.set(state.messages().get("import.done", name, r.report().summary(state.messages())));
                    ui.imported(r);
                }
                case CANCELLED -> notice.set(state.messages().get("import.cancelled", name));
                case REFUSED -> ui.refused(name, r.failure().map(p -> p.describe(state.messages())).orElse(""));
            }
        }, failure -> {
            endImport();
            ui.refused(name, String.valueOf(failure.getMessage()));
        });
    }

    /**
     * Start-up: the bundled catalog, then every remembered file in order. A file that has gone
     * missing or fails is left out (and forgotten) with a notice in the status bar; the rest
     * still apply, so the app always opens on at least the bundled catalog.
     */
    public void restore(List<RememberedCatalog> files, Runnable then) {
        var messages = state.messages();
        List<RememberedCatalog> copy = List.copyOf(files);
        enqueue(false, base -> submit(() -> {
            LoadResult bundled = loader.loadBundled();
            return bundled.catalog().map(c -> steps.restore(c, copy, messages)).orElse(null);
        }, restored -> {
            if (restored == null) {
                openBundledNext(then); // reports the bundled catalog's own problems
                return;
            }
            state.setCatalog(restored.catalog());
            remembered.setAll(restored.kept());
            notice.set(String.join(" ", restored.notices()));
            then.run();
        }, failure -> openBundledNext(then)));
    }

    /** The start-up fallback: the bundled catalog before anything asked for meanwhile. */
    private void openBundledNext(Runnable then) {
        load(true, loader::loadBundled, () -> {
            remembered.clear();
            notice.set("");
        }, then);
    }

    /**
     * Queues an action (FX thread). It starts when the running one has finished and its result
     * has been applied, and is handed the catalog as it is then.
     */
    private void enqueue(boolean first, Consumer<Catalog> action) {
        if (first) {
            queue.addFirst(action);
        } else {
            queue.addLast(action);
        }
        busy.set(true);
        state.setLoading(true);
        if (!running) {
            next();
        }
    }

    private void next() {
        Consumer<Catalog> action = queue.pollFirst();
        if (action == null) {
            running = false;
            busy.set(false);
            state.setLoading(false);
            return;
        }
        running = true;
        action.accept(state.getCatalog());
    }

    /** Submits the running action's work; once its result is handled the next action starts. */
    private <T> void submit(java.util.function.Supplier<T> task, Consumer<T> onResult,
            Consumer<Throwable> onFailure) {
        work.submit(task, result -> {
            try {
                onResult.accept(result);
            } finally {
                next();
            }
        }, failure -> {
            try {
                onFailure.accept(failure);
            } finally {
                next();
            }
        });
    }

    private void endImport() {
        pulse.stop();
        showProgress();
        importing.set(false);
    }

    private void showProgress() {
        long t = total.get();
        progress.set(t > 0 ? Math.min(1, bytes.get() / (double) t) : -1);
        rowsRead.set(rows.get());
    }

    private static Problem problem(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Problem("", 0, 0, "", org.genaitimeline.catalog.CatalogText.of("catalog.file.couldNotReadBecause", message));
    }
}

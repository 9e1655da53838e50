package org.genaitimeline.app;

import org.genaitimeline.state.AppState;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.CatalogText;
import org.genaitimeline.catalog.LoadResult;
import org.genaitimeline.catalog.Problem;

/**
 * Loads catalogs off the FX thread and swaps a good one into {@link AppState}. A catalog
 * with problems is never used: the problems go to the handler (the window shows them) and
 * the app keeps the catalog it had.
 */
public final class CatalogOpener {

    private final AppState state;
    private final BackgroundWork work;
    private final CatalogLoader loader;
    private final Consumer<List<Problem>> onProblems;

    public CatalogOpener(AppState state, BackgroundWork work, CatalogLoader loader,
            Consumer<List<Problem>> onProblems) {
        this.state = state;
        this.work = work;
        this.loader = loader;
        this.onProblems = onProblems;
    }

    /** The catalog inside the jar. */
    public void openBundled(Runnable then) {
        run(loader::loadBundled, CatalogLoader.BUNDLED_MODELS, then);
    }

    /** A models file the user chose (its eras.json beside it, else the bundled eras). */
    public void open(Path modelsFile, Runnable then) {
        run(() -> loader.load(modelsFile), modelsFile.toString(), then);
    }

    private void run(Supplier<LoadResult> load, String file, Runnable then) {
        state.setLoading(true);
        work.submit(() -> safely(load, file), result -> {
            state.setLoading(false);
            result.catalog().ifPresentOrElse(state::setCatalog, () -> onProblems.accept(result.problems()));
            then.run();
        }, failure -> {
            state.setLoading(false);
            onProblems.accept(List.of(problem(file, failure)));
            then.run();
        });
    }

    /** A loader that throws (a file it did not expect) still yields a problem, never a crash. */
    private static LoadResult safely(Supplier<LoadResult> load, String file) {
        try {
            LoadResult r = load.get();
            if (!r.isOk() && r.problems().isEmpty()) {
                return LoadResult.failed(List.of(new Problem(file, 0, 0, "", CatalogText.of("catalog.file.couldNotRead"))));
            }
            return r;
        } catch (RuntimeException e) {
            return LoadResult.failed(List.of(problem(file, e)));
        }
    }

    private static Problem problem(String file, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Problem(file, 0, 0, "", CatalogText.of("catalog.file.couldNotReadBecause", message));
    }
}

package org.genaitimeline.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.LoadResult;
import org.genaitimeline.catalog.Problem;
import org.genaitimeline.i18n.Messages;

/**
 * Opens the catalog for a command: the {@code --catalog} file or the bundled one. Whatever
 * goes wrong becomes {@link Problem}s (never an exception with a stack trace), so
 * {@code --validate} and {@code --list} report a broken file the same way.
 */
final class CatalogSource {

    private final CatalogLoader loader;
    private final Messages messages;

    CatalogSource(CatalogLoader loader, Messages messages) {
        this.loader = loader;
        this.messages = messages;
    }

    /** Loads a models file (eras.json beside it, or the bundled eras). */
    LoadResult load(String file) {
        return withFile(file, loader::load);
    }

    /**
     * Every problem of one catalog file, models or eras (recognised by its top-level key), and
     * how many models a good models file holds (-1 otherwise): read once, not again to count.
     */
    CatalogLoader.Checked validate(String file) {
        int[] models = {-1};
        List<Problem> problems = withFile(file, path -> {
            CatalogLoader.Checked checked = loader.check(path);
            models[0] = checked.models();
            return checked.problems().isEmpty() ? LoadResult.ok(Catalog.empty()) : LoadResult.failed(checked.problems());
        }).problems();
        return new CatalogLoader.Checked(problems, problems.isEmpty() ? models[0] : -1);
    }

    /**
     * Runs a loader step on an existing regular file; a missing file, a malformed path or a
     * loader bug becomes one problem about the file, never an exception.
     */
    private LoadResult withFile(String file, java.util.function.Function<Path, LoadResult> step) {
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return failed(file, messages.get("cli.error.noFile"));
        }
        var refusal = org.genaitimeline.catalog.FileAccess.refuseReading(path);
        if (refusal.isPresent()) {
            return failed(file, refusal.get().text().in(messages.language()));
        }
        try {
            return step.apply(path);
        } catch (RuntimeException e) {
            // A loader bug must still reach the user as one line about the file.
            return failed(file, messages.get("cli.error.unreadable", String.valueOf(e.getMessage())));
        }
    }

    LoadResult loadBundled() {
        try {
            return loader.loadBundled();
        } catch (RuntimeException e) {
            return failed(messages.get("cli.bundled"), messages.get("cli.error.noBundled"));
        }
    }

    /** The catalog to work on, or a {@link CliException} (exit 1) listing every problem. */
    Catalog open(String file) {
        LoadResult result = file == null ? loadBundled() : load(file);
        if (result.isOk()) {
            return result.catalog().orElseThrow();
        }
        List<Problem> problems = result.problems();
        String lines = problems.stream().map(p -> p.describe(messages.language())).collect(Collectors.joining("\n"));
        throw CliException.invalid(lines + "\n" + messages.get("cli.error.badCatalog", problems.size()));
    }

    private static LoadResult failed(String file, String message) {
        return LoadResult.failed(List.of(new Problem(file, 0, 0, "", message)));
    }
}

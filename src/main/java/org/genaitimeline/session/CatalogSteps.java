package org.genaitimeline.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.LoadResult;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.importer.CatalogMerge;
import org.genaitimeline.importer.EpochImport;
import org.genaitimeline.importer.ImportResult;
import org.genaitimeline.importer.Progress;

/**
 * The blocking halves of the catalog actions, with no JavaFX: {@link CatalogSession} runs them
 * through {@link BackgroundWork} and swaps the results in on the FX thread.
 */
final class CatalogSteps {

    private final CatalogLoader loader;

    CatalogSteps(CatalogLoader loader) {
        this.loader = loader;
    }

    /** A user catalog merged into the current one, or the reason it could not be read. */
    record Added(CatalogMerge.Result merged, LoadResult loaded) {
    }

    Added add(Catalog base, Path file) {
        LoadResult loaded = loader.load(file);
        if (loaded.catalog().isEmpty()) {
            return new Added(null, loaded);
        }
        return new Added(CatalogMerge.add(base, loaded.catalog().get(), name(file)), loaded);
    }

    /**
     * What start-up rebuilt from the remembered files.
     *
     * @param catalog the catalog to show (the bundled one when nothing else could be read)
     * @param kept the entries that worked, to remember again
     * @param notices one line per file that was missing or failed, in the UI language
     */
    record Restored(Catalog catalog, List<RememberedCatalog> kept, List<String> notices) {
    }

    /**
     * Replays the remembered files on the bundled catalog: a file gone missing or no longer
     * readable is left out with a notice, and the rest still apply.
     *
     * @param bundled the bundled catalog, already loaded
     */
    Restored restore(Catalog bundled, List<RememberedCatalog> remembered, Messages messages) {
        Catalog current = bundled;
        List<RememberedCatalog> kept = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (RememberedCatalog entry : remembered) {
            Path file = entry.file();
            if (!Files.isRegularFile(file)) {
                notices.add(messages.get("restore.missing", file, messages.get("restore.missingFile")));
                continue;
            }
            Catalog next;
            try {
                next = apply(current, entry);
            } catch (RuntimeException e) {
                next = null; // a reader bug costs that one file, never the start-up
            }
            if (next == null) {
                notices.add(messages.get("restore.missing", file, messages.get("restore.problems")));
            } else {
                current = next;
                kept.add(entry);
            }
        }
        return new Restored(current, kept, notices);
    }

    private Catalog apply(Catalog current, RememberedCatalog entry) {
        Path file = entry.file();
        return switch (entry.kind()) {
            case OPEN -> loader.load(file).catalog().orElse(null);
            case ADD -> {
                Added a = add(current, file);
                yield a.merged() == null ? null : a.merged().catalog();
            }
            case EPOCH -> {
                ImportResult r = new EpochImport().importFile(file, current, Progress.NONE, () -> false);
                yield r.catalog().orElse(null);
            }
        };
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}

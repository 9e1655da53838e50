package org.genaitimeline.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What loading a catalog gave: the catalog when the files have no error (perhaps with
 * warnings), and every problem found otherwise (a catalog with errors is never half-used).
 */
public record LoadResult(Optional<Catalog> catalog, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        if (catalog.isPresent() && problems.stream().anyMatch(p -> !p.warning())) {
            throw new IllegalArgumentException("a catalog with errors is never returned");
        }
    }

    public static LoadResult ok(Catalog catalog) {
        return new LoadResult(Optional.of(catalog), List.of());
    }

    /** A catalog that loaded, with what is worth a look in it. */
    public static LoadResult ok(Catalog catalog, List<Problem> warnings) {
        return new LoadResult(Optional.of(catalog), warnings);
    }

    public static LoadResult failed(List<Problem> problems) {
        return new LoadResult(Optional.empty(), problems);
    }

    public boolean isOk() {
        return catalog.isPresent();
    }
}

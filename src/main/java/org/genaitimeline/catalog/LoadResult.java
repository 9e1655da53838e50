package org.genaitimeline.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What loading a catalog gave: the catalog when the files have no problem, and every
 * problem found otherwise (a catalog with problems is never half-used).
 */
public record LoadResult(Optional<Catalog> catalog, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        if (catalog.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a catalog with problems is never returned");
        }
    }

    public static LoadResult ok(Catalog catalog) {
        return new LoadResult(Optional.of(catalog), List.of());
    }

    public static LoadResult failed(List<Problem> problems) {
        return new LoadResult(Optional.empty(), problems);
    }

    public boolean isOk() {
        return catalog.isPresent();
    }
}

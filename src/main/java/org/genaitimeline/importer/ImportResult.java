package org.genaitimeline.importer;

import java.util.Objects;
import java.util.Optional;
import org.genaitimeline.catalog.Catalog;

/**
 * The outcome of {@link EpochImport#importFile}: a new catalog only when the import
 * completed. A cancelled or refused import gives no catalog, so the caller keeps the one it
 * had (never a half-imported one).
 *
 * @param status how it ended
 * @param catalog the merged catalog when {@link Status#COMPLETED}, else empty
 * @param report what was matched, added and skipped (empty lists unless completed)
 * @param failure why the file was refused, when {@link Status#REFUSED}
 */
public record ImportResult(Status status, Optional<Catalog> catalog, ImportReport report,
        Optional<ImportProblem> failure) {

    /** How an import ended. */
    public enum Status { COMPLETED, CANCELLED, REFUSED }

    public ImportResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(report, "report");
        if (catalog.isPresent() != (status == Status.COMPLETED)) {
            throw new IllegalArgumentException("a catalog comes with, and only with, a completed import");
        }
        if (failure.isPresent() != (status == Status.REFUSED)) {
            throw new IllegalArgumentException("a failure comes with, and only with, a refused import");
        }
    }

    static ImportResult completed(Catalog catalog, ImportReport report) {
        return new ImportResult(Status.COMPLETED, Optional.of(catalog), report, Optional.empty());
    }

    static ImportResult cancelled(String file) {
        return new ImportResult(Status.CANCELLED, Optional.empty(), ImportReport.empty(file), Optional.empty());
    }

    static ImportResult refused(String file, ImportProblem problem) {
        return new ImportResult(Status.REFUSED, Optional.empty(), ImportReport.empty(file), Optional.of(problem));
    }

    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }
}

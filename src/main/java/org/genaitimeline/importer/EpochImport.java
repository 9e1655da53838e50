package org.genaitimeline.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;

/**
 * The entry point of the Epoch AI import: reads an export and merges it into a catalog.
 *
 * <pre>{@code
 * ImportResult r = new EpochImport().importFile(csv, state.getCatalog(), progress, task::isCancelled);
 * if (r.isCompleted()) { state.setCatalog(r.catalog().orElseThrow()); }   // on the FX thread
 * status(r.report().summary(messages));             // "Matched 61, added 834, skipped 0."
 * r.failure().ifPresent(p -> error(p.describe(messages)));
 * }</pre>
 *
 * Pure and blocking: run it off the FX thread (a {@code javafx.concurrent.Task} whose
 * {@code isCancelled} is the {@code cancelled} supplier); it touches no shared state, so a
 * cancelled or refused import leaves the caller's catalog exactly as it was.
 *
 * <p>Merge rule: a row that {@link ModelMatcher} finds in the base catalog is <em>linked</em>,
 * not added: the base model stays exactly as it is (the book's values are never overwritten,
 * not even a missing parameter count, since the book's silence is also the book's), and the
 * row is listed in {@link ImportReport#matched()} with the rule that fired. Every other row
 * becomes a new model ({@link EpochMapper}), with lineage from {@code Base model} to models in
 * the merged catalog. The base catalog's models and eras are reused untouched.
 */
public final class EpochImport {

    private final EpochCsvReader reader = new EpochCsvReader();

    /**
     * Imports an Epoch AI CSV export.
     *
     * @param csv the file
     * @param base the catalog to merge into (not changed: a new catalog is returned)
     * @param progress told after every row read
     * @param cancelled asked before every row; yes stops the import with no catalog
     */
    public ImportResult importFile(Path csv, Catalog base, Progress progress, BooleanSupplier cancelled) {
        String file = csv.getFileName() == null ? csv.toString() : csv.getFileName().toString();
        if (base.eras().isEmpty()) {
            return ImportResult.refused(file, ImportProblem.of(0, ImportProblem.Reason.NO_ERAS));
        }
        Optional<EpochTable> table;
        try {
            table = reader.read(csv, progress, cancelled);
        } catch (ImportFailure f) {
            return ImportResult.refused(file, f.problem());
        }
        if (table.isEmpty()) {
            return ImportResult.cancelled(file);
        }
        return merge(table.get(), base, file, cancelled);
    }

    /** Merges rows already read into a catalog (the second half of {@link #importFile}). */
    ImportResult merge(EpochTable table, Catalog base, String file, BooleanSupplier cancelled) {
        ModelMatcher matcher = new ModelMatcher(base.models());
        EpochMapper mapper = new EpochMapper(base, file);
        Set<String> taken = new HashSet<>();
        base.models().forEach(m -> taken.add(m.id()));

        List<ImportReport.MatchedRow> matched = new ArrayList<>();
        List<EpochRow> toAdd = new ArrayList<>();
        Map<EpochRow, String> idOf = new HashMap<>();
        // An Epoch name, normalised, to the id it ended up as: lineage may name a row that
        // was itself matched to a book model ("PaLM (540B)" -> palm) or added.
        Map<String, String> byEpochName = new HashMap<>();
        for (EpochRow row : table.rows()) {
            if (cancelled.getAsBoolean()) {
                return ImportResult.cancelled(file);
            }
            Optional<ModelMatcher.Match> match = matcher.match(row.name(), row.date(), row.parameters());
            String id;
            if (match.isPresent()) {
                id = match.get().model().id();
                matched.add(new ImportReport.MatchedRow(row.line(), row.name(), id, match.get().rules()));
            } else {
                id = unique(EpochMapper.idFor(row.name()), taken);
                toAdd.add(row);
            }
            idOf.put(row, id);
            byEpochName.putIfAbsent(ModelMatcher.normalise(row.name()), id);
        }

        List<ImportProblem> problems = new ArrayList<>(table.skipped());
        Map<String, List<String>> parentsOf = new LinkedHashMap<>();
        for (EpochRow row : toAdd) {
            parentsOf.put(idOf.get(row), new ArrayList<>(lineage(row, idOf.get(row), byEpochName, matcher, problems)));
        }
        Map<String, EpochRow> rowOf = new HashMap<>();
        toAdd.forEach(r -> rowOf.put(idOf.get(r), r));
        for (LineageCycles.Cut cut : LineageCycles.cut(parentsOf)) {
            EpochRow row = rowOf.get(cut.child());
            problems.add(ImportProblem.of(row.line(), ImportProblem.Reason.CYCLIC_LINK, row.name(), cut.parent()));
        }

        List<Model> models = new ArrayList<>(base.models());
        List<ImportReport.AddedRow> added = new ArrayList<>();
        for (EpochRow row : toAdd) {
            if (cancelled.getAsBoolean()) {
                return ImportResult.cancelled(file);
            }
            String id = idOf.get(row);
            models.add(mapper.toModel(row, id, List.copyOf(parentsOf.get(id))));
            added.add(new ImportReport.AddedRow(row.line(), id, row.openWeights()));
        }
        Catalog merged = new Catalog(models, base.eras(), base.source() + " + " + file);
        return ImportResult.completed(merged, new ImportReport(file, matched, added, problems));
    }

    /**
     * The ids {@code Base model} names: a row of the same file by its exact (normalised) name
     * first, else a base-catalog model by {@link ModelMatcher#matchBase}. Never a row by a
     * stripped name: a row is the one version it names ({@code ESM2-15B} is not {@code
     * ESM2-650M}), while a catalog model stands for its family. A name that reaches nothing is
     * left out of the links and reported.
     */
    private static List<String> lineage(EpochRow row, String id, Map<String, String> byEpochName,
            ModelMatcher matcher, List<ImportProblem> problems) {
        Set<String> parents = new LinkedHashSet<>();
        for (String name : row.baseModels()) {
            String parent = byEpochName.get(ModelMatcher.normalise(name));
            if (parent == null) {
                parent = matcher.matchBase(name, row.date()).map(m -> m.model().id()).orElse(null);
            }
            if (parent == null) {
                problems.add(ImportProblem.of(row.line(), ImportProblem.Reason.UNKNOWN_BASE_MODEL, row.name(), name));
            } else if (!parent.equals(id)) {
                parents.add(parent);
            }
        }
        return List.copyOf(parents);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}

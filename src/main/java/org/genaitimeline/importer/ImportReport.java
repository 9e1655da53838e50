package org.genaitimeline.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genaitimeline.i18n.Messages;

/**
 * What an import did, for the status line, a details dialog and the command line.
 *
 * @param file the imported file's name
 * @param matched the rows that are models already in the catalog: linked, not added
 * @param added the rows added as new models
 * @param skipped the rows left out, each with its line and reason
 */
public record ImportReport(String file, List<MatchedRow> matched, List<AddedRow> added, List<ImportProblem> skipped) {

    /** The attribution Epoch AI's licence (CC BY 4.0) asks for; exports of imported data carry it. */
    public static final String ATTRIBUTION = "Epoch AI, 'Notable AI Models', CC BY 4.0";

    /**
     * An Epoch row that is a model the catalog already has. The book's entry is kept exactly
     * as it is (the book's own values are never overwritten); the row is only recorded here.
     *
     * @param line where the row starts in the file
     * @param epochName the name as Epoch writes it
     * @param modelId the catalog model it is
     * @param rules how the match was found
     */
    public record MatchedRow(int line, String epochName, String modelId, List<ModelMatcher.Rule> rules) {
        public MatchedRow {
            rules = List.copyOf(rules);
        }

        /** "name after removing the parenthetical, the size" in the bundle's language. */
        public String describeRules(Messages messages) {
            return rules.stream().map(r -> messages.get(r.key())).collect(Collectors.joining(", "));
        }
    }

    /**
     * An Epoch row added as a new model.
     *
     * @param line where the row starts in the file
     * @param modelId the new model's id ({@code epoch-...})
     * @param openWeights open, closed or not stated (the catalog's boolean cannot say "unknown")
     */
    public record AddedRow(int line, String modelId, OpenWeights openWeights) {
        public AddedRow {
            Objects.requireNonNull(openWeights, "openWeights");
        }
    }

    public ImportReport {
        Objects.requireNonNull(file, "file");
        matched = List.copyOf(matched);
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }

    static ImportReport empty(String file) {
        return new ImportReport(file, List.of(), List.of(), List.of());
    }

    /** "Matched 61, added 834, skipped 0." in the bundle's language. */
    public String summary(Messages messages) {
        return messages.get("import.epoch.report", Integer.toString(matched.size()),
                Integer.toString(added.size()),
                Long.toString(skipped.stream().filter(p -> p.reason().skipsRow()).count()));
    }

    /**
     * The tri-state open-weights value of an imported model: {@link OpenWeights#UNKNOWN} where
     * Epoch says nothing (the model's {@code openSource} is then false with a note saying so).
     * Models not added by this import are {@link OpenWeights#UNKNOWN} too.
     */
    public OpenWeights openWeights(String modelId) {
        return addedById().getOrDefault(modelId, UNKNOWN_ROW).openWeights();
    }

    private static final AddedRow UNKNOWN_ROW = new AddedRow(0, "", OpenWeights.UNKNOWN);

    private Map<String, AddedRow> addedById() {
        return added.stream().collect(Collectors.toMap(AddedRow::modelId, Function.identity()));
    }
}

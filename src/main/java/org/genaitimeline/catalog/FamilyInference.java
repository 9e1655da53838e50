package org.genaitimeline.catalog;

import java.util.List;
import java.util.Objects;

/**
 * How a model's family was inferred when its source names none (an Epoch AI row): the rule
 * that placed it and the source columns that rule read. The detail pane and the JSON export
 * show it, so a reader can tell a guessed lane from a stated one.
 *
 * @param rule the rule's id ({@code name-gan}, {@code no-rule}; docs/catalog-format.md lists them)
 * @param columns the source's columns it read ({@code Model}, {@code Domain}, {@code Abstract}), in order
 */
public record FamilyInference(String rule, List<String> columns) {

    public FamilyInference {
        Objects.requireNonNull(rule, "rule");
        columns = List.copyOf(columns);
    }
}

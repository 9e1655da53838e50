package org.genaitimeline.importer;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.genaitimeline.catalog.PartialDate;

/**
 * One row of an Epoch AI export, parsed and checked: what the mapper and matcher work from.
 *
 * @param line the physical line (1-based) where the CSV record starts
 * @param name the model's name as Epoch writes it ({@code GPT-3 175B (davinci)})
 * @param organizations the developers, split on commas
 * @param date the publication date
 * @param domains Epoch's domains ({@code Language}, {@code Image generation}, ...), split on commas
 * @param tasks the {@code Task} column's values where the export has one, else empty
 * @param parameters the parameter count rounded to a whole number, empty when Epoch gives none
 * @param openWeights whether the weights are open, from the accessibility column
 * @param accessibility the accessibility cell as written (for the model's note)
 * @param link the {@code Link} cell, whitespace collapsed (may hold several URLs, space-separated)
 * @param reference the {@code Reference} cell (the paper's title), whitespace collapsed
 * @param paperAbstract the {@code Abstract} cell, whitespace collapsed (evidence for the family rules)
 * @param baseModels the names in {@code Base model}, split on commas
 */
public record EpochRow(
        int line,
        String name,
        List<String> organizations,
        PartialDate date,
        List<String> domains,
        List<String> tasks,
        OptionalLong parameters,
        OpenWeights openWeights,
        String accessibility,
        String link,
        String reference,
        String paperAbstract,
        List<String> baseModels) {

    public EpochRow {
        Objects.requireNonNull(name, "name");
        organizations = List.copyOf(organizations);
        Objects.requireNonNull(date, "date");
        domains = List.copyOf(domains);
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(openWeights, "openWeights");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(paperAbstract, "paperAbstract");
        baseModels = List.copyOf(baseModels);
    }
}

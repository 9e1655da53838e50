package org.genaitimeline.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;

/**
 * The one place the benchmarks build a synthetic model, so that a change to the catalog's
 * record (as when open weights became three-valued) is mended once, not in every benchmark.
 */
final class SyntheticModels {

    private SyntheticModels() {
    }

    /** A user-catalog LLM with the given date, family and size (empty when unknown), drawn in the figure. */
    static Model model(int index, PartialDate date, Family family, OptionalLong parameters) {
        return new Model("m" + index, "Model " + index, List.of(), date, "big-models", Optional.empty(),
                List.of("Lab"), family, Kind.LLM, parameters, Optional.of(false), Optional.empty(), List.of(), true,
                new Localized("s", "s"), Optional.empty(), List.of(), BookValues.NONE,
                new Provenance(Provenance.Origin.USER, "bench", 0));
    }
}

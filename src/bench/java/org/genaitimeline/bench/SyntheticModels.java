package org.genaitimeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
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

    /**
     * The growth benchmarks' cloud: random dates 2018–2023, sizes log-uniform from 0.1 to
     * 1,000 billion (the figure's range), half autoregressive and half multimodal.
     */
    static List<Model> growthCloud(int n) {
        Random random = new Random(42);
        List<Model> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int year = 2018 + random.nextInt(6);
            int month = 1 + random.nextInt(12);
            long size = (long) (1e8 * Math.pow(10, random.nextDouble() * 4));
            Family family = random.nextBoolean() ? Family.AUTOREGRESSIVE : Family.MULTIMODAL;
            out.add(model(i, PartialDate.of(year, month), family, OptionalLong.of(size)));
        }
        return out;
    }

    /** A user-catalog LLM with the given date, family and size (empty when unknown), drawn in the figure. */
    static Model model(int index, PartialDate date, Family family, OptionalLong parameters) {
        return new Model("m" + index, "Model " + index, List.of(), date, "big-models", Optional.empty(),
                List.of("Lab"), family, Kind.LLM, parameters, Optional.of(false), Optional.empty(), List.of(),
                new Localized("s", "s"), Optional.empty(), List.of(), drawn(index, date, family),
                new Provenance(Provenance.Origin.USER, "bench", 0));
    }

    /** Drawn by Figure 14-1 in its own lane, as every synthetic model of a figure lane is. */
    private static BookValues drawn(int index, PartialDate date, Family family) {
        if (!family.inFigure()) {
            return BookValues.NONE;
        }
        return new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(),
                Optional.of(new org.genaitimeline.catalog.Figure14x1Entry(family, date, "Model " + index)),
                Optional.empty(), Optional.empty());
    }
}

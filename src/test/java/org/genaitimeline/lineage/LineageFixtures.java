package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;

/** The bundled catalog and synthetic family trees for the lineage tests. */
final class LineageFixtures {

    private LineageFixtures() {
    }

    /** The bundled catalog (data/*.json shipped as resources). */
    static Catalog bundled() {
        return new CatalogLoader().loadBundled().catalog()
                .orElseThrow(() -> new AssertionError("the bundled catalog (data/models.json) does not load"));
    }

    static Model model(String id, String date, Family family, String... buildsOn) {
        BookValues book = new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return new Model(id, "Model " + id, List.of(), PartialDate.parse(date), "big-models", Optional.empty(),
                List.of("Lab"), family, Kind.LLM, OptionalLong.empty(), Optional.of(false), Optional.empty(),
                List.of(), new Localized("s", "s"), Optional.empty(), List.of(buildsOn), book,
                new Provenance(Provenance.Origin.USER, "test", 0));
    }

    /**
     * {@code n} models from 2012 to 2023 over every family, each building on one to three earlier
     * ones (mostly recent, some old: long links across many rows), seeded so a failure repeats.
     */
    static Catalog synthetic(int n, long seed) {
        Random random = new Random(seed);
        Family[] families = Family.values();
        List<Model> models = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int day = (int) ((long) i * 12 * 365 / n);
            java.time.LocalDate date = java.time.LocalDate.of(2012, 1, 1).plusDays(day);
            int links = i == 0 ? 0 : 1 + random.nextInt(Math.min(3, i));
            java.util.Set<String> parents = new java.util.LinkedHashSet<>();
            for (int k = 0; k < links; k++) {
                int back = random.nextInt(4) == 0 ? random.nextInt(i) : Math.max(0, i - 1 - random.nextInt(Math.min(i, 30)));
                parents.add("m" + back);
            }
            models.add(model("m" + i, date.toString(), families[random.nextInt(families.length)],
                    parents.toArray(String[]::new)));
        }
        return new Catalog(models, List.of(), "synthetic");
    }
}

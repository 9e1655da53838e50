package org.genaitimeline.growth;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Figure14x3Point;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;

/** Small models built in code for the growth tests. */
final class TestModels {

    private TestModels() {
    }

    static Model model(String id, String date, Family family, Long parameters, String... buildsOn) {
        return model(id, id.toUpperCase(), date, family, parameters, null, buildsOn);
    }

    /** @param figureParameters the size the printed Figure 14-3 plots, at the same date and under the name; null: not printed */
    static Model model(String id, String name, String date, Family family, Long parameters, Long figureParameters,
            String... buildsOn) {
        BookValues book = new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                figureParameters == null ? Optional.empty()
                        : Optional.of(new Figure14x3Point(PartialDate.parse(date), figureParameters / 1e9, name)),
                Optional.empty());
        return new Model(id, name, List.of(), PartialDate.parse(date), "big-models", Optional.empty(),
                List.of("Lab"), family, Kind.LLM,
                parameters == null ? OptionalLong.empty() : OptionalLong.of(parameters), Optional.of(false), Optional.empty(),
                List.of(), new Localized("s", "s"), Optional.empty(), List.of(buildsOn), book,
                new Provenance(Provenance.Origin.BOOK, "test", 0));
    }

    /** A model from a user's catalog (not one of the book's), with a size in parameters. */
    static Model user(String id, String date, Family family, long parameters) {
        Model m = model(id, date, family, parameters);
        return new Model(m.id(), m.name(), m.aliases(), m.date(), m.era(), m.eraNote(), m.developer(), m.family(),
                m.kind(), m.parameters(), m.openSource(), m.openSourceNote(), m.tables(), m.summary(),
                m.paper(), m.buildsOn(), m.book(), new Provenance(Provenance.Origin.USER, "test", 0));
    }

    /** The bundled catalog (data/*.json shipped as resources). */
    static Catalog bundled() {
        return new CatalogLoader().loadBundled().catalog()
                .orElseThrow(() -> new AssertionError("the bundled catalog (data/models.json) does not load"));
    }
}

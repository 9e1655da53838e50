package org.genaitimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Figure14x1Entry;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;

/** Small catalogs built in code for the timeline tests. */
final class TestModels {

    private TestModels() {
    }

    static Model model(String id, String date, Family family, String... buildsOn) {
        return new Model(id, id.toUpperCase(java.util.Locale.ROOT), List.of(), PartialDate.parse(date), "big-models",
                Optional.empty(), List.of("Lab"), family, Kind.LLM, OptionalLong.of(1_000_000_000L), Optional.of(true),
                Optional.empty(), List.of(), new Localized("s", "s"), Optional.empty(),
                List.of(buildsOn), drawn(id, date, family), Provenance.BUNDLED);
    }

    /** A model of a figure lane is drawn by the printed Figure 14-1 where it is, under its name. */
    private static BookValues drawn(String id, String date, Family family) {
        if (!family.inFigure()) {
            return BookValues.NONE;
        }
        return new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(),
                Optional.of(new Figure14x1Entry(family, PartialDate.parse(date), id.toUpperCase(java.util.Locale.ROOT))),
                Optional.empty(), Optional.empty());
    }

    /** n models with crowded dates (many in the same months), spread over the six figure lanes. */
    static List<Model> crowded(int n) {
        List<Model> out = new ArrayList<>();
        Family[] families = {Family.VAE, Family.GAN, Family.AUTOREGRESSIVE, Family.FLOW, Family.ENERGY_DIFFUSION,
            Family.MULTIMODAL};
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            int year = 2014 + random.nextInt(10);
            int month = 1 + random.nextInt(i % 3 == 0 ? 2 : 12);
            out.add(model("model-" + i, String.format("%d-%02d", year, month), families[random.nextInt(6)]));
        }
        return out;
    }

    static List<Era> eras() {
        return List.of(
                new Era("vae-gan", new Localized("The VAE and GAN era", "VAE 和 GAN 时代"), LocalDate.of(2014, 1, 1),
                        LocalDate.of(2017, 12, 31), "#e3f0fb", new Localized("s", "s")),
                new Era("transformer", new Localized("The Transformer era", "Transformer 时代"),
                        LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), "#fdf1dc", new Localized("s", "s")),
                new Era("big-models", new Localized("The era of big models", "大模型时代"), LocalDate.of(2020, 1, 1),
                        LocalDate.of(2023, 12, 31), "#f6e6f2", new Localized("s", "s")));
    }
}

package org.genaitimeline.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;

/** A small book catalog in code (names, aliases, dates and sizes as in data/models.json). */
final class TestCatalog {

    private TestCatalog() {
    }

    static List<Era> eras() {
        return List.of(
                era("foundations", "1985-01-01", "2013-12-31"),
                era("vae-gan", "2014-01-01", "2017-12-31"),
                era("transformer", "2018-01-01", "2019-12-31"),
                era("big-models", "2020-01-01", "2023-12-31"));
    }

    /** The bundled data's five eras: the book's four and "after the book" from 2024. */
    static List<Era> erasWithAfterBook() {
        List<Era> e = new ArrayList<>(eras());
        e.add(era("after-book", "2024-01-01", "2030-12-31"));
        return List.copyOf(e);
    }

    static Catalog book() {
        List<Model> m = new ArrayList<>();
        m.add(model("lstm", "LSTM", "1997", null, "Long Short-Term Memory", "LSTMs"));
        m.add(model("gan", "GAN", "2014-06-10", null, "Generative Adversarial Network", "Generative Adversarial Networks"));
        m.add(model("transformer", "Transformer", "2017-06-12", null, "Transformers", "Attention Is All You Need"));
        m.add(model("gpt", "GPT", "2018-06-11", 117_000_000L, "GPT-1"));
        m.add(model("bert", "BERT", "2018-10-11", 345_000_000L));
        m.add(model("gpt-2", "GPT-2", "2019-02-14", 1_500_000_000L));
        m.add(model("gpt-3", "GPT-3", "2020-05-28", 175_000_000_000L));
        m.add(model("dall-e", "DALL.E", "2021-01-05", 12_000_000_000L, "DALL-E", "DALL·E", "DALL-E 1"));
        m.add(model("megatron-turing-nlg", "Megatron-Turing NLG", "2021-10-11", 530_000_000_000L, "MT-NLG"));
        m.add(model("chinchilla", "Chinchilla", "2022-03-29", 70_000_000_000L));
        m.add(model("palm", "PaLM", "2022-04-05", 540_000_000_000L, "Pathways Language Model"));
        m.add(model("dall-e-2", "DALL.E 2", "2022-04-13", 3_500_000_000L, "DALL-E 2", "DALL·E 2", "unCLIP"));
        m.add(model("flamingo", "Flamingo", "2022-04-29", 80_000_000_000L));
        m.add(model("opt", "OPT", "2022-05-02", 175_000_000_000L, "OPT-175B", "OPT-66B"));
        m.add(model("imagen", "Imagen", "2022-05-23", null));
        m.add(model("parti", "Parti", "2022-06-22", 20_000_000_000L));
        m.add(model("bloom", "BLOOM", "2022-07-16", 176_000_000_000L));
        m.add(model("stable-diffusion", "Stable Diffusion", "2022-08-22", 860_000_000L, "SD", "Stable Diffusion v1"));
        m.add(model("gpt-3-5", "GPT-3.5", "2022-11-30", null, "text-davinci-003", "gpt-3.5-turbo"));
        m.add(model("llama", "LLaMA", "2023-02-24", 65_000_000_000L, "LLaMA 1"));
        m.add(model("palm-e", "PaLM-E", "2023-03-06", 562_000_000_000L));
        m.add(model("gpt-4", "GPT-4", "2023-03-16", null));
        m.add(model("falcon", "Falcon", "2023-03-17", 40_000_000_000L, "Falcon-40B"));
        m.add(model("palm-2", "PaLM 2", "2023-05-10", null));
        m.add(model("llama-2", "Llama 2", "2023-07-17", 70_000_000_000L, "Llama-2"));
        return new Catalog(m, eras(), "test book");
    }

    static Model model(String id, String name, String date, Long parameters, String... aliases) {
        return new Model(id, name, List.of(aliases), PartialDate.parse(date), "big-models", Optional.empty(),
                List.of("Somebody"), Family.AUTOREGRESSIVE, Kind.LLM,
                parameters == null ? OptionalLong.empty() : OptionalLong.of(parameters),
                Optional.of(false), Optional.empty(), List.of(), new Localized(name, name), Optional.empty(), List.of(),
                BookValues.NONE, Provenance.BUNDLED);
    }

    private static Era era(String id, String start, String end) {
        return new Era(id, new Localized(id, id), LocalDate.parse(start), LocalDate.parse(end), "#ffffff",
                new Localized(id, id));
    }
}

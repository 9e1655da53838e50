package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelQueryTest {

    private static final Model GAN = model("gan", "GAN", List.of("Generative Adversarial Network"), "2014-06",
            "vae-gan", List.of("Université de Montréal"), Family.GAN, Kind.IMAGE, null, true,
            "Two networks trained against each other.", "生成器与判别器相互对抗。", List.of());
    private static final Model GPT3 = model("gpt-3", "GPT-3", List.of(), "2020-05", "big-model",
            List.of("OpenAI"), Family.AUTOREGRESSIVE, Kind.LLM, 175_000_000_000L, false,
            "A language model that learns from a few examples in its prompt.", "能从提示中的少量示例学习的语言模型。",
            List.of(BookTable.LLM));
    private static final Model OPT = model("opt", "OPT", List.of("Open Pre-trained Transformer"), "2022-05",
            "big-model", List.of("Meta"), Family.AUTOREGRESSIVE, Kind.LLM, 175_000_000_000L, true,
            "Open language models released for research.", "为研究而公开发布的语言模型。", List.of(BookTable.LLM));
    private static final Model SD = model("stable-diffusion", "Stable Diffusion", List.of("SD"), "2022-08",
            "big-model", List.of("Stability AI", "CompVis", "Runway"), Family.ENERGY_DIFFUSION,
            Kind.TEXT_TO_IMAGE, 860_000_000L, true, "Latent diffusion from text prompts.", "从文字生成图像的潜在扩散模型。",
            List.of(BookTable.TEXT_TO_IMAGE));
    private static final Model GPT4 = model("gpt-4", "GPT-4", List.of(), "2023-03", "big-model",
            List.of("OpenAI"), Family.MULTIMODAL, Kind.LLM, null, false,
            "A multimodal model behind an API.", "通过接口提供的多模态模型。", List.of(BookTable.LLM));
    private static final Model GPT2 = model("gpt-2", "GPT-2", List.of(), "2019-02", "transformer",
            List.of("OpenAI"), Family.AUTOREGRESSIVE, Kind.LLM, 1_500_000_000L, true,
            "A larger GPT trained on web pages.", "在网页上训练的更大的 GPT。", List.of());

    private static final List<Model> ALL = List.of(GAN, GPT2, GPT3, OPT, SD, GPT4);

    private static List<String> ids(ModelQuery q) {
        return ALL.stream().filter(q.predicate()).map(Model::id).toList();
    }

    @Test
    void theEmptyQueryKeepsEverything() {
        assertThat(ids(ModelQuery.ALL)).hasSize(ALL.size());
        assertThat(ModelQuery.ALL.isEmpty()).isTrue();
    }

    @Test
    void eraAlone() {
        assertThat(ids(ModelQuery.ALL.withEras(Set.of("vae-gan")))).containsExactly("gan");
        assertThat(ids(ModelQuery.ALL.withEras(Set.of("vae-gan", "transformer")))).containsExactly("gan", "gpt-2");
    }

    @Test
    void familyAlone() {
        assertThat(ids(ModelQuery.ALL.withFamilies(Set.of(Family.AUTOREGRESSIVE))))
                .containsExactly("gpt-2", "gpt-3", "opt");
        assertThat(ids(ModelQuery.ALL.withFamilies(Set.of(Family.GAN, Family.MULTIMODAL))))
                .containsExactly("gan", "gpt-4");
    }

    @Test
    void kindAlone() {
        assertThat(ids(ModelQuery.ALL.withKinds(Set.of(Kind.TEXT_TO_IMAGE)))).containsExactly("stable-diffusion");
        assertThat(ids(ModelQuery.ALL.withKinds(Set.of(Kind.IMAGE, Kind.TEXT_TO_IMAGE))))
                .containsExactly("gan", "stable-diffusion");
    }

    @Test
    void developerAloneIgnoresCaseAndMatchesAnyOfSeveral() {
        assertThat(ids(ModelQuery.ALL.withDevelopers(Set.of("openai")))).containsExactly("gpt-2", "gpt-3", "gpt-4");
        assertThat(ids(ModelQuery.ALL.withDevelopers(Set.of("CompVis", "Meta"))))
                .containsExactly("opt", "stable-diffusion");
    }

    @Test
    void openAndClosed() {
        assertThat(ids(ModelQuery.ALL.withOpen(ModelQuery.OpenFilter.OPEN)))
                .containsExactly("gan", "gpt-2", "opt", "stable-diffusion");
        assertThat(ids(ModelQuery.ALL.withOpen(ModelQuery.OpenFilter.CLOSED))).containsExactly("gpt-3", "gpt-4");
    }

    @Test
    void weightsNobodyStatedAreNeitherOpenNorClosed() {
        Model stated = model("a", "A", List.of(), "2024", "x", List.of("Lab"), Family.OTHER, Kind.LLM, null,
                true, "a", "a", List.of());
        Model notStated = new Model("b", "B", List.of(), PartialDate.parse("2024"), "x", Optional.empty(),
                List.of("Lab"), Family.OTHER, Kind.LLM, OptionalLong.empty(), Optional.empty(), Optional.empty(),
                List.of(), new Localized("b", "b"), Optional.empty(), List.of(), BookValues.NONE,
                Provenance.BUNDLED);
        assertThat(ModelQuery.ALL.withOpen(ModelQuery.OpenFilter.OPEN).test(stated)).isTrue();
        assertThat(ModelQuery.ALL.withOpen(ModelQuery.OpenFilter.OPEN).test(notStated)).isFalse();
        assertThat(ModelQuery.ALL.withOpen(ModelQuery.OpenFilter.CLOSED).test(notStated)).isFalse();
        assertThat(ModelQuery.ALL.test(notStated)).isTrue();
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({"2020, 2022, 'gpt-3,opt,stable-diffusion'", "2019, 2019, gpt-2", "2023, , gpt-4",
        ", 2014, gan", "2015, 2018, ''"})
    void yearBoundsAreInclusive(Integer from, Integer to, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(ids(ModelQuery.ALL.withYears(from, to))).containsExactlyElementsOf(want);
    }

    @Test
    void tableAlone() {
        assertThat(ids(ModelQuery.ALL.withTables(Set.of(BookTable.LLM)))).containsExactly("gpt-3", "opt", "gpt-4");
        assertThat(ids(ModelQuery.ALL.withTables(Set.of(BookTable.LLM, BookTable.TEXT_TO_IMAGE))))
                .containsExactly("gpt-3", "opt", "stable-diffusion", "gpt-4");
    }

    @Test
    void parameterRangeLeavesOutUnknownSizesUnlessAsked() {
        ModelQuery range = ModelQuery.ALL.withParameters(1_000_000_000L, 200_000_000_000L, false);
        assertThat(ids(range)).containsExactly("gpt-2", "gpt-3", "opt");
        assertThat(ids(ModelQuery.ALL.withParameters(1_000_000_000L, 200_000_000_000L, true)))
                .containsExactly("gan", "gpt-2", "gpt-3", "opt", "gpt-4");
    }

    @Test
    void parameterBoundsAreInclusive() {
        assertThat(ids(ModelQuery.ALL.withParameters(860_000_000L, 860_000_000L, false)))
                .containsExactly("stable-diffusion");
        assertThat(ids(ModelQuery.ALL.withParameters(null, 1_500_000_000L, false)))
                .containsExactly("gpt-2", "stable-diffusion");
        assertThat(ids(ModelQuery.ALL.withParameters(175_000_000_001L, null, false))).isEmpty();
    }

    @Test
    void noSizeBoundsKeepUnknownSizesEvenWhenNotAsked() {
        assertThat(ids(ModelQuery.ALL.withParameters(null, null, false))).hasSize(ALL.size());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "gpt, 'gpt-2,gpt-3,gpt-4'",
        "Generative Adversarial, gan",
        "pre-TRAINED, opt",
        "runway, stable-diffusion",
        "few examples, gpt-3",
        "对抗, gan",
        "潜在扩散, stable-diffusion",
        "montréal, gan",
        "'  OPT  ', opt",
        "nothing like this, ''",
    })
    void textSearchOverNamesAliasesDevelopersAndBothSummaries(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(ids(ModelQuery.ALL.withText(text))).containsExactlyElementsOf(want);
    }

    @Test
    void facetsCombineWithAnd() {
        ModelQuery q = ModelQuery.ALL.withFamilies(Set.of(Family.AUTOREGRESSIVE))
                .withOpen(ModelQuery.OpenFilter.OPEN)
                .withYears(2020, null);
        assertThat(ids(q)).containsExactly("opt");
        assertThat(ids(q.withDevelopers(Set.of("OpenAI")))).isEmpty();
    }

    @Test
    void orWithinAFacetAndAcrossFacets() {
        ModelQuery q = ModelQuery.ALL.withKinds(Set.of(Kind.LLM, Kind.TEXT_TO_IMAGE))
                .withDevelopers(Set.of("OpenAI", "Runway"))
                .withText("a");
        assertThat(ids(q)).containsExactly("gpt-2", "gpt-3", "stable-diffusion", "gpt-4");
        assertThat(ids(q.withParameters(1_000_000_000L, null, false))).containsExactly("gpt-2", "gpt-3");
    }

    @Test
    void queryIsImmutableAndCopiesItsSets() {
        java.util.HashSet<String> eras = new java.util.HashSet<>(Set.of("vae-gan"));
        ModelQuery q = ModelQuery.ALL.withEras(eras);
        eras.add("big-model");
        assertThat(q.eras()).containsExactly("vae-gan");
        assertThat(ModelQuery.ALL.eras()).isEmpty();
    }

    static Model model(String id, String name, List<String> aliases, String date, String era,
            List<String> developer, Family family, Kind kind, Long parameters, boolean open,
            String summaryEn, String summaryZh, List<BookTable> tables) {
        return new Model(id, name, aliases, PartialDate.parse(date), era, Optional.empty(), developer, family,
                kind, parameters == null ? OptionalLong.empty() : OptionalLong.of(parameters), Optional.of(open),
                Optional.empty(), tables, new Localized(summaryEn, summaryZh), Optional.empty(), List.of(),
                BookValues.NONE, Provenance.BUNDLED);
    }
}

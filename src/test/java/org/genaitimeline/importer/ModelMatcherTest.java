package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.importer.ModelMatcher.Match;
import org.genaitimeline.importer.ModelMatcher.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelMatcherTest {

    private final ModelMatcher matcher = new ModelMatcher(TestCatalog.book().models());

    private Match match(String name, String date) {
        return matcher.match(name, PartialDate.parse(date)).orElse(null);
    }

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GPT-3 175B (davinci)          | 2020-05-28 | gpt-3              | WITHOUT_PARENTHETICAL WITHOUT_SIZE NAME
            DALL-E                        | 2021-01-05 | dall-e             | NAME
            DALL·E 2                      | 2022-04-06 | dall-e-2           | NAME
            GANs                          | 2014-06-10 | gan                | SINGULAR NAME
            Stable Diffusion (LDM-KL-8-G) | 2022-04-13 | stable-diffusion   | WITHOUT_PARENTHETICAL NAME
            PaLM (540B)                   | 2022-04-04 | palm               | WITHOUT_PARENTHETICAL NAME
            GPT-2 (1.5B)                  | 2019-02-14 | gpt-2              | WITHOUT_PARENTHETICAL NAME
            LLaMA-65B                     | 2023-02-24 | llama              | WITHOUT_SIZE NAME
            Llama 2-70B                   | 2023-07-18 | llama-2            | WITHOUT_SIZE NAME
            BLOOM-176B                    | 2022-07-11 | bloom              | WITHOUT_SIZE NAME
            BERT-Large                    | 2018-10-11 | bert               | WITHOUT_SIZE NAME
            Megatron-Turing NLG 530B      | 2021-10-11 | megatron-turing-nlg| WITHOUT_SIZE NAME
            OPT-175B                      | 2022-05-02 | opt                | ALIAS
            GPT-1                         | 2018-06-01 | gpt                | ALIAS
            GPT-3.5 Turbo                 | 2022-11-30 | gpt-3-5            | ALIAS
            Falcon-40B                    | 2023-03-15 | falcon             | ALIAS
            Transformer                   | 2017-06-12 | transformer        | NAME
            LSTM                          | 1997-11-15 | lstm               | NAME
            """)
    void matchesTheBooksModels(String name, String date, String id, String rules) {
        Match m = match(name, date);
        assertThat(m).as(name).isNotNull();
        assertThat(m.model().id()).isEqualTo(id);
        assertThat(m.rules()).isEqualTo(List.of(rules.split(" ")).stream().map(Rule::valueOf).toList());
    }

    @ParameterizedTest(name = "{0} is a model of its own")
    @CsvSource(delimiter = '|', textBlock = """
            Stable Diffusion XL (SDXL)   | 2023-07-04
            DALL·E 3                     | 2023-10-19
            GPT-4o                       | 2024-05-13
            GPT-4 Turbo                  | 2023-11-06
            Llama 3-70B                  | 2024-04-18
            Llama 3.1-405B               | 2024-07-23
            U-PaLM (540B)                | 2022-10-20
            Flan-PaLM 540B               | 2022-10-20
            BLOOMZ-176B                  | 2022-11-03
            Transformer-XL (257M)        | 2019-01-09
            Llama Guard                  | 2023-12-07
            Nucleotide Transformer       | 2023-01-15
            """)
    void leavesOtherModelsAlone(String name, String date) {
        assertThat(matcher.match(name, PartialDate.parse(date))).as(name).isEmpty();
    }

    @Test
    void gpt35TurboIsNeverGpt3() {
        // Without the alias on GPT-3.5, nothing may strip "3.5 Turbo" down to GPT-3.
        ModelMatcher onlyGpt3 = new ModelMatcher(List.of(TestCatalog.book().model("gpt-3").orElseThrow()));
        assertThat(onlyGpt3.match("GPT-3.5 Turbo", PartialDate.parse("2022-11-30"))).isEmpty();
        assertThat(onlyGpt3.match("GPT-3.5", PartialDate.parse("2022-11-28"))).isEmpty();
    }

    @Test
    void aStrippedNameNeedsDatesWithinEighteenMonths() {
        assertThat(match("GPT-3 175B (davinci)", "2021-11-01")).isNotNull();
        assertThat(match("GPT-3 175B (davinci)", "2022-01-01")).isNull();
        assertThat(match("GANs", "2016-06-10")).isNull();
    }

    @Test
    void anExactNameNeedsNoDateCheck() {
        assertThat(match("Transformer", "2021-01-01").model().id()).isEqualTo("transformer");
        assertThat(matcher.match("PaLM", null)).isPresent();
    }

    @Test
    void withoutADateOnlyExactNamesMatch() {
        assertThat(matcher.match("PaLM (540B)", null)).isEmpty();
        assertThat(matcher.match("DALL-E 2", null).orElseThrow().model().id()).isEqualTo("dall-e-2");
    }

    @Test
    void aSizeStrippedMatchMayNotBeLargerThanTheBooksModel() {
        PartialDate sept2023 = PartialDate.parse("2023-09-06");
        assertThat(matcher.match("Falcon-180B", sept2023, OptionalLong.of(180_000_000_000L))).isEmpty();
        assertThat(matcher.match("LLaMA-65B", PartialDate.parse("2023-02-24"), OptionalLong.of(65_200_000_000L)))
                .isPresent();
        // The parenthetical rule does not check sizes: Epoch counts Stable Diffusion at 1.45B.
        assertThat(matcher.match("Stable Diffusion (LDM-KL-8-G)", PartialDate.parse("2022-04-13"),
                OptionalLong.of(1_450_000_000L))).isPresent();
    }

    @Test
    void aBaseModelMayBeYearsOlderThanTheRowButNotNewer() {
        PartialDate instructGpt = PartialDate.parse("2022-01-27");
        assertThat(matcher.matchBase("GPT-3 6.7B", instructGpt).orElseThrow().model().id()).isEqualTo("gpt-3");
        assertThat(matcher.match("GPT-3 6.7B", instructGpt)).as("the same-model rule keeps its window").isEmpty();
        assertThat(matcher.matchBase("Llama 2-13B", PartialDate.parse("2023-01-01"))).as("Llama 2 came later").isEmpty();
        assertThat(matcher.matchBase("Llama 2-13B", PartialDate.parse("2023-10-07")).orElseThrow().rules())
                .containsExactly(Rule.WITHOUT_SIZE, Rule.NAME);
        assertThat(matcher.matchBase("PaLM", PartialDate.parse("2000-01-01"))).as("an exact name needs no date")
                .isPresent();
    }

    @Test
    void aBaseModelsSizeComesFromItsName() {
        PartialDate later = PartialDate.parse("2024-06-01");
        assertThat(matcher.matchBase("Falcon-180B", later)).as("180B is not the 40B Falcon").isEmpty();
        assertThat(matcher.matchBase("LLaMA-7B", later).orElseThrow().model().id()).isEqualTo("llama");
        assertThat(matcher.matchBase("GPT-3 XL", later)).as("XL is never a size").isEmpty();
        assertThat(ModelMatcher.sizeIn("GPT-3 6.7B")).hasValue(6_700_000_000L);
        assertThat(ModelMatcher.sizeIn("Mixtral 8x7B")).hasValue(56_000_000_000L);
        assertThat(ModelMatcher.sizeIn("AWD-LSTM-DOC (fin) (23M)")).as("a size inside brackets is not the name's").isEmpty();
        assertThat(ModelMatcher.sizeIn("BERT-Large")).isEmpty();
        assertThat(ModelMatcher.sizeIn("Llama 2-13B")).hasValue(13_000_000_000L);
    }

    @Test
    void aNameBeatsAnAlias() {
        ModelMatcher m = new ModelMatcher(List.of(
                TestCatalog.model("a", "Foo", "2020-01-01", null),
                TestCatalog.model("b", "Bar", "2020-01-01", null, "Foo")));
        assertThat(m.match("foo", PartialDate.parse("2020-01-01")).orElseThrow().model().id()).isEqualTo("a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DALL·E 2         | dalle2
            DALL.E 2         | dalle2
            DALL-E 2         | dalle2
            Megatron-Turing NLG | megatronturingnlg
            GPT-NeoX-20B     | gptneox20b
            Université       | universite
            """)
    void normalisesPunctuationSpacesCaseAndAccents(String text, String key) {
        assertThat(ModelMatcher.normalise(text)).isEqualTo(key);
    }
}

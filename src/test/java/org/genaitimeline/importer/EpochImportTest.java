package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.FamilyInference;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Paper;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochImportTest {

    @TempDir
    Path dir;

    private final Catalog book = TestCatalog.book();

    private ImportResult importExcerpt() {
        return new EpochImport().importFile(EpochCsvReaderTest.excerpt(), book, Progress.NONE, () -> false);
    }

    private Model imported(ImportResult r, String id) {
        return r.catalog().orElseThrow().model(id).orElseThrow();
    }

    @Test
    void linksTheBooksModelsAndAddsTheRest() {
        ImportResult r = importExcerpt();
        assertThat(r.status()).isEqualTo(ImportResult.Status.COMPLETED);
        Map<String, String> matched = r.report().matched().stream()
                .collect(Collectors.toMap(ImportReport.MatchedRow::epochName, ImportReport.MatchedRow::modelId));
        assertThat(matched).containsOnly(
                entry("Llama 2-70B", "llama-2"), entry("Llama 2-7B", "llama-2"), entry("PaLM 2", "palm-2"),
                entry("GPT-4", "gpt-4"), entry("Falcon-40B", "falcon"), entry("PaLM-E", "palm-e"),
                entry("LLaMA-65B", "llama"), entry("GPT-3.5 Turbo", "gpt-3-5"), entry("GPT-3.5", "gpt-3-5"),
                entry("BLOOM-176B", "bloom"), entry("Parti", "parti"), entry("Imagen", "imagen"),
                entry("OPT-175B", "opt"), entry("Flamingo", "flamingo"),
                entry("Stable Diffusion (LDM-KL-8-G)", "stable-diffusion"), entry("DALL·E 2", "dall-e-2"),
                entry("PaLM (540B)", "palm"), entry("Chinchilla", "chinchilla"),
                entry("Megatron-Turing NLG 530B", "megatron-turing-nlg"), entry("DALL-E", "dall-e"),
                entry("GPT-3 175B (davinci)", "gpt-3"), entry("GPT-2 (1.5B)", "gpt-2"), entry("BERT-Large", "bert"),
                entry("Transformer", "transformer"), entry("GANs", "gan"), entry("LSTM", "lstm"));
        assertThat(r.report().added()).hasSize(EpochCsvReaderTest.EXCERPT_ROWS - 26);
        assertThat(r.report().skipped()).as("only a note: RT-2's base model, PaLI-X, is not in the excerpt")
                .extracting(ImportProblem::reason, ImportProblem::args)
                .containsExactly(tuple(ImportProblem.Reason.UNKNOWN_BASE_MODEL, List.of("RT-2", "PaLI-X")));
        assertThat(r.catalog().orElseThrow().size()).isEqualTo(book.size() + r.report().added().size());
        assertThat(r.report().summary(Messages.of(Language.EN))).isEqualTo("Matched 26, added 23, skipped 0.");
        assertThat(r.report().summary(Messages.of(Language.ZH))).isEqualTo("匹配 26 个，新增 23 个，跳过 0 个。");
    }

    @Test
    void recordsWhichRuleFired() {
        ImportReport.MatchedRow gpt3 = importExcerpt().report().matched().stream()
                .filter(m -> m.modelId().equals("gpt-3")).findFirst().orElseThrow();
        assertThat(gpt3.line()).isEqualTo(511);
        assertThat(gpt3.rules()).containsExactly(ModelMatcher.Rule.WITHOUT_PARENTHETICAL,
                ModelMatcher.Rule.WITHOUT_SIZE, ModelMatcher.Rule.NAME);
        assertThat(gpt3.describeRules(Messages.of(Language.EN)))
                .isEqualTo("without the parenthetical, without the size, same name");
    }

    @Test
    void neverChangesTheBooksModels() {
        Catalog merged = importExcerpt().catalog().orElseThrow();
        for (Model m : book.models()) {
            assertThat(merged.model(m.id())).as(m.id()).containsSame(m);
        }
        assertThat(merged.eras()).isEqualTo(book.eras());
    }

    @Test
    void mapsAnAddedModel() {
        ImportResult r = importExcerpt();
        Model grok = imported(r, "epoch-grok-3");
        assertThat(grok.name()).isEqualTo("Grok-3");
        assertThat(grok.date()).isEqualTo(PartialDate.parse("2025-02-17"));
        assertThat(grok.developer()).containsExactly("xAI");
        assertThat(grok.family()).isEqualTo(Family.MULTIMODAL); // Epoch: Language, Vision, Multimodal
        assertThat(grok.provenance().familyInference()).map(FamilyInference::rule).hasValue("domain-multimodal");
        assertThat(grok.kind()).isEqualTo(Kind.LLM);
        assertThat(grok.parameters()).isEmpty();
        assertThat(grok.openSource()).hasValue(false);
        assertThat(grok.openSourceNote()).hasValue(new Localized("Epoch AI: Hosted access (no API)", "Epoch AI：托管访问（无 API）"));
        assertThat(r.report().openWeights("epoch-grok-3")).isEqualTo(OpenWeights.CLOSED);
        assertThat(grok.inFigure()).isFalse();
        assertThat(grok.tables()).isEmpty();
        assertThat(grok.paper()).hasValue(new Paper("Grok 3 Beta — The Age of Reasoning Agents",
                "https://x.ai/blog/grok-3"));
        assertThat(grok.provenance()).isEqualTo(new Provenance(Provenance.Origin.EPOCH, "notable-excerpt.csv", 2,
                Optional.of(new FamilyInference("domain-multimodal", List.of("Domain", "Abstract")))));
        assertThat(grok.summary().en())
                .isEqualTo("Imported from Epoch AI: language, vision, multimodal model by xAI, 17 February 2025.");
        assertThat(grok.summary().zh()).isEqualTo("从 Epoch AI 导入：xAI 的语言、视觉、多模态模型，2025 年 2 月 17 日。");
    }

    @Test
    void placesModelsAfterTheBooksErasInTheLastOneWithANote() {
        Model grok = imported(importExcerpt(), "epoch-grok-3");
        assertThat(grok.era()).isEqualTo("big-models");
        assertThat(grok.eraNote()).isPresent();
        assertThat(grok.eraNote().get().en()).contains("end in 2023");
        assertThat(grok.eraNote().get().zh()).contains("2023");
        Model hopfield = imported(importExcerpt(), "epoch-hopfield-network");
        assertThat(hopfield.era()).isEqualTo("foundations");
        assertThat(hopfield.eraNote().orElseThrow().en()).contains("begin in 1985");
        Model ernie = imported(importExcerpt(), "epoch-ernie-3-0");
        assertThat(ernie.era()).isEqualTo("big-models");
        assertThat(ernie.eraNote()).isEmpty();
    }

    @Test
    void keepsUnknownOpenWeightsHonest() {
        ImportResult r = importExcerpt();
        Model rt2 = imported(r, "epoch-rt-2");
        assertThat(rt2.openSource()).isEmpty();
        assertThat(rt2.openSourceNote()).hasValue(new Localized("not stated in the Epoch data", "Epoch 数据中未注明"));
        assertThat(r.report().openWeights("epoch-rt-2")).isEqualTo(OpenWeights.UNKNOWN);
        Model llama3 = imported(r, "epoch-llama-3-70b");
        assertThat(llama3.openSource()).hasValue(true);
        assertThat(r.report().openWeights("epoch-llama-3-70b")).isEqualTo(OpenWeights.OPEN);
    }

    @Test
    void mapsKindsFromDomains() {
        ImportResult r = importExcerpt();
        assertThat(imported(r, "epoch-veo-2").kind()).isEqualTo(Kind.VIDEO);
        assertThat(imported(r, "epoch-suno-v4").kind()).isEqualTo(Kind.AUDIO);
        assertThat(imported(r, "epoch-rt-2").kind()).isEqualTo(Kind.AGENT);
        assertThat(imported(r, "epoch-stable-diffusion-xl-sdxl").kind()).isEqualTo(Kind.TEXT_TO_IMAGE);
        assertThat(imported(r, "epoch-gpt-4o").kind()).isEqualTo(Kind.LLM);
        assertThat(imported(r, "epoch-deepseek-r1").kind()).isEqualTo(Kind.LLM);
        // A small 2021 language model is text, not an LLM.
        assertThat(imported(r, "epoch-adaptive-input-transformer-rd").kind()).isEqualTo(Kind.TEXT);
        assertThat(imported(r, "epoch-nucleotide-transformer").kind()).isEqualTo(Kind.TEXT);
    }

    @Test
    void roundsParametersAndLinksOnlyHttpsPapers() {
        ImportResult r = importExcerpt();
        assertThat(imported(r, "epoch-adaptive-input-transformer-rd").parameters()).hasValue(247_000_000L);
        assertThat(imported(r, "epoch-deepseek-r1").parameters()).hasValue(671_000_000_000L);
        assertThat(imported(r, "epoch-ernie-3-0").paper()).isEmpty(); // http://research.baidu.com
        assertThat(imported(r, "epoch-gpt-4o").paper().orElseThrow().url())
                .isEqualTo("https://openai.com/index/hello-gpt-4o/");
    }

    @Test
    void takesLineageFromBaseModelsPresent() {
        ImportResult r = importExcerpt();
        assertThat(imported(r, "epoch-llama-guard").buildsOn()).containsExactly("llama-2"); // via "Llama 2-7B"
        assertThat(imported(r, "epoch-bloomz-176b").buildsOn()).containsExactly("bloom");
        assertThat(imported(r, "epoch-u-palm-540b").buildsOn()).containsExactly("palm");
        assertThat(imported(r, "epoch-deepseek-r1").buildsOn()).containsExactly("epoch-deepseek-v3");
        assertThat(imported(r, "epoch-rt-2").buildsOn()).isEmpty(); // PaLI-X is not in the catalog (reported)
        Catalog merged = r.catalog().orElseThrow();
        assertThat(merged.ledTo(merged.model("palm").orElseThrow())).extracting(Model::id)
                .contains("epoch-u-palm-540b", "epoch-flan-palm-540b");
    }

    @Test
    void givesEveryAddedModelAUniqueId() throws Exception {
        Path csv = Files.writeString(dir.resolve("twins.csv"),
                "Model,Publication date\nFoo!,2024-01-01\nfoo,2024-02-01\nFOO?,2024-03-01\n");
        ImportResult r = new EpochImport().importFile(csv, book, Progress.NONE, () -> false);
        assertThat(r.report().added()).extracting(ImportReport.AddedRow::modelId)
                .containsExactly("epoch-foo", "epoch-foo-2", "epoch-foo-3");
    }

    @Test
    void reportsBadRowsAndImportsTheRest() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"),
                "Model,Publication date,Parameters\nGood,2024-01-01,1e9\nBad,2024-02-30,\nWorse,2024-01-01,n/a\n");
        ImportResult r = new EpochImport().importFile(csv, book, Progress.NONE, () -> false);
        assertThat(r.isCompleted()).isTrue();
        assertThat(r.report().added()).extracting(ImportReport.AddedRow::modelId).containsExactly("epoch-good");
        assertThat(r.report().skipped()).extracting(ImportProblem::line).containsExactly(3, 4);
        assertThat(imported(r, "epoch-good").parameters()).isEqualTo(OptionalLong.of(1_000_000_000L));
    }

    @Test
    void refusesANonEpochFileAndKeepsNoCatalog() throws Exception {
        Path csv = Files.writeString(dir.resolve("other.csv"), "title,year\nX,2020\n");
        ImportResult r = new EpochImport().importFile(csv, book, Progress.NONE, () -> false);
        assertThat(r.status()).isEqualTo(ImportResult.Status.REFUSED);
        assertThat(r.catalog()).isEmpty();
        assertThat(r.failure().orElseThrow().describe(Messages.of(Language.EN))).contains("Model / System", "title, year");
    }

    @Test
    void cancelWhileReadingLeavesNoCatalog() {
        List<Model> before = book.models();
        AtomicInteger asked = new AtomicInteger();
        ImportResult r = new EpochImport().importFile(EpochCsvReaderTest.excerpt(), book, Progress.NONE,
                () -> asked.incrementAndGet() > 5);
        assertThat(r.status()).isEqualTo(ImportResult.Status.CANCELLED);
        assertThat(r.catalog()).isEmpty();
        assertThat(r.report().added()).isEmpty();
        assertThat(book.models()).isSameAs(before);
        assertThat(book.size()).isEqualTo(TestCatalog.book().size());
    }

    @Test
    void cancelWhileMergingLeavesNoCatalog() {
        // The reader asks once per record plus once at the end; cancel after that, while merging.
        AtomicInteger asked = new AtomicInteger();
        int readerAsks = EpochCsvReaderTest.EXCERPT_ROWS + 1;
        ImportResult r = new EpochImport().importFile(EpochCsvReaderTest.excerpt(), book, Progress.NONE,
                () -> asked.incrementAndGet() > readerAsks + 10);
        assertThat(r.status()).isEqualTo(ImportResult.Status.CANCELLED);
        assertThat(r.catalog()).isEmpty();
        assertThat(asked.get()).isGreaterThan(readerAsks);
    }

    @Test
    void theSourceFilterSeparatesBookAndEpoch() {
        Catalog merged = importExcerpt().catalog().orElseThrow();
        List<Model> epoch = merged.models().stream()
                .filter(ModelQuery.ALL.withOrigins(Set.of(Provenance.Origin.EPOCH)).predicate()).toList();
        List<Model> fromBook = merged.models().stream()
                .filter(ModelQuery.ALL.withOrigins(Set.of(Provenance.Origin.BOOK)).predicate()).toList();
        assertThat(epoch).hasSize(23).allMatch(m -> m.id().startsWith("epoch-"));
        assertThat(fromBook).hasSize(book.size());
        assertThat(merged.models().stream().filter(ModelQuery.ALL.predicate())).hasSize(book.size() + 23);
    }

    @Test
    void theOtherFamilyIsALaneOfItsOwnOutsideTheFigure() {
        assertThat(Family.OTHER.inFigure()).isFalse();
        assertThat(Family.fromId("other")).hasValue(Family.OTHER);
        assertThat(Family.fromId("imported")).isEmpty();
        assertThat(Messages.of(Language.EN).get("family.other")).isEqualTo("Other");
        assertThat(Messages.of(Language.ZH).get("family.other")).isEqualTo("其他");
    }

    @Test
    void everyImporterMessageExistsInBothLanguages() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (ImportProblem.Reason reason : ImportProblem.Reason.values()) {
                assertThat(m.has(reason.key())).as(language + " " + reason.key()).isTrue();
            }
            for (ModelMatcher.Rule rule : ModelMatcher.Rule.values()) {
                assertThat(m.has(rule.key())).as(language + " " + rule.key()).isTrue();
            }
            for (String key : List.of("import.epoch.report", "import.epoch.summary", "import.epoch.eraNote.after",
                    "import.epoch.eraNote.before", "import.epoch.summary.unknownDeveloper", "import.epoch.domain.none",
                    "import.epoch.openWeights.open", "import.epoch.openWeights.closed",
                    "import.epoch.openWeights.unknown", "import.epoch.openSourceNote.unknown",
                    "import.epoch.openSourceNote.stated")) {
                assertThat(m.has(key)).as(language + " " + key).isTrue();
            }
        }
    }

    @Test
    void attributesEpochAi() {
        assertThat(ImportReport.ATTRIBUTION).isEqualTo("Epoch AI, 'Notable AI Models', CC BY 4.0");
    }
}

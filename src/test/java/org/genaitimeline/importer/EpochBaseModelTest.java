package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Epoch's {@code Base model} column on rows of the 2025-02-24 export ({@code epoch/base-models.csv}),
 * imported into the bundled catalog: each row's links, the names that reach nothing, no circle.
 */
class EpochBaseModelTest {

    private static Catalog bundled;
    private static ImportResult result;

    @BeforeAll
    static void importTheExcerpt() throws URISyntaxException {
        bundled = new CatalogLoader().loadBundled().catalog().orElseThrow();
        Path csv = Path.of(EpochBaseModelTest.class.getResource("/epoch/base-models.csv").toURI());
        result = new EpochImport().importFile(csv, bundled, Progress.NONE, () -> false);
    }

    private static Map<String, List<String>> importedLinks() {
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (Model m : result.catalog().orElseThrow().models()) {
            if (m.id().startsWith("epoch-")) {
                links.put(m.id(), m.buildsOn());
            }
        }
        return links;
    }

    @Test
    void everyAddedRowGetsTheLinksItsBaseModelNames() {
        assertThat(result.isCompleted()).isTrue();
        assertThat(importedLinks()).containsOnly(
                entry("epoch-deepseek-r1", List.of("epoch-deepseek-v3")),   // another row of the file
                entry("epoch-deepseek-v3", List.of()),
                entry("epoch-glm-4-0520", List.of()),                       // GLM-4 (0116): not itself
                entry("epoch-core", List.of("gpt-j")),                      // GPT-J-6B: a bundled alias
                entry("epoch-cogagent", List.of("epoch-cogvlm-17b")),
                entry("epoch-cogvlm-17b", List.of()),                       // Vicuna-7B v0: nowhere
                entry("epoch-fingpt-13b", List.of("llama-2")),              // Llama 2-13B: size dropped
                entry("epoch-ggnn", List.of()),                             // ESM2-650M is not the 15B row
                entry("epoch-goat-7b", List.of("llama")),                   // LLaMA-7B
                entry("epoch-bloomz-176b", List.of("bloom")),               // via the BLOOM-176B row
                entry("epoch-u-palm-540b", List.of("palm")),                // via the PaLM (540B) row
                entry("epoch-esm2-15b", List.of()),
                entry("epoch-instructgpt-6b", List.of("gpt-3")),            // GPT-3 6.7B, 20 months older
                entry("epoch-instructgpt-1-3b", List.of()));                // GPT-3 XL: XL is never a size
    }

    @Test
    void rowsThatAreBundledModelsLeaveTheBundledLinksAlone() {
        assertThat(result.report().matched()).extracting(ImportReport.MatchedRow::epochName, ImportReport.MatchedRow::modelId)
                .containsExactlyInAnyOrder(tuple("BLOOM-176B", "bloom"), tuple("PaLM (540B)", "palm"),
                        tuple("Codex", "codex"));
        Catalog merged = result.catalog().orElseThrow();
        assertThat(merged.model("codex").orElseThrow().buildsOn()).as("Epoch's GPT-3 13B is not used")
                .isEqualTo(bundled.model("codex").orElseThrow().buildsOn());
        assertThat(merged.ledTo(merged.model("llama-2").orElseThrow())).extracting(Model::id)
                .contains("epoch-fingpt-13b");
    }

    @Test
    void aNameThatReachesNothingIsReportedAndTheRowStillImported() {
        List<ImportProblem> notes = result.report().skipped();
        assertThat(notes).extracting(ImportProblem::reason).containsOnly(ImportProblem.Reason.UNKNOWN_BASE_MODEL);
        assertThat(notes).extracting(ImportProblem::args).containsExactly(
                List.of("GLM-4 (0520)", "GLM-4 (0116)"), List.of("CogVLM-17B", "Vicuna-7B v0"),
                List.of("GGNN", "ESM2-650M"), List.of("InstructGPT 1.3B", "GPT-3 XL"));
        assertThat(notes.get(1).describe(Messages.of(Language.EN)))
                .matches("Line \\d+: CogVLM-17B names Vicuna-7B v0 as its base model, which is neither .*");
        assertThat(notes.get(1).describe(Messages.of(Language.ZH))).contains("CogVLM-17B", "Vicuna-7B v0", "基础模型");
        assertThat(result.report().summary(Messages.of(Language.EN))).isEqualTo("Matched 3, added 14, skipped 0.");
    }

    @Test
    void theMergedLineageHasNoCircle() {
        Catalog merged = result.catalog().orElseThrow();
        for (Model m : merged.models()) {
            Set<String> seen = new HashSet<>();
            List<Model> frontier = merged.buildsOn(m);
            while (!frontier.isEmpty()) {
                assertThat(frontier).extracting(Model::id).as("ancestors of " + m.id()).doesNotContain(m.id());
                frontier = frontier.stream().filter(p -> seen.add(p.id())).flatMap(p -> merged.buildsOn(p).stream())
                        .toList();
            }
            assertThat(m.buildsOn()).as(m.id() + " names only models of the catalog")
                    .allSatisfy(id -> assertThat(merged.model(id)).isPresent());
        }
    }
}

package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import never makes a lineage circle, which the catalog validator forbids for files. */
class LineageCyclesTest {

    @TempDir
    Path dir;

    private static Map<String, List<String>> graph(String... links) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (String link : links) {
            String[] ends = link.split(">");
            g.computeIfAbsent(ends[0], k -> new ArrayList<>()).add(ends[1]);
            g.computeIfAbsent(ends[1], k -> new ArrayList<>());
        }
        return g;
    }

    @Test
    void twoModelsNamingEachOtherLoseTheLinkThatClosesTheCircle() {
        Map<String, List<String>> g = graph("a>b", "b>a");
        assertThat(LineageCycles.cut(g)).containsExactly(new LineageCycles.Cut("b", "a"));
        assertThat(g.get("a")).containsExactly("b");
        assertThat(g.get("b")).isEmpty();
    }

    @Test
    void aTriangleLosesOneLinkAndADiamondNone() {
        Map<String, List<String>> triangle = graph("a>b", "b>c", "c>a");
        assertThat(LineageCycles.cut(triangle)).containsExactly(new LineageCycles.Cut("c", "a"));
        Map<String, List<String>> diamond = graph("d>b", "d>c", "b>a", "c>a");
        assertThat(LineageCycles.cut(diamond)).isEmpty();
        assertThat(diamond.get("d")).containsExactly("b", "c");
    }

    @Test
    void linksToModelsOutsideTheImportAreKeptAndALongChainDoesNotOverflow() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            g.put("m" + i, new ArrayList<>(List.of(i + 1 < n ? "m" + (i + 1) : "gpt-3")));
        }
        g.get("m" + (n - 1)).add("m0");
        List<LineageCycles.Cut> cuts = LineageCycles.cut(g);
        assertThat(cuts).containsExactly(new LineageCycles.Cut("m" + (n - 1), "m0"));
        assertThat(g.get("m" + (n - 1))).containsExactly("gpt-3");
    }

    @Test
    void twoEpochRowsNamingEachOtherImportWithOneLinkAndTheReportSaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("pair.csv"),
                "Model,Publication date,Base model\nAlpha Net,2024-01-01,Beta Net\nBeta Net,2024-02-01,Alpha Net\n");
        ImportResult r = new EpochImport().importFile(csv, TestCatalog.book(), Progress.NONE, () -> false);
        assertThat(r.isCompleted()).isTrue();
        List<Model> added = r.catalog().orElseThrow().models().stream()
                .filter(m -> m.id().startsWith("epoch-")).toList();
        assertThat(added).extracting(Model::id).containsExactly("epoch-alpha-net", "epoch-beta-net");
        assertThat(added.get(0).buildsOn()).containsExactly("epoch-beta-net");
        assertThat(added.get(1).buildsOn()).isEmpty();
        ImportProblem dropped = r.report().skipped().get(0);
        assertThat(dropped.reason()).isEqualTo(ImportProblem.Reason.CYCLIC_LINK);
        assertThat(dropped.describe(Messages.of(Language.EN))).startsWith("Line 3: Beta Net names epoch-alpha-net");
        assertThat(r.report().summary(Messages.of(Language.EN))).as("no row was skipped").contains("skipped 0");
    }
}

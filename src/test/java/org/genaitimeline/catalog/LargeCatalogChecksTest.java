package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-checks on catalogs far larger than the bundled one: what they report stays
 * bounded and correct where the old checks compared every pair (eras, "did you mean") or
 * recursed once per link (lineage). How long they take is measured in docs/PERFORMANCE.md,
 * not here.
 */
class LargeCatalogChecksTest {

    @TempDir
    Path tmp;

    private final CatalogLoader loader = new CatalogLoader();

    private static String model(String id, String buildsOn) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"date\": \"2014-06\", \"era\": \"early\","
                + " \"developer\": [\"Lab\"], \"family\": \"gan\", \"kind\": \"image\", \"parameters\": null,"
                + " \"openSource\": true, \"inFigure\": false, \"summary\": {\"en\": \"A model.\", \"zh\": \"一个模型。\"}"
                + (buildsOn == null ? "" : ", \"buildsOn\": [\"" + buildsOn + "\"]") + "}";
    }

    private Path catalog(List<String> models) throws IOException {
        Path file = tmp.resolve("models.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"models\": [\n" + String.join(",\n", models) + "\n]}\n");
        Files.copy(CatalogValidationRulesTest.RULES.resolve("eras.json"), tmp.resolve("eras.json"));
        return file;
    }

    /** m0 builds on m1, m1 on m2, ... : the search used to recurse 20,000 deep and overflow the stack. */
    @Test
    void aLongChainOfLinksLoadsAndAChainClosedIntoACircleIsOneProblem() throws IOException {
        int n = 20_000;
        List<String> chain = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            chain.add(model("m" + i, i + 1 < n ? "m" + (i + 1) : null));
        }
        assertThat(loader.load(catalog(chain)).isOk()).isTrue();

        chain.set(n - 1, model("m" + (n - 1), "m0"));
        Files.delete(tmp.resolve("eras.json"));
        List<Problem> problems = loader.load(catalog(chain)).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("models[" + (n - 1) + "].buildsOn[0]");
            assertThat(p.message()).startsWith("lineage goes round in a circle: m" + (n - 1) + " -> m0 -> m1 -> ");
        });
    }

    @Test
    void unknownLinksAreAllReportedButOnlyTheFirstOnesGetASuggestion() throws IOException {
        int n = CatalogChecks.SUGGESTIONS + 50;
        List<String> models = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            models.add(model("model-" + i, "model-" + i + "x")); // one letter off its own id
        }
        List<Problem> problems = loader.load(catalog(models)).problems();
        assertThat(problems).hasSize(n);
        long suggested = problems.stream().filter(p -> p.message().contains("did you mean")).count();
        assertThat(suggested).isEqualTo(CatalogChecks.SUGGESTIONS);
        assertThat(problems.get(0).message()).contains("did you mean \"model-0\"");
        assertThat(problems.get(n - 1).message()).contains("unknown model id \"model-" + (n - 1) + "x\"");
    }

    /** Every era overlapping every other used to give n(n-1)/2 problems; each era is now told once. */
    @Test
    void manyOverlappingErasGiveOneProblemEachNotOnePerPair() throws IOException {
        int n = 2_000;
        StringBuilder eras = new StringBuilder("{\"schemaVersion\": 1, \"eras\": [\n");
        for (int i = 0; i < n; i++) {
            eras.append(i == 0 ? "" : ",\n").append("{\"id\": \"e").append(i)
                    .append("\", \"name\": {\"en\": \"E\", \"zh\": \"E\"}, \"start\": \"2010-01-01\", \"end\": \"2020-12-31\","
                            + " \"color\": \"#e3f0fb\", \"summary\": {\"en\": \"An era.\", \"zh\": \"一个时代。\"}}");
        }
        Path file = Files.writeString(tmp.resolve("eras.json"), eras.append("\n]}\n").toString());
        List<Problem> problems = loader.validate(List.of(file));
        assertThat(problems).hasSize(n - 1).allSatisfy(p -> assertThat(p.message()).contains("overlaps era \"e0\""));
    }
}

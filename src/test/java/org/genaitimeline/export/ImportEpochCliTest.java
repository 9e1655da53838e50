package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaitimeline.growth.GrowthRenderer;
import org.genaitimeline.importer.ImportReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code --import-epoch} with {@code --list} and {@code --export}, on the fixture catalog and the Epoch excerpt. */
class ImportEpochCliTest {

    static final Path CATALOG = CliTest.CATALOG;
    static final Path EXCERPT = resource("/epoch/notable-excerpt.csv");

    @TempDir
    Path tmp;

    /** Exports paint figures: start the toolkit the TestFX way first (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(Map.of("growth", new GrowthRenderer()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path resource(String name) {
        try {
            return Path.of(ImportEpochCliTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void listAddsTheImportedModelsAndReportsOnStderr() {
        Run plain = run("--list", "--catalog", CATALOG.toString(), "--format", "csv");
        Run imported = run("--list", "--catalog", CATALOG.toString(), "--format", "csv",
                "--import-epoch", EXCERPT.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.err()).containsPattern("notable-excerpt\\.csv: Matched \\d+, added \\d+, skipped \\d+\\.");
        assertThat(imported.out()).contains("Grok-3", "DeepSeek-R1").doesNotContain("Matched");
        assertThat(imported.out().lines().count()).isGreaterThan(plain.out().lines().count() + 20);
        // The book's GPT-3 stays one row: the Epoch "GPT-3 175B (davinci)" is linked, not added.
        assertThat(imported.out()).doesNotContain("GPT-3 175B (davinci)");
        assertThat(imported.out().strip()).endsWith("# Data: " + ImportReport.ATTRIBUTION);
        assertThat(plain.out()).doesNotContain("Epoch AI");
    }

    /** The JSON list says which types were inferred, and pasted into a catalog it reads back as it was. */
    @Test
    void theJsonListMarksInferredFamiliesAndReadsBack() throws Exception {
        Run json = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", EXCERPT.toString(),
                "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"familyInferred\" : {\n    \"rule\" : \"domain-multimodal\",");
        Path dir = Files.createDirectories(tmp.resolve("pasted"));
        Files.copy(CATALOG.resolveSibling("eras.json"), dir.resolve("eras.json"));
        Path pasted = Files.writeString(dir.resolve("models.json"),
                "{\"schemaVersion\": 2, \"models\": " + json.out() + "}");
        Run validate = run("--validate", pasted.toString());
        assertThat(validate.err()).isEmpty();
        assertThat(validate.code()).isZero();
        Run again = run("--list", "--catalog", pasted.toString(), "--format", "json");
        assertThat(again.out()).isEqualTo(json.out());
    }

    @Test
    void theSourceFilterKeepsOnlyImportedModels() {
        Run epoch = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", EXCERPT.toString(),
                "--source", "epoch", "--format", "md");
        assertThat(epoch.code()).isZero();
        assertThat(epoch.out()).contains("| Grok-3 |").doesNotContain("| GPT-3 |");
        assertThat(epoch.out()).endsWith("\nData: " + ImportReport.ATTRIBUTION + "\n");
        // A catalog read from a file is the user's (the bundled one alone is the book's).
        Run book = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", EXCERPT.toString(),
                "--source", "user");
        assertThat(book.out()).contains("GPT-3").doesNotContain("Grok-3").doesNotContain("Epoch AI");
    }

    @Test
    void skippedRowsArePrintedWithTheirLines() throws Exception {
        List<String> lines = Files.readAllLines(EXCERPT);
        Path bad = tmp.resolve("bad.csv");
        // Line 2 starts Grok-3; give it a date that is no date.
        Files.write(bad, lines.stream().map(l -> l.startsWith("Grok-3,") ? l.replace("2025-02-17", "someday") : l)
                .toList());
        Run r = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", bad.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("skipped 1.").contains("Line 2: Grok-3 has the publication date 'someday'");
        assertThat(r.out()).doesNotContain("Grok-3");
    }

    /** A size of 0 once reached the catalog, where ModelFormat threw: "Something went wrong". */
    @Test
    void aZeroSizeSkipsItsRowInsteadOfFailingTheList() throws Exception {
        Path zero = tmp.resolve("z.csv");
        Files.writeString(zero, "Model,Publication date,Parameters\nNothing,2024-01-01,0\nAlmost,2024-01-01,0.4\n"
                + "Fine,2024-01-01,7e9\n");
        Run r = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", zero.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("skipped 2.").contains("Line 2: Nothing has the parameter count '0'")
                .contains("Line 3: Almost").doesNotContain("Something went wrong");
        assertThat(r.out()).contains("Fine").doesNotContain("Nothing").doesNotContain("Almost");
    }

    @Test
    void aFileThatIsNoEpochExportIsRefusedNamingTheColumns() throws Exception {
        Path other = tmp.resolve("other.csv");
        Files.writeString(other, "Title,Year\nFoo,2020\n");
        Run r = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", other.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cannot import").contains("Publication date").contains("Title, Year")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsRefused() {
        Run r = run("--list", "--import-epoch", tmp.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cannot import").contains("there is no file at this path");
    }

    @Test
    void aFolderIsRefusedAsAFolder() {
        Run r = run("--list", "--import-epoch", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cannot import").contains("is a folder, not a file");
    }

    @Test
    void importIsNoPartOfValidate() {
        Run r = run("--validate", CATALOG.toString(), "--import-epoch", EXCERPT.toString());
        assertThat(r.code()).isEqualTo(2);
    }

    @Test
    void importingTwiceLinksTheSecondCopyToTheFirst() {
        Run once = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", EXCERPT.toString());
        Run twice = run("--list", "--catalog", CATALOG.toString(), "--import-epoch", EXCERPT.toString(),
                "--import-epoch", EXCERPT.toString());
        assertThat(twice.code()).isZero();
        assertThat(twice.err()).contains("added 0,");
        assertThat(twice.out()).isEqualTo(once.out());
    }

    @Test
    void aGrowthExportOfImportedModelsCarriesTheAttribution() throws Exception {
        Path svg = tmp.resolve("growth.svg");
        Run r = run("--export", "growth", "--catalog", CATALOG.toString(), "--import-epoch", EXCERPT.toString(),
                "--all-types", "--trend", "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text).containsPattern(">Data: Epoch AI, (&apos;|')Notable AI Models(&apos;|'), CC BY 4.0</text>");
        // Imported models join their inferred series; what generates nothing is Other.
        assertThat(text).contains(">Other").doesNotContain(">Imported");
    }

    @Test
    void aGrowthExportOfTheBookAloneHasNoAttribution() throws Exception {
        Path svg = tmp.resolve("book.svg");
        Run r = run("--export", "growth", "--catalog", CATALOG.toString(), "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(svg)).doesNotContain("Epoch AI");
    }
}

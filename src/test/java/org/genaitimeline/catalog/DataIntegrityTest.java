package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog against the facts copied into src/test/resources/reference: the book's
 * figure data (history.csv), the models the chapter names, and Tables 14-1 and 14-2 as
 * printed in both languages.
 */
class DataIntegrityTest {

    private static final Path REFERENCE = Path.of("src/test/resources/reference");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, Family> CSV_TYPES = Map.of(
            "Variational Autoencoder", Family.VAE,
            "Generative Adversarial Network", Family.GAN,
            "Autoregressive / Transformer", Family.AUTOREGRESSIVE,
            "Normalizing Flow", Family.FLOW,
            "Energy-Based / Diffusion Models", Family.ENERGY_DIFFUSION,
            "Multimodal Models", Family.MULTIMODAL,
            "General", Family.GENERAL);

    private static LoadResult bundled;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        bundled = new CatalogLoader().loadBundled();
        catalog = bundled.catalog().orElse(Catalog.empty());
    }

    /** One row of history.csv: Name, Paper Date, paper, hide, type, parameters. */
    private record CsvRow(int line, String name, LocalDate date, boolean hide, String type) {
    }

    private static List<CsvRow> history() throws IOException {
        String text = Files.readString(REFERENCE.resolve("history.csv"), StandardCharsets.UTF_8);
        List<String> lines = text.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            rows.add(new CsvRow(i + 1, cells[0].strip(), LocalDate.parse(cells[1].strip(), CSV_DATE),
                    cells[3].strip().equals("1"), cells[4].strip()));
        }
        return rows;
    }

    private static Optional<Model> named(String name) {
        return catalog.models().stream().filter(m -> m.isNamed(name)).findFirst();
    }

    private static boolean covers(PartialDate date, LocalDate day) {
        return !day.isBefore(date.start()) && !day.isAfter(date.end());
    }

    @Test
    void theBundledCatalogHasNoProblem() {
        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.isOk()).isTrue();
    }

    @Test
    void historyCsvHasItsNinetyRows() throws IOException {
        assertThat(history()).hasSize(90);
    }

    @Test
    void everyFigureRowIsInTheCatalogWithItsDateAndType() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (CsvRow row : history()) {
            Optional<Model> found = named(row.name());
            if (found.isEmpty()) {
                wrong.add("line " + row.line() + ": " + row.name() + " is missing");
                continue;
            }
            Model m = found.get();
            Family family = CSV_TYPES.get(row.type());
            if (m.family() != family) {
                wrong.add(row.name() + ": family " + m.family().id() + ", the CSV says " + row.type());
            }
            boolean dated = covers(m.date(), row.date()) || m.book().date().map(d -> covers(d, row.date())).orElse(false);
            if (!dated) {
                wrong.add(row.name() + ": date " + m.date() + m.book().date().map(d -> " / book " + d).orElse("")
                        + ", the CSV says " + row.date());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** One line of figure-14-1.tsv or figure-14-3.tsv, split into its cells. */
    private static List<String[]> figure(String file) throws IOException {
        return Files.readAllLines(REFERENCE.resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void figure14x1IsExactlyThePrintedSeventyOneInTheirColumnsDatesAndLabels() throws IOException {
        List<String> expected = figure("figure-14-1.tsv").stream()
                .map(c -> String.join("|", c[0], c[1], c[2], c[3])).sorted().toList();
        List<String> actual = catalog.models().stream().filter(Model::inFigure).map(m -> {
            Figure14x1Entry e = m.book().figure14x1().orElseThrow();
            return String.join("|", m.id(), e.label(), e.lane().id(), e.date().toString());
        }).sorted().toList();

        assertThat(expected).hasSize(71);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void figure14x3IsExactlyThePrintedTwentyFivePointsAtTheirPrintedValues() throws IOException {
        List<String> expected = figure("figure-14-3.tsv").stream()
                .map(c -> String.join("|", c[0], c[1], c[2], String.valueOf(Double.parseDouble(c[3])))).sorted().toList();
        List<String> actual = catalog.models().stream().filter(m -> m.book().figure14x3().isPresent()).map(m -> {
            Figure14x3Point p = m.book().figure14x3().orElseThrow();
            return String.join("|", m.id(), p.label(), p.date().toString(), String.valueOf(p.billions()));
        }).sorted().toList();

        assertThat(expected).hasSize(25);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void everyModelTheChapterNamesIsInTheCatalog() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(REFERENCE.resolve("chapter-models.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            String name = parts[0].strip();
            boolean byName = named(name).isPresent();
            boolean byId = parts.length > 1 && catalog.model(parts[1].strip()).map(m -> m.isNamed(name)).orElse(false);
            if (!byName && !byId) {
                missing.add(line);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void table14x1IsTheBooksSixteenRowsInBothLanguages() throws IOException {
        assertTable(BookTable.LLM, "table-14-1.tsv", 16);
    }

    @Test
    void table14x2IsTheBooksFiveRowsInBothLanguages() throws IOException {
        assertTable(BookTable.TEXT_TO_IMAGE, "table-14-2.tsv", 5);
    }

    private static void assertTable(BookTable table, String file, int rows) throws IOException {
        List<String> expected = Files.readAllLines(REFERENCE.resolve(file), StandardCharsets.UTF_8).stream()
                .skip(1).filter(l -> !l.isBlank()).toList();
        List<String> actual = catalog.table(table).stream().map(DataIntegrityTest::printedRow).toList();

        assertThat(expected).hasSize(rows);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** A row as the .tsv files hold it: id, then the five cells in English, then in Chinese. */
    private static String printedRow(Model m) {
        List<String> cells = new ArrayList<>();
        cells.add(m.id());
        for (Language language : List.of(Language.EN, Language.ZH)) {
            cells.add(m.printedName(language));
            cells.add(ModelFormat.date(m.printedDate(), language));
            cells.add(m.printedDeveloper(language));
            cells.add(ModelFormat.parameters(m.printedParameters(), language));
            cells.add(ModelFormat.openSource(m.printedOpenSource(), m.book().openSourceParameters(), language));
        }
        return String.join("\t", cells);
    }

    @Test
    void everyBookValueThatDiffersFromTheSourcesSaysWhy() {
        // BERT once carried the figure data's 345M as its own size; the paper says 340M. Where
        // the book or its figure data keeps a different value, a note must explain it.
        List<String> unexplained = catalog.models().stream()
                .filter(m -> m.book().note().isEmpty())
                .filter(m -> m.book().differsFromSources() || m.figureSizeIsTheBooksOwn())
                .map(Model::id)
                .toList();

        assertThat(unexplained).isEmpty();
    }

    @Test
    void theEpochNamesOfOurModelsFindThem() {
        // Names the Epoch AI export uses for models of ours (checked 2025-02-24 export); without
        // these aliases an import adds twins instead of merging.
        Map<String, String> epochNames = Map.of(
                "ResNet-152", "resnet",
                "ResNet-110", "resnet",
                "ProgressiveGAN", "progan",
                "Image-to-image cGAN", "pix2pix",
                "RNNsearch-50", "attention",
                "ViT-Huge/14", "vit",
                "GPT-1", "gpt",
                "ADM", "guided-diffusion",
                "GPT-NeoX-20B", "gpt-neox",
                "OPT-175B", "opt");
        epochNames.forEach((name, id) ->
                assertThat(named(name).map(Model::id)).as(name).contains(id));
    }

    @Test
    void developersAreOneToThreeOrganisations() {
        // docs/catalog-format.md: one to three, spelled the same way everywhere.
        List<String> wrong = catalog.models().stream()
                .filter(m -> m.developer().isEmpty() || m.developer().size() > 3)
                .map(m -> m.id() + " " + m.developer())
                .toList();

        assertThat(wrong).isEmpty();
    }

    /** Issue 7: the Chinese window shows the Chinese note, so each one must really be Chinese. */
    @Test
    void everyOpenSourceNoteIsWrittenInChinese() {
        java.util.regex.Pattern han = java.util.regex.Pattern.compile("\\p{IsHan}");
        List<Model> noted = catalog.models().stream().filter(m -> m.openSourceNote().isPresent()).toList();
        List<String> notChinese = noted.stream()
                .filter(m -> !han.matcher(m.openSourceNote(Language.ZH).orElseThrow()).find())
                .map(Model::id)
                .toList();

        assertThat(noted).hasSize(91);
        assertThat(notChinese).isEmpty();
    }

    @Test
    void theLineageHasAtLeastSixtyLinks() {
        long links = catalog.models().stream().mapToLong(m -> m.buildsOn().size()).sum();

        assertThat(links).isGreaterThanOrEqualTo(60);
    }
}

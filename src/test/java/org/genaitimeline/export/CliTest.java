package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.FigureRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the command line in-process on the fixture catalog and reads back its streams and files. */
class CliTest {

    static final Path CATALOG = resource("catalog/models.json");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, FigureRenderer> renderers, Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(renderers, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Map.of(), Locale.ENGLISH, args);
    }

    /** The fixture catalog instead of the bundled one. */
    static Run list(String... args) {
        List<String> all = new ArrayList<>(List.of("--list", "--catalog", CATALOG.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    static Path resource(String name) {
        try {
            return Path.of(CliTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }

    // --- exit codes ---

    @Test
    void versionPrintsTheNameAndTheBuildsVersionAndExitsZero() {
        String version = org.genaitimeline.about.BuildInfo.current().version();
        for (String option : List.of("--version", "-V")) {
            Run r = run(option);
            assertThat(r.code()).as(option).isZero();
            assertThat(r.out().lines().findFirst()).as(option).contains("GenAI Timeline " + version);
            assertThat(r.err()).isEmpty();
        }
        assertThat(run("--help").out()).contains("--version");
    }

    @Test
    void helpExitsZeroInEnglishAndChinese() {
        Run en = run("--help", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("Usage:", "--min-params", "Exit codes: 0 success");
        Run zh = run("--help", "--lang", "zh");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("用法：", "显示本帮助并退出。", "只看权重已公开发布的模型。").doesNotContain("!cli.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
        "--bogus; --bogus",
        "--list --open --closed; --open and --closed",
        "--export table-14-1; --out",
        "--list --catalog; --catalog",
        "--list --export timeline; only one",
        "'';--list",
    })
    void usageErrorsExitTwo(String args, String mentioned) {
        Run r = run(args.isEmpty() ? new String[0] : args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(mentioned).contains("--help");
        assertNoStackTrace(r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "--format xml; --format: \"xml\" is not allowed (allowed: text, csv, md, json).",
        "--era nope; --era: \"nope\" is not allowed (allowed: vae-gan, transformer, big-model).",
        "--family cnn; --family: \"cnn\"",
        "--kind poem; --kind: \"poem\"",
        "--table 14-3; --table: \"14-3\" is not allowed (allowed: 14-1, 14-2).",
        "--min-params abc; --min-params: \"abc\"",
        "--from 20x; --from: \"20x\"",
        "--from 2022 --to 2020; --from 2022 is after --to 2020.",
        "--lang fr; --lang: \"fr\" is not allowed (allowed: en, zh).",
    })
    void badValuesExitOneAndNameTheOption(String args, String message) {
        Run r = list(args.split(" "));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith(message);
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
    }

    @Test
    void badValueMessageIsChineseWithLangZh() {
        Run r = list("--theme", "x", "--format", "yaml", "--lang", "zh");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("--format：不能取值“yaml”（可用的值：text、csv、md、json）。");
    }

    @Test
    void brokenCatalogExitsOneWithItsProblems() throws IOException {
        Path broken = brokenCatalog();
        Run r = run("--list", "--catalog", broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(broken + ":3:").contains("nothing was listed");
        assertNoStackTrace(r);
    }

    // --- --validate ---

    @Test
    void validateAGoodFileExitsZero() {
        Run r = run("--validate", CATALOG.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(CATALOG + ": no problems (25 models)", "1 file checked, no problems found.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateABrokenFileGivesFileLineColumnAndASummary() throws IOException {
        Path broken = brokenCatalog();
        Run r = run("--validate", broken.toString(), CATALOG.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).matches(java.util.regex.Pattern.quote(broken.toString()) + ":3:\\d+: .+");
        assertThat(lines).last().isEqualTo("2 files checked, 1 problem found.");
        assertNoStackTrace(r);
    }

    @Test
    void validateRecognisesAnErasFile() throws IOException {
        Path eras = tmp.resolve("eras.json");
        Files.writeString(eras, "{\"schemaVersion\": 1, \"eras\": [{\"id\": \"a\", \"name\": {\"en\": \"A\", "
                + "\"zh\": \"甲\"}, \"start\": \"2014-01-01\", \"end\": \"2017-12-31\", \"color\": \"#aabbcc\", "
                + "\"summary\": {\"en\": \"s\", \"zh\": \"s\"}}]}\n");
        Run r = run("--validate", eras.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(eras + ": no problems", "1 file checked, no problems found.");
    }

    @Test
    void validateInChineseGivesChineseProblemsAtTheSamePlaces() throws IOException {
        Path broken = brokenCatalog();
        String en = run("--validate", broken.toString(), "--lang", "en").err().lines().findFirst().orElseThrow();
        String zh = run("--validate", broken.toString(), "--lang", "zh").err().lines().findFirst().orElseThrow();
        String where = en.substring(0, en.indexOf(": ", broken.toString().length()) + 2);
        assertThat(where).matches(java.util.regex.Pattern.quote(broken.toString()) + ":3:\\d+: ");
        assertThat(zh).startsWith(where).isNotEqualTo(en).containsPattern("\\p{IsHan}");
    }

    @Test
    void validateAMissingFile() {
        Run r = run("--validate", tmp.resolve("none.json").toString(), "--lang", "zh");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("none.json: 该路径下没有文件", "已检查 1 个文件，发现 1 个问题。");
    }

    @ParameterizedTest
    @CsvSource({"en, 'this is a folder, not a file', '1 file checked'", "zh, 这是一个文件夹，不是文件, 已检查 1 个文件"})
    void validateAFolderSaysItIsAFolder(String lang, String words, String summary) {
        Run r = run("--validate", tmp.toString(), "--lang", lang);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(tmp + ": " + words, summary).doesNotContain("no file at this path");
    }

    private Path brokenCatalog() throws IOException {
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"models\": [\n  {\"id\": \"x\",\n   \"name\": }\n]}\n");
        return file;
    }

    // --- --list ---

    @ParameterizedTest
    @CsvSource({"14-1, table-14-1.zh.md", "14-2, table-14-2.zh.md"})
    void bookTablesPrintExactlyAsTheChineseBook(String table, String expectedFile) throws IOException {
        Run r = list("--table", table, "--format", "md", "--lang", "zh");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(resource(expectedFile)));
    }

    @Test
    void englishBookTableUsesTheEnglishCells() {
        Run r = list("--table", "14-1", "--format", "md", "--lang", "en");
        assertThat(r.out().lines()).contains(
                "| Model | Date | Developer | # Parameters | Open source |",
                "| OPT | May 2022 | Meta | 175B | Yes (66B) |",
                "| Megatron-Turing NLG | October 2021 | Microsoft and NVIDIA | 530B | No |",
                "| GPT-4 | March 2023 | OpenAI | Unknown | No |");
    }

    @Test
    void jsonIsAnArrayOfTheRawCatalogFields() throws IOException {
        Run r = list("--search", "opt", "--format", "json");
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode opt = array.get(0);
        assertThat(opt.get("id").asText()).isEqualTo("opt");
        assertThat(opt.get("parameters").asLong()).isEqualTo(175_000_000_000L);
        assertThat(opt.get("family").asText()).isEqualTo("autoregressive");
        assertThat(opt.get("tables").get(0).asText()).isEqualTo("14-1");
        assertThat(opt.get("book").get("openSourceParameters").asLong()).isEqualTo(66_000_000_000L);
        assertThat(opt.get("summary").get("zh").asText()).isNotBlank();
        assertThat(opt.get("openSourceNote").get("en").asText()).isEqualTo("only the 66B weights were public");
        assertThat(opt.get("openSourceNote").get("zh").asText()).isEqualTo("只公开了 660 亿参数的权重");
    }

    @Test
    void jsonRoundTripsThroughTheLoader() throws IOException {
        Run r = list("--format", "json");
        Path models = tmp.resolve("models.json");
        Files.writeString(models, "{\"schemaVersion\": 2, \"models\": " + r.out() + "}");
        Files.copy(resource("catalog/eras.json"), tmp.resolve("eras.json"));
        var original = new org.genaitimeline.catalog.CatalogLoader().load(CATALOG).catalog().orElseThrow();
        var copy = new org.genaitimeline.catalog.CatalogLoader().load(models).catalog().orElseThrow();
        assertThat(copy.models()).hasSize(original.size());
        for (int i = 0; i < original.size(); i++) {
            assertThat(withoutProvenance(copy.models().get(i))).isEqualTo(withoutProvenance(original.models().get(i)));
        }
    }

    private static Model withoutProvenance(Model m) {
        return new Model(m.id(), m.name(), m.aliases(), m.date(), m.era(), m.eraNote(), m.developer(), m.family(),
                m.kind(), m.parameters(), m.openSource(), m.openSourceNote(), m.tables(), m.summary(),
                m.paper(), m.buildsOn(), m.book(), org.genaitimeline.catalog.Provenance.BUNDLED);
    }

    @Test
    void csvIsRfc4180WithAHeader() {
        Run r = list("--format", "csv", "--lang", "en");
        assertThat(r.out()).endsWith("\r\n");
        List<List<String>> rows = parseCsv(r.out());
        assertThat(rows.get(0)).containsExactly("Model", "Date", "Developer", "Type", "Kind", "# Parameters",
                "Open source");
        assertThat(rows).hasSize(26).allSatisfy(row -> assertThat(row).hasSize(7));
        List<String> sd = rows.stream().filter(row -> row.get(0).equals("Stable Diffusion")).findFirst().orElseThrow();
        assertThat(sd).containsExactly("Stable Diffusion", "August 2022", "Stability AI, CompVis, Runway",
                "Multimodal Model", "Text to image", "860M", "Yes");
    }

    @Test
    void textColumnsLineUpWithChineseText() {
        Run r = list("--lang", "zh", "--family", "gan,multimodal");
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("模型");
        // The date column starts at the same terminal column on every line although the
        // header is Chinese (two columns per character) and the names are Latin.
        int headerColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("日期")));
        for (String line : lines.subList(1, lines.size())) {
            int at = line.indexOf(" 20") + 1;
            assertThat(DisplayWidth.of(line.substring(0, at))).as(line).isEqualTo(headerColumn);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "--family gan; GAN,DCGAN",
        "--era vae-gan,transformer --kind llm; GPT-2",
        "--era vae-gan --era transformer --kind llm; GPT-2",
        "--developer openai --from 2023; GPT-4",
        "--developer OpenAI --closed --to 2022; GPT-3,GPT-3.5,DALL·E 2",
        "--open --min-params 100B; OPT,BLOOM",
        "--max-params 1B; Stable Diffusion",
        "--min-params 500e9; Megatron-Turing NLG,PaLM",
        "--search 用于测试表 --kind text-to-image --from 2023; MUSE",
        "--table 14-2 --open; Stable Diffusion",
    })
    void filtersNarrowTheList(String args, String names) {
        Run r = list((args + " --format csv --lang en").split(" "));
        assertThat(r.code()).as(r.err()).isZero();
        List<List<String>> rows = parseCsv(r.out());
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
                .containsExactly(names.split(","));
    }

    @Test
    void defaultLanguageFollowsTheSystemLocale() {
        Run r = run(Map.of(), Locale.SIMPLIFIED_CHINESE, "--list", "--catalog", CATALOG.toString(), "--table",
                "14-2", "--format", "md");
        assertThat(r.out()).startsWith("| 模型 | 日期 |");
    }

    // --- --export ---

    @ParameterizedTest
    @CsvSource({"table-14-1, t.md, table-14-1.zh.md", "table-14-2, out.MD, table-14-2.zh.md"})
    void tableExportWritesMarkdown(String what, String file, String expected) throws IOException {
        Path out = tmp.resolve(file);
        Run r = run("--export", what, "--out", out.toString(), "--catalog", CATALOG.toString(), "--lang", "zh");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(resource(expected)));
    }

    @Test
    void tableExportReplacesAnOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = tmp.resolve("table.csv");
        Files.writeString(out, "old content that is longer than nothing");
        Run r = run("--export", "table-14-2", "--out", out.toString(), "--catalog", CATALOG.toString(),
                "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(parseCsv(Files.readString(out))).hasSize(6).first()
                .isEqualTo(List.of("Model", "Date", "Developer", "# Parameters", "Open source"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("table.csv");
        }
    }

    @Test
    void tableExportToAnUnknownExtensionOrFolderExitsOne() {
        Run ext = run("--export", "table-14-1", "--out", tmp.resolve("t.txt").toString(), "--lang", "en",
                "--catalog", CATALOG.toString());
        assertThat(ext.code()).isEqualTo(1);
        assertThat(ext.err()).contains("--out:", "a file name ending in .csv or .md");
        Run folder = run("--export", "table-14-1", "--out", tmp.resolve("no/such/t.md").toString(), "--lang", "en",
                "--catalog", CATALOG.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("Cannot write", "the folder does not exist (create it or choose another)");
        assertThat(tmp.resolve("no")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "--scale 0; --scale: \"0\" is not allowed (allowed: 1–8).",
        "--scale 9; --scale: \"9\"",
        "--scale two; --scale: \"two\"",
        "--width 50; --width: \"50\" is not allowed (allowed: 100–10000).",
        "--height 1e4; --height: \"1e4\"",
        "--theme purple; --theme: \"purple\" is not allowed (allowed: light, dark, projector, book).",
        "--orientation diagonal; --orientation: \"diagonal\" is not allowed (allowed: vertical, horizontal).",
        // Each value is allowed, the product is not: this once died with "capacity < 0".
        "--width 10000 --height 10000 --scale 8; A 80000 × 80000 pixel image is too large to draw: at most 16384 "
                + "pixels a side and 134 million pixels in all.",
        "--width 5000 --height 5000 --scale 3; A 15000 × 15000 pixel image is too large to draw",
    })
    void badFigureOptionValuesExitOne(String args, String message) {
        RecordingRenderer renderer = new RecordingRenderer("timeline");
        List<String> all = new ArrayList<>(List.of("--export", "timeline", "--out", tmp.resolve("f.png").toString(),
                "--catalog", CATALOG.toString(), "--lang", "en"));
        all.addAll(List.of(args.split(" ")));
        Run r = run(Map.of("timeline", renderer), Locale.ENGLISH, all.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith(message);
        assertThat(renderer.request).isNull();
        assertNoStackTrace(r);
    }

    @Test
    void thePixelLimitIsSaidInChineseToo() {
        RecordingRenderer renderer = new RecordingRenderer("timeline");
        Run r = run(Map.of("timeline", renderer), Locale.ENGLISH, "--export", "timeline", "--out",
                tmp.resolve("f.png").toString(), "--catalog", CATALOG.toString(), "--lang", "zh",
                "--width", "10000", "--height", "10000", "--scale", "8");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("80000 × 80000 像素的图像太大").contains("16384");
        assertThat(renderer.request).isNull();
    }

    @Test
    void anSvgIsNotRasterisedSoTheLimitDoesNotApply() {
        RecordingRenderer renderer = new RecordingRenderer("timeline");
        Run r = run(Map.of("timeline", renderer), Locale.ENGLISH, "--export", "timeline", "--out",
                tmp.resolve("f.svg").toString(), "--catalog", CATALOG.toString(), "--lang", "en",
                "--width", "10000", "--height", "10000", "--scale", "8");
        assertThat(r.code()).isZero();
        assertThat(renderer.request).isNotNull();
    }

    @Test
    void anUnknownExportTargetExitsOne() {
        Run r = run("--export", "poster", "--out", tmp.resolve("p.png").toString(), "--catalog", CATALOG.toString(),
                "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "--export: \"poster\" is not allowed (allowed: timeline, growth, lineage, table-14-1, table-14-2).");
    }

    @Test
    void aFigureWithoutARendererIsAUsageErrorThatSaysSo() {
        Run r = run("--export", "growth", "--out", tmp.resolve("g.svg").toString(), "--catalog",
                CATALOG.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("The figure \"growth\" cannot be exported by this version yet");
        assertThat(tmp.resolve("g.svg")).doesNotExist();
    }

    @Test
    void figureExportPassesFilteredModelsThemeAndOptionsToTheRenderer() throws IOException {
        RecordingRenderer renderer = new RecordingRenderer("timeline");
        Path out = tmp.resolve("timeline.svg");
        Run r = run(Map.of("timeline", renderer), Locale.ENGLISH, "--export", "timeline", "--out", out.toString(),
                "--catalog", CATALOG.toString(), "--lang", "zh", "--theme", "dark", "--orientation", "horizontal",
                "--trend", "--family", "gan", "--width", "800", "--height", "600");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(renderer.request.models()).extracting(Model::id).containsExactly("gan", "dcgan");
        assertThat(renderer.request.language()).isEqualTo(org.genaitimeline.i18n.Language.ZH);
        assertThat(renderer.request.palette().theme()).isEqualTo(org.genaitimeline.theme.Theme.DARK);
        assertThat(renderer.request.timeline().orientation()).isEqualTo(org.genaitimeline.figure.Orientation.HORIZONTAL);
        assertThat(renderer.request.growth().trends()).isTrue();
        assertThat(renderer.request.growth().logScale()).isTrue();
        assertThat(renderer.request.timeline().bookFigureOnly()).isFalse();
        String svg = Files.readString(out);
        assertThat(svg).contains("<svg", "gan", "dcgan").contains("800");
    }

    /** Paints each model id as text, and remembers what it was asked. */
    static final class RecordingRenderer implements FigureRenderer {
        private final String id;
        FigureRequest request;

        RecordingRenderer(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void paint(org.genaitimeline.figure.Surface surface, FigureRequest request) {
            this.request = request;
            surface.setFill(request.palette().foreground());
            surface.setFont(12, false);
            double y = 20;
            for (Model m : request.models()) {
                surface.fillText(m.id(), 10, y);
                y += 20;
            }
        }
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

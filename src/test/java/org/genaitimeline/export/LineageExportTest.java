package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.LineageOptions.Direction;
import org.genaitimeline.lineage.LineageGraph;
import org.genaitimeline.lineage.LineageRenderer;
import org.genaitimeline.lineage.LineageSelection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * {@code --export lineage} on the bundled catalog: the SVG holds one {@code data-id} group per
 * model and one {@code data-edge} group per link of the graph asked for, and every bad option
 * gets a located message in the user's language with the right exit code.
 */
class LineageExportTest {

    private static final Map<String, FigureRenderer> RENDERERS = Map.of(LineageRenderer.ID, new LineageRenderer());
    private static final Pattern NODE = Pattern.compile("<g data-id=\"([^\"]+)\"><title>([^<]*)</title>");
    private static final Pattern EDGE = Pattern.compile("<g class=\"edge\" data-edge=\"([^\"]+)\"><title>");
    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private static final LineageGraph GRAPH = LineageGraph.of(BUNDLED);

    @TempDir
    Path tmp;

    /** Exports paint figures: start the toolkit the TestFX way first (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static CliTest.Run lineage(Locale locale, String... options) {
        List<String> args = new ArrayList<>(List.of("--export", "lineage"));
        args.addAll(List.of(options));
        return CliTest.run(RENDERERS, locale, args.toArray(String[]::new));
    }

    private String svg(String... options) throws Exception {
        Path out = tmp.resolve("lineage.svg");
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        CliTest.Run r = lineage(Locale.ENGLISH, args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readString(out);
    }

    private static List<String> all(Pattern p, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(group).replace("&gt;", ">"));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "chatgpt, 2, both",
        "stable-diffusion, all, ancestors",
        "transformer, all, descendants",
        "transformer, 1, both",
    })
    void theSvgHasOneGroupPerModelAndOnePerLinkOfTheGraph(String centre, String depth, String direction)
            throws Exception {
        String svg = svg("--select", centre, "--depth", depth, "--direction", direction);
        LineageSelection sel = GRAPH.select(centre, new LineageOptions(
                depth.equals("all") ? LineageOptions.ALL : Integer.parseInt(depth),
                Direction.valueOf(direction.toUpperCase(Locale.ROOT)), java.util.Optional.empty()));

        List<String> nodes = all(NODE, svg, 1);
        List<String> edges = all(EDGE, svg, 1);

        assertThat(nodes).hasSize(sel.nodes().size()).containsExactlyInAnyOrderElementsOf(sel.ids());
        Set<String> expected = new HashSet<>();
        sel.edges().forEach(e -> expected.add(e.key()));
        assertThat(edges).hasSize(sel.edges().size()).containsExactlyInAnyOrderElementsOf(expected);
        // Each node's group is titled with its name, as a slide editor lists it.
        assertThat(all(NODE, svg, 2)).contains(BUNDLED.model(centre).orElseThrow().name());
    }

    @Test
    void pathModeDrawsTheRouteAndTitlesTheFigureByItsEnds() throws Exception {
        String svg = svg("--path", "vae", "stable-diffusion");

        assertThat(all(NODE, svg, 1)).contains("vae", "vq-vae", "vq-gan", "latent-diffusion", "stable-diffusion");
        assertThat(all(EDGE, svg, 1)).contains("latent-diffusion>stable-diffusion", "vq-gan>latent-diffusion");
        assertThat(svg).contains(">From VAE to Stable Diffusion</text>");
        // The highlighted links are the route's, gathered in one group after the others.
        String onPath = svg.substring(svg.indexOf("<g class=\"on-path\">"));
        assertThat(all(EDGE, onPath, 1)).containsExactlyInAnyOrderElementsOf(
                GRAPH.route("vae", "stable-diffusion").edges().stream().map(LineageGraph.Edge::key).toList());
    }

    @Test
    void aChineseExportNamesTheFamiliesInChinese() throws Exception {
        Path out = tmp.resolve("zh.svg");
        CliTest.Run r = lineage(Locale.ENGLISH, "--select", "chatgpt", "--lang", "zh", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String svg = Files.readString(out);
        assertThat(svg).contains("ChatGPT 的谱系").contains(">自回归模型 / Transformer</text>")
                .doesNotContain(">Autoregressive / Transformer</text>");
    }

    @Test
    void withoutACentreTheUsageErrorSaysHowToGiveOne() {
        CliTest.Run r = lineage(Locale.ENGLISH, "--out", tmp.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--export lineage needs the model at its centre: --select ID");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @Test
    void aMisspeltIdIsNamedWithTheNearestOne() {
        CliTest.Run en = lineage(Locale.ENGLISH, "--select", "chatgtp", "--out", tmp.resolve("x.png").toString());
        CliTest.Run zh = lineage(Locale.ENGLISH, "--select", "chatgtp", "--lang", "zh", "--out",
                tmp.resolve("x.png").toString());
        CliTest.Run far = lineage(Locale.ENGLISH, "--path", "vae", "nothing-like-it", "--out",
                tmp.resolve("x.png").toString());

        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err()).contains("--select: the catalog has no model with the id \"chatgtp\". Did you mean \"chatgpt\"?");
        assertThat(zh.err()).contains("--select：目录中没有 id 为“chatgtp”的模型。是不是“chatgpt”？");
        assertThat(far.code()).isEqualTo(1);
        assertThat(far.err()).contains("--path: the catalog has no model with the id \"nothing-like-it\"")
                .doesNotContain("Did you mean");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "100", "two", "1.5"})
    void aBadDepthIsRefusedWithTheValuesAllowed(String depth) {
        CliTest.Run r = lineage(Locale.ENGLISH, "--select", "chatgpt", "--depth", depth, "--out",
                tmp.resolve("x.svg").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--depth: \"" + depth + "\" is not allowed (allowed: a whole number from 1 to 99, or all).");
    }

    @Test
    void aBadDirectionIsRefusedWithTheValuesAllowed() {
        CliTest.Run r = lineage(Locale.ENGLISH, "--select", "chatgpt", "--direction", "up", "--out",
                tmp.resolve("x.svg").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--direction: \"up\" is not allowed (allowed: ancestors, descendants, both).");
    }

    @Test
    void theLineageOptionsBelongToTheLineageAlone() {
        CliTest.Run timeline = CliTest.run(RENDERERS, Locale.ENGLISH, "--export", "timeline", "--depth", "2", "--out",
                tmp.resolve("t.svg").toString());
        CliTest.Run both = lineage(Locale.ENGLISH, "--select", "gpt-3", "--path", "vae", "stable-diffusion", "--out",
                tmp.resolve("t.svg").toString());

        assertThat(timeline.code()).isEqualTo(2);
        assertThat(timeline.err()).contains("--depth belongs to --export lineage");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--select and --path cannot be used together.");
    }

    @Test
    void twoModelsNoRouteJoinsAreDrawnWithANoteNotAnError() throws Exception {
        Path out = tmp.resolve("gan.svg");
        CliTest.Run r = lineage(Locale.ENGLISH, "--path", "gan", "chatgpt", "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("No route joins gan and chatgpt");
        assertThat(all(NODE, Files.readString(out), 1)).contains("gan").doesNotContain("chatgpt");
    }

    @Test
    void aSavedViewsSelectedModelIsTheCentreUnlessTheLineNamesOne() throws Exception {
        Path view = tmp.resolve("talk.json");
        Files.writeString(view, """
                {"schemaVersion": 1, "tab": "timeline", "language": "en", "theme": "light", "selection": "gpt-3"}
                """);
        Path out = tmp.resolve("view.svg");
        CliTest.Run fromView = lineage(Locale.ENGLISH, "--view", view.toString(), "--out", out.toString());
        String svg = Files.readString(out);
        CliTest.Run named = lineage(Locale.ENGLISH, "--view", view.toString(), "--select", "bert", "--out",
                out.toString());

        assertThat(fromView.code()).as(fromView.err()).isZero();
        assertThat(svg).contains(">The lineage of GPT-3</text>");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(Files.readString(out)).contains(">The lineage of BERT</text>");
    }

    @Test
    void theHelpListsTheLineageOptionsInBothLanguages() {
        String en = CliTest.run(RENDERERS, Locale.ENGLISH, "--help").out();
        String zh = CliTest.run(RENDERERS, Locale.ENGLISH, "--help", "--lang", "zh").out();
        for (String option : List.of("--select=ID", "--depth=N", "--direction=DIR", "--path=ID ID")) {
            assertThat(en).contains(option);
            assertThat(zh).contains(option);
        }
        assertThat(en).contains("--export lineage --path vae stable-diffusion");
        assertThat(zh).contains("谱系图中心的模型");
    }
}

package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export ... --view FILE}: the saved view fills in what the command line does not say. */
class CliViewTest {

    @TempDir
    Path tmp;

    private Path view(String json) throws Exception {
        Path f = tmp.resolve("talk.json");
        Files.writeString(f, json);
        return f;
    }

    private static final String VIEW = """
            {"schemaVersion": 1, "tab": "growth", "language": "zh", "theme": "projector",
             "filters": {"families": ["gan"]},
             "timeline": {"from": 2015, "to": 2018.5, "orientation": "horizontal"},
             "growth": {"logScale": false, "trends": true}}
            """;

    @Test
    void exportTimelineWithAViewUsesItsFiltersRangeOrientationThemeAndLanguage() throws Exception {
        CliTest.RecordingRenderer renderer = new CliTest.RecordingRenderer("timeline");
        Path out = tmp.resolve("t.svg");
        CliTest.Run r = CliTest.run(Map.of("timeline", renderer), Locale.ENGLISH, "--export", "timeline",
                "--view", view(VIEW).toString(), "--out", out.toString(), "--catalog", CliTest.CATALOG.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(renderer.request.models()).extracting(Model::id).containsExactly("gan", "dcgan");
        assertThat(renderer.request.language()).isEqualTo(Language.ZH);
        assertThat(renderer.request.palette().theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(renderer.request.timeline().orientation()).isEqualTo(org.genaitimeline.figure.Orientation.HORIZONTAL);
        assertThat(renderer.request.timeline().from()).isEqualTo(2015.0);
        assertThat(renderer.request.timeline().to()).isEqualTo(2018.5);
        assertThat(out).exists();
    }

    @Test
    void optionsOnTheLineOverrideTheView() throws Exception {
        CliTest.RecordingRenderer renderer = new CliTest.RecordingRenderer("timeline");
        CliTest.Run r = CliTest.run(Map.of("timeline", renderer), Locale.ENGLISH, "--export", "timeline",
                "--view", view(VIEW).toString(), "--out", tmp.resolve("t.svg").toString(), "--catalog",
                CliTest.CATALOG.toString(), "--lang", "en", "--theme", "dark", "--orientation", "vertical",
                "--family", "multimodal");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(renderer.request.models()).isNotEmpty().extracting(Model::family).containsOnly(
                org.genaitimeline.catalog.Family.MULTIMODAL);
        assertThat(renderer.request.language()).isEqualTo(Language.EN);
        assertThat(renderer.request.palette().theme()).isEqualTo(Theme.DARK);
        assertThat(renderer.request.timeline().orientation()).isEqualTo(org.genaitimeline.figure.Orientation.VERTICAL);
    }

    @Test
    void exportViewTakesTheFigureFromTheTab() throws Exception {
        CliTest.RecordingRenderer growth = new CliTest.RecordingRenderer("growth");
        CliTest.Run r = CliTest.run(Map.of("growth", growth), Locale.ENGLISH, "--export", "view", "--view",
                view(VIEW).toString(), "--out", tmp.resolve("g.svg").toString(), "--catalog",
                CliTest.CATALOG.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(growth.request.growth().logScale()).isFalse();
        assertThat(growth.request.growth().trends()).isTrue();
    }

    @Test
    void exportViewOfALineageTabDrawsItsCentreDepthDirectionAndPath() throws Exception {
        String json = """
                {"schemaVersion": 1, "tab": "lineage", "selection": "dcgan",
                 "lineage": {"depth": 1, "direction": "ancestors", "pathTo": "gan"}}
                """;
        CliTest.RecordingRenderer lineage = new CliTest.RecordingRenderer("lineage");
        CliTest.Run r = CliTest.run(Map.of("lineage", lineage), Locale.ENGLISH, "--export", "view", "--view",
                view(json).toString(), "--out", tmp.resolve("l.svg").toString(), "--catalog",
                CliTest.CATALOG.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(lineage.request.selection()).contains("dcgan");
        assertThat(lineage.request.lineage().depth()).isEqualTo(1);
        assertThat(lineage.request.lineage().direction()).isEqualTo(LineageOptions.Direction.ANCESTORS);
        assertThat(lineage.request.lineage().pathTo()).contains("gan");
    }

    @Test
    void aCentreOnTheLineKeepsTheViewsDepthButNotItsPath() throws Exception {
        String json = """
                {"schemaVersion": 1, "tab": "lineage", "selection": "dcgan",
                 "lineage": {"depth": 3, "direction": "descendants", "pathTo": "gan"}}
                """;
        CliTest.RecordingRenderer lineage = new CliTest.RecordingRenderer("lineage");
        CliTest.Run r = CliTest.run(Map.of("lineage", lineage), Locale.ENGLISH, "--export", "lineage", "--view",
                view(json).toString(), "--select", "gpt-2", "--out", tmp.resolve("l.svg").toString(), "--catalog",
                CliTest.CATALOG.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(lineage.request.selection()).contains("gpt-2");
        assertThat(lineage.request.lineage().depth()).isEqualTo(3);
        assertThat(lineage.request.lineage().direction()).isEqualTo(LineageOptions.Direction.DESCENDANTS);
        assertThat(lineage.request.lineage().pathTo()).isEmpty();
    }

    @Test
    void aBadViewFileIsInvalidInputWithItsPlaceAndNoStackTrace() throws Exception {
        CliTest.Run r = CliTest.run("--export", "timeline", "--view",
                view("{\"schemaVersion\": 1,\n \"tab\": 3}").toString(), "--out", tmp.resolve("t.svg").toString(),
                "--lang", "en");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("talk.json:2:9: \"tab\" must be a text");
        assertThat(tmp.resolve("t.svg")).doesNotExist();
    }

    @Test
    void exportViewWithoutAViewIsAUsageError() {
        CliTest.Run r = CliTest.run("--export", "view", "--out", tmp.resolve("t.svg").toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--export view needs --view FILE.");
    }
}

package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.growth.GrowthRenderer;
import org.genaitimeline.timeline.TimelineRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * {@code --range FROM:TO} sets the span an exported figure shows, on the fixture catalog
 * (GPT-3 2020-05 ... GPT-4 2023-03, plus GAN 2014, DCGAN 2015, Transformer 2017, GPT-2 2019);
 * {@code --from/--to} only filter. Read back from the SVG the real renderers write.
 */
class RangeExportTest {

    private static final Map<String, FigureRenderer> RENDERERS = Map.of(
            TimelineRenderer.ID, new TimelineRenderer(), GrowthRenderer.ID, new GrowthRenderer());
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final List<String> BEFORE_2021 = List.of("GAN", "DCGAN", "Transformer", "GPT-2", "GPT-3");

    @TempDir
    Path tmp;

    /** Exports paint figures: start the toolkit the TestFX way first (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private List<String> export(String what, String... options) throws Exception {
        Path out = tmp.resolve(what + ".svg");
        List<String> args = new ArrayList<>(List.of("--export", what, "--catalog", CliTest.CATALOG.toString(),
                "--out", out.toString()));
        args.addAll(List.of(options));
        CliTest.Run r = CliTest.run(RENDERERS, Locale.ENGLISH, args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(Files.readString(out));
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    private static List<Integer> yearTicks(List<String> texts) {
        return texts.stream().filter(t -> YEAR.matcher(t).matches()).map(Integer::valueOf).toList();
    }

    @Test
    void aTimelineRangeShowsOnlyItsYears() throws Exception {
        List<String> texts = export("timeline", "--range", "2021:2023");
        assertThat(texts).contains("GPT-Neo", "GPT-3.5", "GPT-4").doesNotContainAnyElementsOf(BEFORE_2021);
        // 2024 is the axis' end: 1 January 2024, the last instant of 2023.
        assertThat(yearTicks(texts)).isNotEmpty().allMatch(y -> y >= 2021 && y <= 2024).contains(2021, 2023);
    }

    @Test
    void aFractionalRangeIsAPointInTime() throws Exception {
        List<String> texts = export("timeline", "--range", "2021.5:2022.25");
        assertThat(texts).contains("GPT-NeoX").doesNotContain("GPT-Neo", "GPT-4", "LLaMA");
        assertThat(yearTicks(texts)).containsExactly(2022);
    }

    @Test
    void fromAndToStillOnlyFilter() throws Exception {
        List<String> texts = export("timeline", "--from", "2021", "--to", "2023");
        assertThat(texts).contains("GPT-Neo").doesNotContainAnyElementsOf(BEFORE_2021);
        // The axis is the default one, which now fits the models drawn (2021 to 2023) as Fit all
        // does; it used to keep the book's fixed span, 2014 to 2023.
        assertThat(yearTicks(texts)).contains(2021, 2022, 2023).allMatch(y -> y >= 2021 && y <= 2024);
    }

    @Test
    void aGrowthRangeSetsTheXAxis() throws Exception {
        List<String> texts = export("growth", "--range", "2021:2023");
        assertThat(yearTicks(texts)).containsExactly(2021, 2022, 2023, 2024);
        assertThat(texts).contains("GPT-Neo", "PaLM").doesNotContain("GPT-3", "GPT-2");
        // Without a range the axis starts at the book's 2018.
        assertThat(yearTicks(export("growth"))).startsWith(2018);
    }

    @Test
    void theRangeWinsOverASavedViewsRange() throws Exception {
        Path view = Files.writeString(tmp.resolve("v.json"),
                "{\"schemaVersion\": 1, \"timeline\": {\"from\": 2015, \"to\": 2018.5}}");
        assertThat(yearTicks(export("timeline", "--view", view.toString()))).contains(2015, 2018)
                .allMatch(y -> y <= 2018);
        assertThat(yearTicks(export("timeline", "--view", view.toString(), "--range", "2022:2023")))
                .allMatch(y -> y >= 2022);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023:2021 | --range 2023:2021: the range must end after it starts.
            2022.5:2022.5 | --range 2022.5:2022.5: the range must end after it starts.
            2021-2023 | --range: "2021-2023" is not a span of years (FROM:TO, e.g. 2021:2023 or 2021.5:2023.25).
            2021: | --range: "2021:" is not a span of years (FROM:TO, e.g. 2021:2023 or 2021.5:2023.25).
            """)
    void aBadRangeIsOneLineAndExitCode1(String range, String message) {
        CliTest.Run r = CliTest.run(RENDERERS, Locale.ENGLISH, "--export", "timeline", "--catalog",
                CliTest.CATALOG.toString(), "--out", tmp.resolve("bad.svg").toString(), "--range", range);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(message);
        assertThat(tmp.resolve("bad.svg")).doesNotExist();
    }
}

package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.genaitimeline.export.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Figures exported with --lang zh carry the Chinese texts of the data and the bundles. */
class ChineseExportTest {

    @TempDir
    Path tmp;

    /** Export starts the toolkit; TestFX must own it first or its robots go deaf (see GrowthRendererTest). */
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private String export(String figure, String lang) throws IOException {
        Path out = tmp.resolve(figure + "-" + lang + ".svg");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(FigureRenderers.all(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH)
                .run("--export", figure, "--out", out.toString(), "--lang", lang);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theTimelineInChineseNamesTheErasAsTheChineseBook() throws IOException {
        String svg = export("timeline", "zh");

        assertThat(svg).contains("VAE 和 GAN 时代", "Transformer 时代", "大模型时代");
        assertThat(svg).doesNotContain("The Transformer era", "The era of big models");
    }

    @Test
    void theGrowthChartInChineseCountsIn亿AndNamesItsAxesInChinese() throws IOException {
        String svg = export("growth", "zh");

        assertThat(svg).contains(" 亿<", "参数量", "论文或发布日期").doesNotContain("Parameters (billion)");
    }
}

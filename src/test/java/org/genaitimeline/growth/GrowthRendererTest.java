package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

class GrowthRendererTest {

    private final Catalog catalog = TestModels.bundled();

    /**
     * Start the toolkit the TestFX way before FigureFiles would start it with
     * Platform.startup: once started by Platform.startup in a test JVM, TestFX's glass robot
     * delivers no input events to later TestFX tests (seen here with Monocle 17.0.10 and
     * TestFX 4.0.18), and surefire runs every test class in one JVM.
     */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }
    private final GrowthRenderer renderer = new GrowthRenderer();

    private FigureRequest request(Language language, GrowthOptions options) {
        return FigureRequest.of(catalog, catalog.models(), language, Palette.of(Theme.LIGHT)).withGrowth(options);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800, 1", "1280, 800, 2", "640, 400, 3"})
    void thePngIsWidthTimesScaleByHeightTimesScale(int width, int height, int scale) throws Exception {
        FigureRequest r = request(Language.EN, GrowthOptions.DEFAULT.withTrends(true));
        byte[] png = FigureFiles.png(width, height, scale, s -> renderer.paint(s, r));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width * scale);
        assertThat(image.getHeight()).isEqualTo(height * scale);
    }

    @ParameterizedTest
    @CsvSource({"EN, false", "ZH, true"})
    void theSvgHasATextForEveryPlottedName(Language language, boolean linear) {
        FigureRequest r = request(language, GrowthOptions.DEFAULT.withLogScale(!linear));
        String svg = FigureFiles.svg(1280, 800, 1, s -> renderer.paint(s, r));
        GrowthLayout layout = GrowthLayout.of(catalog.models(), GrowthRenderer.options(r), 1280, 800,
                new org.genaitimeline.figure.FxTextMeasure());
        List<GrowthLayout.PlacedPoint> labelled = layout.points().stream().filter(p -> p.label().isPresent())
                .toList();
        // Every point is labelled on the log axis; the linear axis crowds many points near 0.
        assertThat(labelled.size()).isGreaterThan(linear ? 15 : layout.points().size() - 1);
        for (GrowthLayout.PlacedPoint p : labelled) {
            assertThat(svg).contains(">" + SvgSurfaceText.escape(p.point().name()) + "</text>");
        }
        assertThat(svg).contains(language == Language.ZH ? ">1 万亿</text>" : ">Parameters (billion)</text>");
    }

    @Test
    void trendsPutDoublingTimesInTheLegend() {
        FigureRequest r = request(Language.EN, GrowthOptions.DEFAULT.withTrends(true));
        String svg = FigureFiles.svg(1280, 800, 1, s -> renderer.paint(s, r));
        assertThat(svg).containsPattern(">doubling every \\d+\\.\\d months, R\u00b2 0\\.\\d\\d</text>");
        assertThat(renderer.id()).isEqualTo("growth");
    }

    /** The SVG writer's escaping, as a test sees it. */
    private static final class SvgSurfaceText {
        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}

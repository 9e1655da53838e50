package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineRendererTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private final TimelineRenderer renderer = new TimelineRenderer();

    private static FigureRequest request(Language lang, String orientation, boolean bookOnly) {
        return FigureRequest.of(CATALOG, CATALOG.models(), lang, Palette.of(Theme.LIGHT)).withTimeline(
                TimelineOptions.DEFAULT.withOrientation(Orientation.parse(orientation)).withBookFigureOnly(bookOnly));
    }

    @ParameterizedTest
    @CsvSource({"1600,1000,1", "800,600,2", "1920,1080,1.5"})
    void pngHasExactlyTheAskedPixels(int w, int h, double scale) throws Exception {
        FigureRequest req = request(Language.EN, "vertical", false);
        byte[] png = FigureFiles.png(w, h, scale, s -> renderer.paint(s, req));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(Math.round(w * scale));
        assertThat(image.getHeight()).isEqualTo(Math.round(h * scale));
    }

    @ParameterizedTest
    @CsvSource({"EN,vertical,false", "ZH,horizontal,false", "EN,vertical,true"})
    void svgHasATextElementForEveryDrawnName(Language lang, String orientation, boolean bookOnly) {
        FigureRequest req = request(lang, orientation, bookOnly);
        String svg = FigureFiles.svg(1600, 2100, 1, s -> renderer.paint(s, req));
        FxPlatform.ensureStarted();
        TimelineLayout layout = FxPlatform.call(
                () -> renderer.layout(new SvgSurface(1600, 2100, 1, new FxTextMeasure()), req));
        List<String> drawn = new ArrayList<>();
        layout.items().stream().filter(i -> i.label() != null).forEach(i -> drawn.add(i.label().text()));
        layout.badges().forEach(c -> drawn.add(c.text()));
        layout.eraBands().stream().filter(e -> e.label() != null).forEach(e -> drawn.add(e.name()));
        layout.legend().forEach(e -> drawn.add(e.text()));
        assertThat(drawn).contains("GPT-3", lang == Language.ZH ? "稳定扩散" : "Stable Diffusion");
        for (String name : drawn) {
            assertThat(svg).contains(">" + name.replace("&", "&amp;") + "</text>");
        }
        if (bookOnly) {
            assertThat(svg).doesNotContain(">Stack GAN</text>");
        }
    }

    @Test
    void aBadOrientationGetsAClearMessage() {
        assertThatThrownBy(() -> Orientation.parse("diagonal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orientation must be vertical or horizontal, not 'diagonal'");
        assertThat(renderer.id()).isEqualTo("timeline");
    }
}

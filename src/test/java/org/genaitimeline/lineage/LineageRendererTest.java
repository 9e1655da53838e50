package org.genaitimeline.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.figure.FigureFrame;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.Test;

/** The exported figure: its frame's title, and the larger size a file gets rather than overlap. */
class LineageRendererTest {

    private static FigureRequest request(Catalog catalog, String centre, LineageOptions o, Language language) {
        return FigureRequest.of(catalog, catalog.models(), language, Palette.of(Theme.LIGHT)).withLineage(o)
                .withSelection(Optional.of(centre));
    }

    @Test
    void aFamilyThatFitsKeepsTheSizeAsked() {
        Catalog c = LineageFixtures.bundled();
        double[] size = new LineageRenderer().fittingSize(request(c, "chatgpt", LineageOptions.DEFAULT, Language.EN),
                1600, 1000, TextMeasure.approximate());
        assertThat(size).containsExactly(1600, 1000);
    }

    @Test
    void aFamilyTooLargeForTheSizeGetsALargerFileThatHoldsItAll() {
        Catalog c = LineageFixtures.synthetic(600, 3);
        FigureRequest r = request(c, "m0", LineageOptions.DEFAULT.withDepth(LineageOptions.ALL), Language.EN)
                .withFrame(FigureFrame.NONE.withAttribution("Data: test"));
        LineageRenderer renderer = new LineageRenderer();

        double[] size = renderer.fittingSize(r, 1600, 1000, TextMeasure.approximate());
        // Painted at that size, the plot fits the space the frame leaves: nothing is cut off.
        SvgSurface svg = new SvgSurface(size[0], size[1], 1, TextMeasure.approximate());
        double[] inner = new double[2];
        LineagePlot[] plot = new LineagePlot[1];
        LineageRenderer.frame(r).paint(svg, r.palette(), in -> {
            inner[0] = in.width();
            inner[1] = in.height();
            plot[0] = renderer.layout(in, r);
        });

        assertThat(size[1]).isGreaterThan(1000);
        assertThat(plot[0].width()).isLessThanOrEqualTo(inner[0] + 0.5);
        assertThat(plot[0].height()).isLessThanOrEqualTo(inner[1] + 0.5);
        assertThat(plot[0].fit()).isNotEqualTo(LineagePlot.Fit.EXTENDED);
    }

    @Test
    void theFrameIsTitledWithTheCentreUnlessItHasATitle() {
        Catalog c = LineageFixtures.bundled();
        FigureRequest plain = request(c, "chatgpt", LineageOptions.DEFAULT, Language.ZH);
        FigureRequest path = request(c, "stable-diffusion", LineageOptions.DEFAULT.withPathTo("vae"), Language.EN);
        FigureRequest titled = plain.withFrame(new FigureFrame("My slide", "", ""));

        assertThat(LineageRenderer.frame(plain).title()).isEqualTo("ChatGPT 的谱系");
        // The route's older end comes first, whichever end is the centre.
        assertThat(LineageRenderer.frame(path).title()).isEqualTo("From VAE to Stable Diffusion");
        assertThat(LineageRenderer.frame(titled).title()).isEqualTo("My slide");
    }
}

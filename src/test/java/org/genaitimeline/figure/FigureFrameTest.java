package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.Test;

class FigureFrameTest {

    private static final Palette LIGHT = Palette.of(Theme.LIGHT);

    private static double[] figureSize(FigureFrame frame, SvgSurface svg) {
        double[] size = new double[2];
        frame.paint(svg, LIGHT, inner -> {
            size[0] = inner.width();
            size[1] = inner.height();
        });
        return size;
    }

    @Test
    void withoutTitleCaptionOrCreditTheFigureHasTheWholeSurfaceAndNothingElseIsDrawn() {
        SvgSurface svg = new SvgSurface(800, 600, 1, TextMeasure.approximate());
        String empty = new SvgSurface(800, 600, 1, TextMeasure.approximate()).toSvg();

        assertThat(figureSize(FigureFrame.NONE, svg)).containsExactly(800, 600);
        assertThat(svg.toSvg()).isEqualTo(empty);
    }

    @Test
    void theTitleGoesAboveAndCaptionAndCreditShareOneLineBelow() {
        SvgSurface svg = new SvgSurface(800, 600, 1, TextMeasure.approximate());

        double[] size = figureSize(new FigureFrame(" Eras ", "Figure 14-1", "Data: Epoch AI"), svg);

        assertThat(size[0]).isEqualTo(800);
        assertThat(size[1]).isLessThan(600 - 22 - 11);
        assertThat(svg.toSvg()).contains(">Eras</text>", ">Figure 14-1 \u00b7 Data: Epoch AI</text>");
    }

    @Test
    void theTitleIsPaintedOverAFigureThatFillsItsOwnBackground() {
        SvgSurface svg = new SvgSurface(800, 600, 1, TextMeasure.approximate());

        new FigureFrame("The lineage of RT-2", "", "").paint(svg, LIGHT, inner -> {
            inner.beginGroup("figure-background");
            inner.fillRect(0, 0, inner.width(), inner.height());
            inner.endGroup();
        });

        // A real font's descenders reach below the measured line: the title must come later in
        // the document than the figure's background, or the background hides them.
        String out = svg.toSvg();
        assertThat(out.indexOf("The lineage of RT-2")).isGreaterThan(out.indexOf("figure-background"));
    }

    @Test
    void aCreditAloneStillGetsItsLine() {
        SvgSurface svg = new SvgSurface(800, 600, 1, TextMeasure.approximate());

        double[] size = figureSize(FigureFrame.NONE.withAttribution("Data: Epoch AI"), svg);

        assertThat(size[1]).isLessThan(600);
        assertThat(svg.toSvg()).contains(">Data: Epoch AI</text>").doesNotContain("\u00b7");
    }

    @Test
    void theLegendBlockSitsOverTheTopRightWithoutTakingTheFiguresSpace() {
        FigureLegend legend = new FigureLegend("Model Type",
                java.util.List.of(new FigureLegend.Entry("vae", "Variational Autoencoder"),
                        new FigureLegend.Entry("gan", "Generative Adversarial Network")));
        SvgSurface svg = new SvgSurface(800, 600, 1, TextMeasure.approximate());

        double[] size = figureSize(new FigureFrame("", "", "", legend), svg);

        assertThat(size).containsExactly(800, 600);
        String out = svg.toSvg();
        assertThat(out).contains("<g class=\"figure-legend\">", ">Model Type</text>",
                "<g class=\"legend-entry family-vae\">", "<g class=\"legend-entry family-gan\">");
        // The block's text starts in the right half.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text x=\"([0-9.]+)\"[^>]*>Model Type<")
                .matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(400);
    }

    @Test
    void aBookFrameKeepsATitleTypedInTheDialogAndAddsWhatIsMissing() {
        FigureLegend legend = new FigureLegend("Model Type", java.util.List.of(new FigureLegend.Entry("vae", "VAE")));
        FigureFrame typed = new FigureFrame("My title", "", "Data: Epoch AI").orBook("Printed", "Caption", legend);

        assertThat(typed.title()).isEqualTo("My title");
        assertThat(typed.caption()).isEqualTo("Caption");
        assertThat(typed.attribution()).isEqualTo("Data: Epoch AI");
        assertThat(typed.legend()).isEqualTo(legend);
    }
}

package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.figure.FigureRequest;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.files.FigureFiles;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;

/**
 * Figure 14-3 in book figure mode, from the SVG: the chapter's caption in either language, and
 * no title, legend box or "not plotted" notes, which the print does not have; in the Book
 * theme its points are plain circles.
 */
class BookGrowthSvgTest {

    private final Catalog catalog = TestModels.bundled();

    /** Exports start the toolkit through FxPlatform; TestFX must own it first (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private String svg(Language language, Theme theme, boolean book) {
        FigureRequest r = FigureRequest.of(catalog, catalog.models(), language, Palette.of(theme))
                .withGrowth(GrowthOptions.DEFAULT.withBookFigureOnly(book));
        return FigureFiles.svg(2000, 1600, 1, s -> new GrowthRenderer().paint(s, r));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBookChartCarriesTheChaptersCaptionAndNothingThePrintLacks(Language language) {
        String svg = svg(language, Theme.BOOK, true);
        String caption = Messages.of(language).get("figure.book.14-3.caption");

        assertThat(svg).contains("<g class=\"caption\">");
        // At 2000 px the caption fits one line.
        assertThat(svg).contains(">" + caption + "</text>");
        assertThat(svg).doesNotContain("<g class=\"title\">", "<g class=\"legend\">", "<g class=\"figure-legend\">");
        assertThat(svg).doesNotContain(Messages.of(language).get("growth.notPlotted.noSize").substring(0, 6));
    }

    @Test
    void outsideBookModeTheChartKeepsItsLegendAndHasNoCaption() {
        String svg = svg(Language.EN, Theme.LIGHT, false);
        assertThat(svg).contains("<g class=\"legend\">").doesNotContain("<g class=\"caption\">");
    }

    @Test
    void theBookThemesPointsAreUnoutlinedCircles() {
        String points = section(svg(Language.EN, Theme.BOOK, true), "points");
        assertThat(points).contains("<circle").doesNotContain("<polygon", "stroke=");
        // The check can fail: Light draws the multimodal series as hexagons.
        assertThat(section(svg(Language.EN, Theme.LIGHT, true), "points")).contains("<polygon");
    }

    private static String section(String svg, String group) {
        int from = svg.indexOf("<g class=\"" + group + "\">");
        assertThat(from).isNotNegative();
        return svg.substring(from, svg.indexOf("</g>", from));
    }
}

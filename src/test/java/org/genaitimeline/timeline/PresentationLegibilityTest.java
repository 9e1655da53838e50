package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.FontStack;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * Issue 16's bar where the app is shown to a room: presentation mode at 1920x1080, measured with
 * the real font (the CJK family the app paints with), not the approximate measure of
 * {@link LabelLegibilityTest}, whose Latin glyphs are narrower than Noto Sans CJK's bold.
 *
 * <p>The canvas is the whole screen: presentation mode takes the menu bar and status bar out,
 * puts the timeline alone on a bare pane as the window's centre, hides its toolbar and makes the
 * window full screen (lecture/PresentationMode), and neither the pane nor the view has padding;
 * the overview strip stays in its tab. The palette is the projector theme's (label scale 1.3)
 * times the figure scale, 1.5 on entering (Ctrl 0) and down to 1.0 (Ctrl -). The range is the fit
 * of the whole catalog, as on a first start.
 */
class PresentationLegibilityTest {

    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private static final String CJK_FONT = "Noto Sans CJK SC";
    /**
     * The smallest name the projector theme draws at figure scale 1 (its first smaller step, 0.8
     * of its 15.6 px): a name smaller than that at a larger figure scale would shrink below what
     * the theme was made to read at from the back of a room.
     */
    private static final double SMALLEST_NAME = 0.8 * LayoutBuilder.FONT * Palette.of(Theme.PROJECTOR).labelScale();

    /** Start the toolkit the TestFX way before any FxPlatform use (see GrowthRendererTest). */
    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static TimelineLayout layout(List<Model> shown, Language lang, Orientation o, double figureScale) {
        assumeTrue(FxPlatform.call(() -> Font.getFamilies().contains(CJK_FONT)),
                CJK_FONT + " is installed (.ci/run installs fonts-noto-cjk)");
        Palette p = Palette.of(Theme.PROJECTOR).scaled(figureScale);
        double[] range = TimelineSpec.fitRange(BUNDLED.models(), BUNDLED.eras());
        return FxPlatform.call(() -> {
            assertThat(FontStack.family()).isEqualTo(CJK_FONT);
            return TimelineLayout.compute(new TimelineSpec(shown, Set.of(), BUNDLED.eras(), o, 1920, 1080, range[0],
                    range[1], lang, p.labelScale(), new CachingTextMeasure(new FxTextMeasure()), true,
                    p.markerScale()));
        });
    }

    private static void assertPresentable(TimelineLayout layout) {
        LayoutChecks.assertLegible(layout);
        assertThat(layout.hiddenInBadges()).as("models hidden in badges").isZero();
        double cap = 8 * new FxTextMeasure().lineHeight(layout.fontSize()) + 1e-6;
        for (TimelineLayout.Item it : layout.items()) {
            if (it.label() == null) {
                continue;
            }
            assertThat(it.label().fontSize()).as("size of %s", it.model().id()).isGreaterThanOrEqualTo(SMALLEST_NAME);
            it.label().leader().ifPresent(l -> assertThat(ShortLeaders.length(l)).as("leader of %s", it.model().id())
                    .isLessThanOrEqualTo(cap));
        }
    }

    /** The last era step: the whole catalog. */
    @ParameterizedTest(name = "{0} {1} figure scale {2}")
    @CsvSource({"EN,VERTICAL,1.5", "EN,HORIZONTAL,1.5", "ZH,VERTICAL,1.5", "ZH,HORIZONTAL,1.5",
        "EN,VERTICAL,1.0", "EN,HORIZONTAL,1.0", "ZH,VERTICAL,1.0", "ZH,HORIZONTAL,1.0"})
    void everyModelHasALegibleLabel(Language lang, Orientation o, double figureScale) {
        TimelineLayout layout = layout(BUNDLED.models(), lang, o, figureScale);
        assertThat(layout.items()).hasSize(BUNDLED.models().size());
        assertPresentable(layout);
    }

    /**
     * The earlier steps of the era-by-era reveal (Right arrow): the models dated before the day
     * after each era's end, at the same range. Fewer models, but a greedy layout is not monotone.
     * (The bundled catalog ends inside the fourth era, so its step shows everything, as the last.)
     */
    @ParameterizedTest(name = "{0} {1} up to era {2}")
    @CsvSource({"EN,VERTICAL,0", "EN,VERTICAL,1", "EN,VERTICAL,2", "ZH,VERTICAL,2",
        "ZH,HORIZONTAL,0", "ZH,HORIZONTAL,1", "ZH,HORIZONTAL,2", "EN,HORIZONTAL,2"})
    void everyEraStepIsLegibleToo(Language lang, Orientation o, int step) {
        List<Era> eras = BUNDLED.eras().stream().sorted(Comparator.comparing(Era::start)).toList();
        LocalDate cutoff = eras.get(step).end().plusDays(1);
        List<Model> shown = BUNDLED.models().stream().filter(m -> m.date().start().isBefore(cutoff)).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThan(BUNDLED.models().size());
        assertPresentable(layout(shown, lang, o, 1.5));
    }
}

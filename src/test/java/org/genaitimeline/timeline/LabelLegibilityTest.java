package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16's legibility bar for the whole bundled catalog at fit. The canvas sizes are the
 * timeline canvas the app gives at each window size once the detail pane takes no width until a
 * model is selected (issue 16, part 4): 1019x674, 1531x954 and 3067x2034. Measured in a
 * headless window (MainWindow in a 1280x800, 1920x1080 and 3840x2160 scene, timeline tab in
 * front, the split's default dividers): the canvas was 684x674, 1029x954 and 2066x2034 with the
 * detail pane open; with it taken out of the split the canvas grows by the pane and its divider
 * (335 px at 1280x800), leaving the window width minus the sidebar (a fifth of the split) and
 * 8 px of dividers and insets. Heights are unchanged.
 */
class LabelLegibilityTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();
    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();

    static TimelineSpec spec(List<org.genaitimeline.catalog.Model> models, double w, double h, Orientation o,
            double scale, Language language) {
        return new TimelineSpec(models, Set.of(), TestModels.eras(), o, w, h, TimelineOptions.DEFAULT_START,
                TimelineOptions.DEFAULT_END, language, scale, MEASURE);
    }

    /**
     * The last column is the most models badges may hide: issue 16's bar, 0 at 1920x1080 and
     * above (both orientations, both scales) and at most 8 at 1280x800 at scale 1; there the
     * layout reaches 4 vertical and 2 horizontal, and the bound is that. Where the issue sets
     * no bound (1280x800 at scale 1.5) the bound is what the layout reaches today, a guard
     * against regressions.
     */
    @ParameterizedTest(name = "{0} {3} scale {4}")
    @CsvSource({
        "1280x800, 1019, 674, VERTICAL, 1.0, 4", // the issue asks at most 8 (2 before lanes16 and lab16 met)
        "1280x800, 1019, 674, VERTICAL, 1.5, 21", // no bound in the issue; 19 before the range ends were inset (ADR 0020)
        "1280x800, 1019, 674, HORIZONTAL, 1.0, 2", // the issue asks at most 8
        // The issue sets no bound here. 21 since leaders keep 1 px off other markers (was 20;
        // vertical went from 19 to 18 with the same change).
        "1280x800, 1019, 674, HORIZONTAL, 1.5, 21",
        "1920x1080, 1531, 954, VERTICAL, 1.0, 0",
        "1920x1080, 1531, 954, VERTICAL, 1.5, 0",
        "1920x1080, 1531, 954, HORIZONTAL, 1.0, 0",
        "1920x1080, 1531, 954, HORIZONTAL, 1.5, 0",
        "3840x2160, 3067, 2034, VERTICAL, 1.0, 0",
        "3840x2160, 3067, 2034, VERTICAL, 1.5, 0",
        "3840x2160, 3067, 2034, HORIZONTAL, 1.0, 0",
        "3840x2160, 3067, 2034, HORIZONTAL, 1.5, 0",
    })
    void theBundledCatalogIsLegibleAtFit(String window, int w, int h, Orientation o, double scale, int maxHidden) {
        TimelineLayout layout = TimelineLayout.compute(spec(BUNDLED.models(), w, h, o, scale, Language.EN));
        System.out.printf("hidden in badges at %s %s scale %.1f: %d%n", window, o, scale, layout.hiddenInBadges());
        LayoutChecks.assertLegible(layout);
        assertThat(layout.hiddenInBadges()).as("models hidden in badges").isLessThanOrEqualTo(maxHidden);
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL,1.0", "HORIZONTAL,1.0", "VERTICAL,1.5", "HORIZONTAL,1.5"})
    void chineseNamesAreLegibleToo(Orientation o, double scale) {
        TimelineLayout layout = TimelineLayout.compute(spec(BUNDLED.models(), 1531, 954, o, scale, Language.ZH));
        LayoutChecks.assertLegible(layout);
        // Presentation mode is this case at scale 1.5: the 0 holds in Chinese too.
        assertThat(layout.hiddenInBadges()).as("models hidden in badges").isZero();
    }

    /**
     * No leader runs farther than eight lines of text (LaneLabels' cap), at any size: a label that
     * far from its marker would read as a neighbour's. The bundled catalog at 1280x800 is the
     * densest case, where long leaders were the way out before the cap.
     */
    @ParameterizedTest
    @CsvSource({"1019,674,VERTICAL,1.0", "1019,674,HORIZONTAL,1.0", "1019,674,VERTICAL,1.5",
        "1019,674,HORIZONTAL,1.5", "1531,954,VERTICAL,1.5", "1531,954,HORIZONTAL,1.5"})
    void leadersStayShort(int w, int h, Orientation o, double scale) {
        TimelineLayout layout = TimelineLayout.compute(spec(BUNDLED.models(), w, h, o, scale, Language.EN));
        double cap = 8 * MEASURE.lineHeight(LayoutBuilder.FONT * scale) + 1e-6;
        for (TimelineLayout.Item it : layout.items()) {
            if (it.label() != null && it.label().leader().isPresent()) {
                assertThat(ShortLeaders.length(it.label().leader().get())).as("leader of %s", it.model().id())
                        .isLessThanOrEqualTo(cap);
            }
        }
        for (TimelineLayout.Badge b : layout.badges()) {
            b.leader().ifPresent(l -> assertThat(ShortLeaders.length(l)).as("leader of badge %s", b.memberIds())
                    .isLessThanOrEqualTo(cap));
        }
    }

    @ParameterizedTest
    @CsvSource({"1029,954,VERTICAL", "1029,954,HORIZONTAL", "2066,2034,VERTICAL", "2066,2034,HORIZONTAL"})
    void twoThousandModelsStayLegibleWithBadgesThatCoverNothing(int w, int h, Orientation o) {
        List<org.genaitimeline.catalog.Model> crowd = TestModels.crowded(2000);
        TimelineLayout layout = TimelineLayout.compute(spec(crowd, w, h, o, 1.0, Language.EN));
        LayoutChecks.assertLegible(layout);
        assertThat(layout.badges()).isNotEmpty();
        for (TimelineLayout.Item it : layout.items()) {
            assertThat(!layout.axis().contains(it.time()) || it.label() != null || it.badge() >= 0)
                    .as("%s is labelled or in a badge", it.model().id()).isTrue();
        }
        long labelled = layout.items().stream().filter(i -> i.label() != null).count();
        assertThat(layout.hiddenInBadges()).isEqualTo(layout.items().stream().filter(i -> i.badge() >= 0).count());
        System.out.printf("2000 models at %dx%d %s: %d labelled, %d in %d badges%n", w, h, o, labelled,
                layout.hiddenInBadges(), layout.badges().size());
    }
}

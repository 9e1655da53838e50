package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * At type scale 1.5 at 1920x1080 a name stays at (or near) the size it was scaled to, and its
 * leader stays short: presentation mode (projector theme times 1.5, the real font, the whole
 * screen; as {@link PresentationLegibilityTest} lays it out) and the plain layout at scale 1.5
 * on the canvas of a 1920x1080 window ({@link LabelLegibilityTest}'s figure).
 *
 * <p>The bounds are what the layout reaches, with little to spare. Most names that step down
 * step one fifth, the rest one third: in presentation mode none takes the repair's step (0.55)
 * any more, since the repair tries it only for what two thirds leave in badges, and no leader
 * runs past LaneLabels' 162 px (was 6.5 lines, 190 px at the presentation's 23.4 px). Before
 * (ADR 0019's last paragraph): 9 to 14 names smaller, the densest stretch's (the language and
 * multimodal models of 2021-2023) at 0.55 in the vertical figure, leaders up to 186 px. The plain
 * layout at scale 1.5 still takes 0.55 in the vertical English figure.
 */
class PresentationLabelSizeTest {

    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();
    /** The smallest step a name may take, as a share of the layout's size (LaneLabels' repair step). */
    private static final double SMALLEST_SHARE = 0.55;
    /** The smallest step in presentation mode: the last common step, two thirds. */
    private static final double PRESENTATION_SMALLEST_SHARE = 2.0 / 3;
    /** The most names drawn smaller than the layout's size, of the 99; presentation mode reaches 7 to 15. */
    private static final int MOST_SHRUNK = 15;
    /** The longest leader in presentation mode, in pixels: LaneLabels' cap; the layout reaches 160. */
    private static final double PRESENTATION_LONGEST_LEADER = 162;

    @BeforeAll
    static void startToolkitTheTestFxWay() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"EN,VERTICAL", "EN,HORIZONTAL", "ZH,VERTICAL", "ZH,HORIZONTAL"})
    void presentationModeKeepsNamesLargeAndLeadersShort(Language lang, Orientation o) {
        TimelineLayout layout = PresentationLegibilityTest.layout(BUNDLED.models(), lang, o, 1.5);
        report("presentation", lang, o, layout);
        assertThat(layout.hiddenInBadges()).isZero();
        assertThat(LabelSizes.shrunk(layout)).as("names drawn smaller").isLessThanOrEqualTo(MOST_SHRUNK);
        LabelSizes.assertNamesAndLeaders(layout, PRESENTATION_SMALLEST_SHARE, PRESENTATION_LONGEST_LEADER);
    }

    /** The era-by-era reveal's steps, at the last one's range (see PresentationLegibilityTest). */
    @ParameterizedTest(name = "{0} {1} up to era {2}")
    @CsvSource({"EN,VERTICAL,1", "EN,VERTICAL,2", "ZH,HORIZONTAL,1", "ZH,HORIZONTAL,2"})
    void everyEraStepToo(Language lang, Orientation o, int step) {
        List<Era> eras = BUNDLED.eras().stream().sorted(Comparator.comparing(Era::start)).toList();
        LocalDate cutoff = eras.get(step).end().plusDays(1);
        List<Model> shown = BUNDLED.models().stream().filter(m -> m.date().start().isBefore(cutoff)).toList();
        TimelineLayout layout = PresentationLegibilityTest.layout(shown, lang, o, 1.5);
        report("presentation step " + step, lang, o, layout);
        assertThat(LabelSizes.shrunk(layout)).as("names drawn smaller").isLessThanOrEqualTo(MOST_SHRUNK);
        LabelSizes.assertNamesAndLeaders(layout, PRESENTATION_SMALLEST_SHARE, PRESENTATION_LONGEST_LEADER);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"EN,VERTICAL", "EN,HORIZONTAL", "ZH,VERTICAL", "ZH,HORIZONTAL"})
    void typeScaleOneAndAHalfAt1920x1080(Language lang, Orientation o) {
        TimelineLayout layout = TimelineLayout.compute(
                LabelLegibilityTest.spec(BUNDLED.models(), 1531, 954, o, 1.5, lang));
        report("scale 1.5", lang, o, layout);
        assertThat(layout.hiddenInBadges()).isZero();
        // 6.5 lines of 22.5 px: 146 px.
        LabelSizes.assertNamesAndLeaders(layout, SMALLEST_SHARE, 146.25);
    }

    private static void report(String what, Language lang, Orientation o, TimelineLayout layout) {
        System.out.printf("%s %s %s: %d names smaller, smallest %.0f%%, longest leader %.0f px%n", what, lang, o,
                LabelSizes.shrunk(layout), 100 * LabelSizes.smallestShare(layout), LabelSizes.longestLeader(layout));
    }
}

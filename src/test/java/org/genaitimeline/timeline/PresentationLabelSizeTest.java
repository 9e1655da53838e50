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
import org.genaitimeline.figure.TextMeasure;
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
 * step one fifth; a few in the densest stretch (the language models and the multimodal models of
 * 2021-2023, about two thirds of their lanes' area in names at 23 px) take the repair's step,
 * 0.55, where the alternative is a badge. Leaders: LaneLabels' cap, 6.5 lines (190 px at the
 * presentation's 23.4 px); before, presentation mode drew names at 0.55 of its size twice as
 * often and leaders up to 228 px.
 */
class PresentationLabelSizeTest {

    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();
    /** The smallest step a name may take, as a share of the layout's size (LaneLabels' repair step). */
    private static final double SMALLEST_SHARE = 0.55;
    /** The most names drawn smaller than the layout's size, of the 99; the layout reaches 6 to 15. */
    private static final int MOST_SHRUNK = 16;

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
        LabelSizes.assertNamesAndLeaders(layout, SMALLEST_SHARE,
                LabelSizes.LEADER_LINES * TextMeasure.approximate().lineHeight(layout.fontSize()));
        assertThat(LabelSizes.longestLeader(layout)).isLessThanOrEqualTo(190);
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
        LabelSizes.assertNamesAndLeaders(layout, SMALLEST_SHARE, 190);
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

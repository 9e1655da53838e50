package org.genaitimeline.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.figure.MarkerShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The six model types of Figure 14-1 stay distinguishable for colour-blind viewers: in every
 * theme and under simulated deuteranopia and protanopia, two types either differ by at least
 * {@link #MIN_DELTA_E} in colour or are drawn with different marker shapes.
 */
class ColourBlindPaletteTest {

    /** ΔE76 below which two small markers are hard to tell apart by colour alone. */
    static final double MIN_DELTA_E = 20;

    private static final List<Family> FIGURE = Arrays.stream(Family.values()).filter(Family::inFigure).toList();

    /**
     * The Book theme is left out on purpose: it copies the print, whose circles in six colours
     * are not colour-blind safe (docs/decisions/0010-book-style.md); the app opens in Light.
     */
    @ParameterizedTest
    @EnumSource(value = Theme.class, names = "BOOK", mode = EnumSource.Mode.EXCLUDE)
    void everyPairDiffersInColourOrInShape(Theme theme) {
        Palette p = Palette.of(theme);
        List<String> confusable = new ArrayList<>();
        for (ColourBlindCheck.Vision v : ColourBlindCheck.Vision.values()) {
            for (int i = 0; i < FIGURE.size(); i++) {
                for (int j = i + 1; j < FIGURE.size(); j++) {
                    Family a = FIGURE.get(i);
                    Family b = FIGURE.get(j);
                    double d = ColourBlindCheck.deltaE(v.simulate(p.family(a)), v.simulate(p.family(b)));
                    if (d < MIN_DELTA_E && MarkerShape.of(a, p) == MarkerShape.of(b, p)) {
                        confusable.add(v + " " + a + "/" + b + " ΔE " + Math.round(d));
                    }
                }
            }
        }
        assertThat(confusable).isEmpty();
    }

    @Test
    void theSixFigureTypesHaveSixShapes() {
        assertThat(FIGURE).hasSize(6);
        assertThat(FIGURE.stream().map(MarkerShape::of).distinct()).hasSize(6);
    }

    /** The check itself can fail: these pairs are the ones the shapes rescue (see ACCESSIBILITY.md). */
    @Test
    void withoutShapesSomePairsWouldBeConfusable() {
        Palette dark = Palette.of(Theme.DARK);
        double d = ColourBlindCheck.deltaE(ColourBlindCheck.Vision.DEUTERANOPIA.simulate(dark.family(
                Family.ENERGY_DIFFUSION)), ColourBlindCheck.Vision.DEUTERANOPIA.simulate(dark.family(Family.MULTIMODAL)));
        assertThat(d).isLessThan(MIN_DELTA_E);
        assertThat(ColourBlindCheck.deltaE(dark.family(Family.ENERGY_DIFFUSION), dark.family(Family.MULTIMODAL)))
                .isGreaterThan(MIN_DELTA_E);
    }

    @Test
    void simulatedGreyStaysGreyAndTheDistanceOfAColourToItselfIsZero() {
        javafx.scene.paint.Color grey = javafx.scene.paint.Color.gray(0.5);
        assertThat(ColourBlindCheck.deltaE(ColourBlindCheck.Vision.PROTANOPIA.simulate(grey), grey)).isLessThan(1);
        assertThat(ColourBlindCheck.deltaE(grey, grey)).isZero();
    }

    /** Prints the table for docs/ACCESSIBILITY.md (run by hand). */
    public static void main(String[] args) {
        for (Theme t : Theme.values()) {
            for (ColourBlindCheck.Vision v : ColourBlindCheck.Vision.values()) {
                double min = Double.MAX_VALUE;
                String pair = "";
                for (int i = 0; i < FIGURE.size(); i++) {
                    for (int j = i + 1; j < FIGURE.size(); j++) {
                        double d = ColourBlindCheck.deltaE(v.simulate(Palette.of(t).family(FIGURE.get(i))),
                                v.simulate(Palette.of(t).family(FIGURE.get(j))));
                        if (d < min) {
                            min = d;
                            pair = FIGURE.get(i).id() + " / " + FIGURE.get(j).id();
                        }
                    }
                }
                System.out.printf("| %s | %s | %.1f | %s |%n", t.id(), v, min, pair);
            }
        }
    }
}

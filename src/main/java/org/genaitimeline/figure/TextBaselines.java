package org.genaitimeline.figure;

import javafx.geometry.VPos;
import javafx.scene.text.Text;

/**
 * Where the canvas puts a text's alphabetic baseline for each {@link VPos}, in ems below the
 * y it was given, so that an SVG can say the same with a plain baseline y. The canvas aligns
 * TOP to the font's ascent, BOTTOM to its descent and CENTER half way between the two; those
 * are read once from the figure font ({@link FontStack#family()}) when the JavaFX toolkit
 * runs, else taken from Noto Sans CJK SC, the first family of the stack (ascent 1.16 em,
 * descent 0.288 em, as JavaFX reports them).
 */
public final class TextBaselines {

    private static final double FALLBACK_ASCENT = 1.16;
    private static final double FALLBACK_DESCENT = 0.288;
    private static final double PROBE_SIZE = 100;

    private static volatile double[] ascentDescent;

    private TextBaselines() {
    }

    /** The baseline's distance below a y given with {@code baseline}, in ems (negative: above). */
    public static double emOffset(VPos baseline) {
        if (baseline == VPos.BASELINE) {
            return 0;
        }
        double[] ad = ascentDescent();
        return switch (baseline) {
            case TOP -> ad[0];
            case CENTER -> (ad[0] - ad[1]) / 2;
            case BOTTOM -> -ad[1];
            default -> 0;
        };
    }

    static double[] ascentDescent() {
        double[] ad = ascentDescent;
        if (ad == null) {
            ad = measured();
            ascentDescent = ad;
        }
        return ad;
    }

    private static double[] measured() {
        try {
            Text probe = new Text("Hg");
            probe.setFont(FontStack.font(PROBE_SIZE, false));
            double ascent = probe.getBaselineOffset();
            double descent = probe.getLayoutBounds().getHeight() - ascent;
            if (ascent > 0 && descent >= 0) {
                return new double[] {ascent / PROBE_SIZE, descent / PROBE_SIZE};
            }
        } catch (RuntimeException noToolkit) {
            // Font metrics need the toolkit; a pure test without it gets the stack's first font.
        }
        return new double[] {FALLBACK_ASCENT, FALLBACK_DESCENT};
    }
}

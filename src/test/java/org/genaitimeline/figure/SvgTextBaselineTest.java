package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An SVG label sits where the canvas paints it in every renderer: its y is the alphabetic
 * baseline the canvas uses for the same call, with no dominant-baseline left for a viewer to
 * ignore (librsvg and slide editors drew such labels half a line high).
 */
class SvgTextBaselineTest extends FxTestBase {

    private static final TextMeasure MEASURE = (text, size, bold) -> text.length() * size / 2;
    private static final double SIZE = 40;
    private static final double Y = 100;

    private static void paint(Surface s, VPos baseline) {
        s.setFill(Color.BLACK);
        s.setFont(SIZE, false);
        s.setTextBaseline(baseline);
        s.fillText("HHHH", 10, Y);
    }

    @ParameterizedTest
    @EnumSource(VPos.class)
    void theSvgBaselineIsWhereTheCanvasDrawsTheBottomOfAnH(VPos baseline) throws Exception {
        SvgSurface svg = new SvgSurface(200, 200, 1, MEASURE);
        paint(svg, baseline);
        String out = svg.toSvg();
        assertThat(out).doesNotContain("dominant-baseline");
        Matcher m = Pattern.compile("<text x=\"[\\d.]+\" y=\"([\\d.-]+)\"").matcher(out);
        assertThat(m.find()).isTrue();
        double svgBaseline = Double.parseDouble(m.group(1));

        int inkBottom = callFx(() -> {
            Canvas canvas = new Canvas(200, 200);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 200, 200);
            paint(new CanvasSurface(canvas, MEASURE), baseline);
            PixelReader r = canvas.snapshot(null, null).getPixelReader();
            int bottom = -1;
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 200; x++) {
                    if (r.getColor(x, y).getBrightness() < 0.5) {
                        bottom = y;
                        break;
                    }
                }
            }
            return bottom;
        });
        // "H" stands on the baseline: its last inked row is the one just above it.
        assertThat(svgBaseline).isCloseTo(inkBottom + 1, org.assertj.core.data.Offset.offset(1.5));
    }
}

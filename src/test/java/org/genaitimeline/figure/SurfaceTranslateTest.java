package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/** Both surfaces move the origin the same way, and save/restore bring it back. */
class SurfaceTranslateTest extends FxTestBase {

    private static final TextMeasure MEASURE = (text, size, bold) -> text.length() * size / 2;

    /** Translates by (10, 20), then by (5, 5) inside a save/restore pair. */
    private static void paint(Surface s) {
        s.translate(10, 20);
        s.save();
        s.translate(5, 5);
        s.strokeLine(1, 2, 3, 4);
        s.restore();
        s.strokeLine(1, 2, 3, 4);
    }

    @Test
    void svgOffsetsCoordinatesAndRestoresTheOrigin() {
        SvgSurface svg = new SvgSurface(200, 100, 1, MEASURE);
        paint(svg);
        Matcher m = Pattern.compile("<line x1=\"([\\d.]+)\" y1=\"([\\d.]+)\"").matcher(svg.toSvg());
        assertThat(m.find()).isTrue();
        assertThat(m.group(1) + "," + m.group(2)).isEqualTo("16,27");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1) + "," + m.group(2)).isEqualTo("11,22");
    }

    @Test
    void canvasMapsPointsWhereTheSvgPutsThem() throws Exception {
        Point2D[] mapped = callFx(() -> {
            Canvas canvas = new Canvas(200, 100);
            CanvasSurface s = new CanvasSurface(canvas, MEASURE);
            s.translate(10, 20);
            s.save();
            s.translate(5, 5);
            Point2D inner = canvas.getGraphicsContext2D().getTransform().transform(1, 2);
            s.restore();
            Point2D outer = canvas.getGraphicsContext2D().getTransform().transform(1, 2);
            return new Point2D[] {inner, outer};
        });
        assertThat(mapped[0]).isEqualTo(new Point2D(16, 27));
        assertThat(mapped[1]).isEqualTo(new Point2D(11, 22));
    }

    @Test
    void insetReportsItsSizeUntilRestore() throws Exception {
        SvgSurface svg = new SvgSurface(200, 100, 1, MEASURE);
        double[] canvasSizes = callFx(() -> {
            CanvasSurface c = new CanvasSurface(new Canvas(200, 100), MEASURE);
            c.save();
            c.inset(0, 30, 200, 50);
            double[] out = {c.width(), c.height(), 0, 0};
            c.restore();
            out[2] = c.width();
            out[3] = c.height();
            return out;
        });
        svg.save();
        svg.inset(0, 30, 200, 50);
        double[] svgSizes = {svg.width(), svg.height(), 0, 0};
        svg.fillRect(0, 0, 5, 5);
        svg.restore();
        svgSizes[2] = svg.width();
        svgSizes[3] = svg.height();
        assertThat(svgSizes).containsExactly(200, 50, 200, 100);
        assertThat(canvasSizes).containsExactly(svgSizes);
        assertThat(svg.toSvg()).contains("<rect x=\"0\" y=\"30\" width=\"5\" height=\"5\"");
    }
}

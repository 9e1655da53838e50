package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/** Stamped markers land where the shapes would, at their opacity, and a crop cuts them. */
class MarkerStampTest extends FxTestBase {

    private static final Color RED = Color.rgb(200, 0, 0);

    /** Stamps a red square of radius 8 at (30.4, 20.6) on white, translated by (10, 10), cut to a box if given. */
    private static PixelReader stamp(double alpha, Box within) throws Exception {
        return callFx(() -> {
            Canvas canvas = new Canvas(100, 60);
            CanvasSurface s = new CanvasSurface(canvas, TextMeasure.approximate());
            s.setFill(Color.WHITE);
            s.fillRect(0, 0, 100, 60);
            s.translate(10, 10);
            if (within == null) {
                s.marker(MarkerShape.SQUARE, 30.4, 20.6, 8, RED, null, 1, alpha);
            } else {
                s.marker(MarkerShape.SQUARE, 30.4, 20.6, 8, RED, null, 1, alpha, within);
            }
            return canvas.snapshot(null, null).getPixelReader();
        });
    }

    @Test
    void aStampCoversTheMarkersPlaceAndNothingFarFromIt() throws Exception {
        PixelReader px = stamp(1, null);
        // Device centre (40.4, 30.6); the square's half side is 8 * 1.25 / sqrt(2) = 7.1.
        assertThat(px.getColor(40, 30)).isEqualTo(RED);
        assertThat(px.getColor(35, 26)).isEqualTo(RED);
        assertThat(px.getColor(46, 35)).isEqualTo(RED);
        assertThat(px.getColor(50, 30)).isEqualTo(Color.WHITE);
        assertThat(px.getColor(40, 40)).isEqualTo(Color.WHITE);
    }

    @Test
    void aTranslucentStampLetsTheBackgroundThrough() throws Exception {
        Color c = stamp(0.4, null).getColor(40, 30);
        assertThat(c.getRed()).isGreaterThan(0.85);
        assertThat(c.getGreen()).isBetween(0.5, 0.7);
    }

    @Test
    void aCroppedStampStopsAtTheBoxEdge() throws Exception {
        // The box ends at x = 30 (device 40): the square's right half is cut away.
        PixelReader px = stamp(1, new Box(0, 0, 30, 50));
        assertThat(px.getColor(37, 30)).isEqualTo(RED);
        assertThat(px.getColor(39, 30)).isEqualTo(RED);
        assertThat(px.getColor(40, 30)).isEqualTo(Color.WHITE);
        assertThat(px.getColor(45, 30)).isEqualTo(Color.WHITE);
    }

    @Test
    void svgKeepsRealShapes() {
        SvgSurface svg = new SvgSurface(100, 60, 1, TextMeasure.approximate());
        svg.marker(MarkerShape.CIRCLE, 30, 20, 8, RED, Color.WHITE, 1, 0.5);
        assertThat(svg.toSvg()).contains("<circle").doesNotContain("<image");
    }
}

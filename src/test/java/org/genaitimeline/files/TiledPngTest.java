package org.genaitimeline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.genaitimeline.figure.Surface;
import org.junit.jupiter.api.Test;

/** PNG exports larger than one tile come out whole and seamless; an image with no ink is refused. */
class TiledPngTest {

    /** A diagonal band and a frame: something on both sides of every tile seam. */
    private static void paint(Surface s) {
        s.setFill(Color.WHITE);
        s.fillRect(0, 0, s.width(), s.height());
        s.setStroke(Color.rgb(200, 30, 30));
        s.setLineWidth(6);
        s.strokeLine(0, 0, s.width(), s.height());
        s.strokeRect(3, 3, s.width() - 6, s.height() - 6);
    }

    @Test
    void aFigureWiderThanATileIsDrawnAcrossTheSeamAsInOnePiece() throws IOException {
        double w = FigureFiles.TILE * 1.5;
        double h = 400;
        BufferedImage tiled = ImageIO.read(new ByteArrayInputStream(FigureFiles.png(w, h, 1, TiledPngTest::paint)));
        assertThat(tiled.getWidth()).isEqualTo((int) w);
        BufferedImage whole = javafx.embed.swing.SwingFXUtils.fromFXImage(
                FigureFiles.renderImage(w, h, 1, TiledPngTest::paint), null);
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (tiled.getRGB(x, y) != whole.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ from the one-canvas drawing").isLessThan((long) (w * h / 10_000));
        int right = (int) w - 10;
        assertThat(tiled.getRGB(right, (int) h / 2) >>> 24).as("the second tile is drawn").isEqualTo(255);
    }

    @Test
    void aScaledFigureTilesInImagePixels() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                FigureFiles.png(FigureFiles.TILE * 0.75, 100, 2, TiledPngTest::paint)));
        assertThat(img.getWidth()).isEqualTo(FigureFiles.TILE * 3 / 2);
        assertThat(img.getHeight()).isEqualTo(200);
        // the frame's right edge, in the second tile, is where scale puts it
        assertThat(img.getRGB(img.getWidth() - 7, 100) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
    }

    @Test
    void anImageWithNoInkIsRefusedRatherThanWritten() {
        assertThatThrownBy(() -> FigureFiles.png(300, 200, 1, s -> { }))
                .isInstanceOfSatisfying(RenderFailure.class,
                        f -> assertThat(f.reason()).isEqualTo(RenderFailure.Reason.BLANK));
    }

    @Test
    void theLargestFittingSizeKeepsTheShapeAndTheLimits() {
        long[] fit = PixelBudget.largestFitting(40_000, 20_000);
        assertThat(fit[0]).isLessThanOrEqualTo(PixelBudget.MAX_SIDE);
        assertThat(fit[0] * fit[1]).isLessThanOrEqualTo(PixelBudget.maxPixels());
        assertThat((double) fit[0] / fit[1]).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(PixelBudget.largestFitting(800, 600)).containsExactly(800, 600);
    }
}

package org.genaitimeline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.paint.Color;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/** A big PNG painted tile by tile from a background thread is the same image as one painted at once. */
class TiledRenderTest extends FxTestBase {

    /** Shapes across the tile seams, placed from the surface's size as the figures place theirs. */
    private static final Consumer<Surface> PAINT = s -> {
        s.setFill(Color.WHITE);
        s.fillRect(0, 0, s.width(), s.height());
        s.setFill(Color.web("#d62728"));
        s.fillRect(s.width() / 2 - 300, s.height() / 2 - 200, 600, 400);
        s.setFill(Color.web("#1f77b4"));
        s.fillRect(s.width() - 150, s.height() - 90, 150, 90);
    };

    @Test
    void tilesMakeTheSameImageAsOnePaint() throws Exception {
        // 2500 x 2200 pixels at scale 2: four tiles, two of them partial.
        BufferedImage whole = callFx(() -> SwingFXUtils.fromFXImage(FigureFiles.renderImage(1250, 1100, 2, PAINT),
                null));
        List<Double> progress = new ArrayList<>();
        BufferedImage tiled = FigureFiles.renderTiled(1250, 1100, 2, PAINT, progress::add, () -> false);

        assertThat(tiled.getWidth()).isEqualTo(2500);
        assertThat(tiled.getHeight()).isEqualTo(2200);
        for (int[] p : new int[][] {{10, 10}, {1250, 1100}, {2047, 1100}, {2048, 1100}, {2499, 2199}, {2200, 2050},
                {950, 700}, {949, 699}}) {
            assertThat(tiled.getRGB(p[0], p[1])).as("pixel %d,%d", p[0], p[1]).isEqualTo(whole.getRGB(p[0], p[1]));
        }
        assertThat(tiled.getRGB(2499, 2199)).isEqualTo(0xff1f77b4);
        assertThat(progress).containsExactly(0.25, 0.5, 0.75, 1.0);
    }

    @Test
    void aCancelStopsBetweenTiles() {
        int[] tiles = {0};
        assertThatThrownBy(() -> FigureFiles.renderTiled(3000, 3000, 1, PAINT, d -> tiles[0]++, () -> tiles[0] >= 1))
                .isInstanceOf(CancellationException.class);
        assertThat(tiles[0]).isEqualTo(1);
    }
}

package org.genaitimeline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.growth.GrowthLayout;
import org.genaitimeline.growth.GrowthPainter;
import org.genaitimeline.growth.GrowthPoint;
import org.genaitimeline.growth.GrowthSpec;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the growth view does when the pointer moves over a chart of 2,000 points, with
 * rasterisation: the hit test, then the overlay alone cleared, painted (ring and card) and
 * snapshotted ({@code hoverOverlay}, as ParameterGrowthViewSkin's LayeredCanvas does), beside
 * a repaint of the whole chart ({@code wholeChart}, what hover would cost without the overlay).
 *
 * <p>{@code mvn -q -Pbench package -DskipTests && java -jar target/benchmarks.jar GrowthHover -f 1 -wi 2 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GrowthHoverBench {

    private static final double W = 1280;
    private static final double H = 800;

    @Param("2000")
    public int points;

    private GrowthLayout layout;
    private Canvas base;
    private Canvas overlay;
    private FxTextMeasure measure;
    private final Palette palette = Palette.of(Theme.LIGHT);
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        FxPlatform.ensureStarted();
        List<Model> models = SyntheticModels.growthCloud(points);
        measure = FxPlatform.call(FxTextMeasure::new);
        layout = GrowthLayout.of(models, GrowthSpec.figure(), W, H, measure);
        base = FxPlatform.call(() -> new Canvas(W, H));
        overlay = FxPlatform.call(() -> new Canvas(W, H));
    }

    @Benchmark
    public WritableImage hoverOverlay() {
        // The pointer visits the points in turn.
        GrowthLayout.PlacedPoint at = layout.points().get(next++ % layout.points().size());
        return FxPlatform.call(() -> {
            Model hovered = layout.hit(at.x(), at.y()).map(GrowthPoint::model).orElse(null);
            overlay.getGraphicsContext2D().clearRect(0, 0, W, H);
            GrowthPainter.paintHover(new CanvasSurface(overlay, measure), layout, palette, hovered);
            return overlay.snapshot(null, null);
        });
    }

    @Benchmark
    public WritableImage wholeChart() {
        return FxPlatform.call(() -> {
            base.getGraphicsContext2D().clearRect(0, 0, W, H);
            GrowthPainter.paint(new CanvasSurface(base, measure), layout, palette);
            return base.snapshot(null, null);
        });
    }
}

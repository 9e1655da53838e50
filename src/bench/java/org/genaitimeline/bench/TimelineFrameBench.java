package org.genaitimeline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.genaitimeline.timeline.TimelineLayout;
import org.genaitimeline.timeline.TimelinePainter;
import org.genaitimeline.timeline.TimelineSpec;
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
 * One timeline frame with rasterisation: {@link TimelinePainter} on a 1920x1080 canvas and
 * then {@code Canvas.snapshot}, which makes the (software) renderer execute every buffered
 * command, as the screen does once per pulse. The layout (with the real font measure) is made
 * once per trial; the frame is what panning repeats. {@code bundled} is the catalog in the
 * jar; the numbers are synthetic catalogs of that many models over 2014–2023 (900 is the size
 * of the shared Epoch sample's plotted models, 10,000 the stress case).
 *
 * <p>{@code mvn -q -Pbench package -DskipTests && java -jar target/benchmarks.jar TimelineFrame -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineFrameBench {

    private static final double W = 1920;
    private static final double H = 1080;

    @Param({"bundled", "900", "10000"})
    public String catalog;

    private TimelineLayout layout;
    private Canvas canvas;
    private FxTextMeasure measure;
    private final Palette palette = Palette.of(Theme.LIGHT);

    @Setup(Level.Trial)
    public void setUp() {
        FxPlatform.ensureStarted();
        List<Model> models;
        List<Era> eras;
        if (catalog.equals("bundled")) {
            Catalog c = new CatalogLoader().loadBundled().catalog().orElseThrow();
            models = c.models();
            eras = c.eras();
        } else {
            models = TimelineBench.synthetic(Integer.parseInt(catalog));
            eras = List.of();
        }
        measure = FxPlatform.call(FxTextMeasure::new);
        layout = TimelineLayout.compute(TimelineSpec.of(models, eras, W, H, measure));
        canvas = FxPlatform.call(() -> new Canvas(W, H));
    }

    @Benchmark
    public WritableImage paintAndSnapshot() {
        return FxPlatform.call(() -> {
            canvas.getGraphicsContext2D().clearRect(0, 0, W, H);
            TimelinePainter.paint(new CanvasSurface(canvas, measure), layout, palette);
            return canvas.snapshot(null, null);
        });
    }
}

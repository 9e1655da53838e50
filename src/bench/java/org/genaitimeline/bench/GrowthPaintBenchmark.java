package org.genaitimeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.FxTextMeasure;
import org.genaitimeline.growth.GrowthLayout;
import org.genaitimeline.growth.GrowthSpec;
import org.genaitimeline.growth.GrowthPainter;
import org.genaitimeline.platform.FxPlatform;
import org.genaitimeline.theme.Palette;
import org.genaitimeline.theme.Theme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The growth chart with 10,000 synthetic points, 1280x800, from models to a snapshot image:
 * our layout + painter on one Canvas, side by side with the stock ScatterChart (a Node per
 * point) laid out in a Scene. Both run on the FX thread; sample time gives the medians
 * recorded in docs/PERFORMANCE.md. Above GrowthLayout.DENSE_POINTS points ours labels only the
 * records (here a handful) and stamps its small translucent markers; the stock chart has no labels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GrowthPaintBenchmark {

    private static final double W = 1280;
    private static final double H = 800;

    @Param("10000")
    public int points;

    private List<Model> models;
    private Palette palette;
    private FxTextMeasure measure;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
        FxPlatform.ensureStarted();
        palette = Palette.of(Theme.LIGHT);
        measure = FxPlatform.call(FxTextMeasure::new);
        models = SyntheticModels.growthCloud(points);
    }

    @Benchmark
    public WritableImage growthPainterOnCanvas() {
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(W, H);
            GrowthLayout layout = GrowthLayout.of(models, GrowthSpec.figure(), W, H, measure);
            GrowthPainter.paint(new CanvasSurface(canvas, measure), layout, palette);
            return canvas.snapshot(null, null);
        });
    }

    @Benchmark
    public WritableImage stockScatterChart() {
        return FxPlatform.call(() -> {
            NumberAxis x = new NumberAxis(2018, 2024, 1);
            // The stock axis has no log scale: plot log10(size), the fairest equivalent.
            NumberAxis y = new NumberAxis(-1, 3, 1);
            ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
            chart.setAnimated(false);
            XYChart.Series<Number, Number> llm = new XYChart.Series<>();
            XYChart.Series<Number, Number> multimodal = new XYChart.Series<>();
            List<XYChart.Data<Number, Number>> a = new ArrayList<>();
            List<XYChart.Data<Number, Number>> b = new ArrayList<>();
            for (Model m : models) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(m.date().toFractionalYear(),
                        Math.log10(m.parameters().getAsLong() / 1e9));
                (m.family() == Family.AUTOREGRESSIVE ? a : b).add(d);
            }
            llm.getData().setAll(a);
            multimodal.getData().setAll(b);
            chart.getData().setAll(List.of(llm, multimodal));
            Scene scene = new Scene(chart, W, H);
            chart.applyCss();
            chart.layout();
            return scene.snapshot(null);
        });
    }
}

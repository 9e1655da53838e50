package org.genaitimeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.figure.CanvasSurface;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.SvgSurface;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;
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
 * Timeline layout and paint of synthetic catalogs at 1600x1000, the default range (every
 * model visible). Layout uses the font-free measure; paint issues the canvas commands on the
 * FX thread (Monocle headless, software pipeline) as the skin does once per pulse, and
 * separately writes an SVG document.
 *
 * <p>{@code mvn -q -Pbench package -DskipTests && java -jar target/benchmarks.jar Timeline -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBench {

    @Param({"100", "1000", "10000"})
    public int models;

    private TimelineSpec spec;
    private TimelineLayout layout;
    private Canvas canvas;
    private final Palette palette = Palette.of(Theme.LIGHT);

    @Setup(Level.Trial)
    public void setUp() {
        spec = new TimelineSpec(synthetic(models), Set.of(), List.of(), Orientation.VERTICAL, 1600, 1000,
                TimelineOptions.DEFAULT_START, TimelineOptions.DEFAULT_END, Language.EN, 1, TextMeasure.approximate());
        layout = TimelineLayout.compute(spec);
        FxPlatform.ensureStarted();
        canvas = FxPlatform.call(() -> new Canvas(1600, 1000));
    }

    @Benchmark
    public TimelineLayout layout() {
        return TimelineLayout.compute(spec);
    }

    @Benchmark
    public Canvas paintCanvas() {
        return FxPlatform.call(() -> {
            // A full clear lets the canvas drop its buffered commands, as in the skin.
            canvas.getGraphicsContext2D().clearRect(0, 0, 1600, 1000);
            TimelinePainter.paint(new CanvasSurface(canvas, TextMeasure.approximate()), layout, palette);
            return canvas;
        });
    }

    @Benchmark
    public String paintSvg() {
        SvgSurface svg = new SvgSurface(1600, 1000, 1, TextMeasure.approximate());
        TimelinePainter.paint(svg, layout, palette);
        return svg.toSvg();
    }

    static List<Model> synthetic(int n) {
        Family[] families = {Family.VAE, Family.GAN, Family.AUTOREGRESSIVE, Family.FLOW, Family.ENERGY_DIFFUSION,
            Family.MULTIMODAL};
        Random random = new Random(7);
        List<Model> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PartialDate date = PartialDate.of(2014 + random.nextInt(10), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            out.add(SyntheticModels.model(i, date, families[random.nextInt(families.length)], OptionalLong.empty()));
        }
        return out;
    }
}

package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A growth chart of a whole history (the Epoch sample runs from a 40-parameter machine of
 * 1950 to trillion-parameter models) stays readable: ticks in one unit that reads, translucent
 * markers once the chart is dense, labels that cover no marker and stay above the date axis.
 */
class ReadableGrowthTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();

    private static GrowthSpec allTypes(Language language, double labelScale) {
        return new GrowthSpec(new GrowthOptions(true, false, false, true), List.of(), language, labelScale);
    }

    @Test
    void anAxisReachingBelowAMillionParametersCountsInKMAndBAndNeverPrintsLongDecimals() {
        GrowthLayout layout = GrowthLayout.of(history(900, 1), allTypes(Language.EN, 1), 1920, 1080, MEASURE);
        List<String> ticks = layout.yTicks().stream().map(GrowthLayout.Tick::label).toList();

        assertThat(layout.sizeUnit()).isEqualTo(SizeUnit.COUNT);
        assertThat(ticks).contains("100", "10K", "1M", "100M", "1B", "1T").doesNotHaveDuplicates();
        // One unit on the whole axis: no billions decimals beside the counts.
        assertThat(ticks).allMatch(t -> t.matches("\\d{1,3}[KMBT]?"), "a count of at most three digits and a unit");
        assertThat(layout.text().yTitle(layout.sizeUnit())).isEqualTo("Parameters");
        // The labels say sizes the same way: "40", "2.6K", "175B", not "0.00000004B".
        GrowthPoint smallest = layout.data().points().stream()
                .min(java.util.Comparator.comparingLong(GrowthPoint::parameters)).orElseThrow();
        assertThat(layout.sizeLabel(smallest)).isEqualTo("40");
        assertThat(layout.points()).filteredOn(p -> p.label().isPresent())
                .allSatisfy(p -> assertThat(layout.sizeLabel(p.point())).doesNotContain("0.0"));
    }

    @Test
    void chineseCountsInWanAndYiOnEveryAxis() {
        GrowthLayout layout = GrowthLayout.of(history(900, 1), allTypes(Language.ZH, 1), 1920, 1080, MEASURE);
        List<String> ticks = layout.yTicks().stream().map(GrowthLayout.Tick::label).toList();

        assertThat(ticks).contains("100", "1000", "10 万", "1 亿", "1 万亿").doesNotHaveDuplicates()
                .noneMatch(t -> t.contains("."));
        assertThat(layout.text().yTitle(layout.sizeUnit())).isEqualTo("参数量");
    }

    @Test
    void theFiguresOwnRangeStaysInBillionsAsPrinted() {
        Catalog catalog = TestModels.bundled();
        GrowthLayout layout = GrowthLayout.of(catalog.models(), GrowthSpec.figure(), 1920, 1080, MEASURE);
        List<String> ticks = layout.yTicks().stream().map(GrowthLayout.Tick::label).toList();

        assertThat(layout.sizeUnit()).isEqualTo(SizeUnit.BILLIONS);
        assertThat(ticks).contains("0.1", "1", "1,000");
        assertThat(layout.text().yTitle(layout.sizeUnit())).isEqualTo("Parameters (billion)");
        GrowthPoint gpt3 = layout.points().stream().map(GrowthLayout.PlacedPoint::point)
                .filter(p -> p.model().id().equals("gpt-3")).findFirst().orElseThrow();
        assertThat(layout.sizeLabel(gpt3)).isEqualTo("175B");
    }

    @Test
    void aMillionParametersIsTheSmallestTickWrittenInBillions() {
        assertThat(SizeUnit.of(0.001, Language.EN)).isEqualTo(SizeUnit.BILLIONS);
        assertThat(SizeUnit.of(0.0005, Language.EN)).isEqualTo(SizeUnit.COUNT);
        assertThat(SizeUnit.of(0.1, Language.ZH)).isEqualTo(SizeUnit.COUNT);
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {260, 900, 2000})
    void aDenseChartIsTranslucentAndItsLabelsCoverNoMarker(int n) {
        GrowthLayout layout = GrowthLayout.of(history(n, 2), allTypes(Language.EN, 1), 1920, 1080, MEASURE);

        assertThat(layout.dense()).isTrue();
        // Translucent enough that two markers on one another look darker than one.
        assertThat(layout.pointAlpha()).isLessThanOrEqualTo(0.6);
        assertThat(layout.sizes().radius()).isLessThanOrEqualTo(6);
        double r = layout.sizes().radius();
        List<GrowthLayout.PlacedPoint> labelled = layout.points().stream().filter(p -> p.label().isPresent()).toList();
        assertThat(labelled).isNotEmpty();
        for (GrowthLayout.PlacedPoint l : labelled) {
            Box label = l.label().get().box();
            for (GrowthLayout.PlacedPoint p : layout.points()) {
                assertThat(label.intersects(Box.around(p.x(), p.y(), r)))
                        .as("the label of %s covers the marker of %s", l.point().name(), p.point().name()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0} points, labels x{1}")
    @CsvSource({"900, 1", "900, 1.5", "2000, 1"})
    void aDenseChartsLeadersNeitherCrossEachOtherNorRunUnderALabel(int n, double scale) {
        GrowthLayout layout = GrowthLayout.of(history(n, 4), allTypes(Language.EN, scale), 1920, 1080, MEASURE);
        List<GrowthLayout.PlacedPoint> labelled = layout.points().stream().filter(p -> p.label().isPresent()).toList();
        List<LabelPlacer.Leader> leaders = labelled.stream().map(p -> p.label().get().line())
                .filter(java.util.Objects::nonNull).toList();
        assertThat(leaders).as("a crowd needs some leaders").isNotEmpty();
        for (int i = 0; i < leaders.size(); i++) {
            for (int j = i + 1; j < leaders.size(); j++) {
                assertThat(PointLabels.cross(leaders.get(i), leaders.get(j))).as("leaders %d and %d cross", i, j)
                        .isFalse();
            }
            for (GrowthLayout.PlacedPoint p : labelled) {
                if (p.label().get().line() != leaders.get(i)) {
                    assertThat(leaders.get(i).crosses(p.label().get().box()))
                            .as("a leader runs under the label of %s", p.point().name()).isFalse();
                }
            }
        }
    }

    @Test
    void twoLeadersInAnXCrossAndTwoSideBySideDoNot() {
        LabelPlacer.Leader a = new LabelPlacer.Leader(0, 0, 10, 10, null);
        assertThat(PointLabels.cross(a, new LabelPlacer.Leader(0, 10, 10, 0, null))).isTrue();
        assertThat(PointLabels.cross(a, new LabelPlacer.Leader(5, 0, 15, 10, null))).isFalse();
    }

    @Test
    void theMoreMarkersTheFainterAndSmallerDownToAFloor() {
        assertThat(GrowthSizes.alpha(200)).isEqualTo(1);
        assertThat(GrowthSizes.alpha(300)).isLessThan(0.6).isGreaterThan(GrowthSizes.alpha(900));
        assertThat(GrowthSizes.alpha(900)).isGreaterThan(GrowthSizes.alpha(2000));
        assertThat(GrowthSizes.alpha(100_000)).isEqualTo(GrowthLayout.MIN_ALPHA);
        assertThat(GrowthSizes.of(1, 300).radius()).isLessThan(GrowthSizes.of(1, 200).radius())
                .isGreaterThan(GrowthSizes.of(1, 2000).radius());
        assertThat(GrowthSizes.of(1, 100_000).radius()).isEqualTo(GrowthLayout.MIN_RADIUS);
    }

    @Test
    void inACrowdTheBooksModelsAreLabelledBeforeOtherRecords() {
        // Epoch's SB-LM (2007, 300B) makes GPT-3 no record; Epoch's own records come after it.
        List<Model> models = List.of(
                TestModels.user("sb-lm", "2007-06", Family.AUTOREGRESSIVE, 300_000_000_000L),
                TestModels.model("gpt-3", "2020-05", Family.AUTOREGRESSIVE, 175_000_000_000L),
                TestModels.user("switch", "2021-01", Family.AUTOREGRESSIVE, 1_570_000_000_000L),
                TestModels.user("cloud", "2021-02", Family.AUTOREGRESSIVE, 1_000_000_000L));
        GrowthData data = GrowthData.of(models, true, Language.EN);
        List<String> order = java.util.Arrays.stream(StandOut.order(data.points(), java.util.Set.of("cloud")))
                .mapToObj(i -> data.points().get(i).model().id()).toList();

        assertThat(order).containsExactly("cloud", "gpt-3", "sb-lm", "switch");
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, labels x{3}")
    @CsvSource({"EN, 1920, 1080, 1", "ZH, 1920, 1080, 1", "EN, 1280, 800, 1.5", "ZH, 960, 600, 1.5",
        "EN, 3840, 2160, 1"})
    void theLowestPointsLabelStaysAboveTheDateAxis(Language language, int width, int height, double scale) {
        // The smallest model is also the first, in the plot's bottom-left corner: its label
        // has the least room, between the y tick labels and the date axis.
        List<Model> models = new ArrayList<>(List.of(
                TestModels.user("tiny", "1950-01", Family.OTHER, 40),
                TestModels.user("small", "1958-01", Family.OTHER, 1_000),
                TestModels.user("big", "2022-05", Family.AUTOREGRESSIVE, 500_000_000_000L)));
        GrowthLayout layout = GrowthLayout.of(models, allTypes(language, scale), width, height, MEASURE);
        GrowthLayout.PlacedPoint lowest = layout.points().stream()
                .filter(p -> p.point().model().id().equals("tiny")).findFirst().orElseThrow();

        assertThat(lowest.label()).as("the lowest point has a label").isPresent();
        Box label = lowest.label().get().box();
        assertThat(label.maxY()).as("label bottom above the date axis at %s", layout.plot().maxY())
                .isLessThanOrEqualTo(layout.plot().maxY());
        double tickTop = layout.plot().maxY() + 5;
        for (GrowthLayout.Tick t : layout.xTicks()) {
            double w = MEASURE.width(t.label(), layout.sizes().tick(), false);
            Box tick = new Box(t.pixel() - w / 2, tickTop, w, MEASURE.lineHeight(layout.sizes().tick()));
            assertThat(label.intersects(tick)).as("label over the date %s", t.label()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noLabelOfADenseHistoryReachesBelowThePlot(Language language) {
        GrowthLayout layout = GrowthLayout.of(history(900, 3), allTypes(language, 1), 1920, 1080, MEASURE);
        assertThat(layout.points()).filteredOn(p -> p.label().isPresent())
                .allSatisfy(p -> assertThat(p.label().get().box().maxY()).isLessThanOrEqualTo(layout.plot().maxY()));
    }

    /**
     * A history shaped like the Epoch sample: a few dozen tiny early models from 1950 (the
     * first two fixed at 40 parameters and 1,000), then ever more and ever larger models up to
     * a trillion, most of them after 2015, in several series.
     */
    static List<Model> history(int n, long seed) {
        Random random = new Random(seed);
        Family[] families = {Family.AUTOREGRESSIVE, Family.OTHER, Family.MULTIMODAL, Family.GAN};
        List<Model> out = new ArrayList<>(n);
        out.add(TestModels.user("h-first", "1950-03", Family.OTHER, 40));
        out.add(TestModels.user("h-second", "1957-06", Family.OTHER, 1_000));
        for (int i = 2; i < n; i++) {
            // A quarter spread over 1955–2014, the rest over 2015–2024.
            boolean early = random.nextInt(4) == 0;
            int year = early ? 1955 + random.nextInt(60) : 2015 + random.nextInt(10);
            String date = String.format("%d-%02d", year, 1 + random.nextInt(12));
            double orders = early ? 1 + (year - 1955) / 60.0 * 8 : 6 + random.nextDouble() * 6;
            long size = Math.max(100, (long) Math.pow(10, orders + random.nextDouble() - 0.5));
            out.add(TestModels.user("h" + i, date, families[random.nextInt(families.length)], Math.min(size,
                    1_600_000_000_000L)));
        }
        return out;
    }
}

package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LogScale;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Small sizes on the log axis, and charts with thousands of points. */
class DenseGrowthTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();

    @ParameterizedTest
    @EnumSource(Language.class)
    void ticksDownToAThousandParametersAreNeverZeroAndAllDiffer(Language language) {
        GrowthText text = new GrowthText(language);
        List<String> labels = new LogScale(1e-6, 1000, 800, 0).ticks125().stream().map(text::yTick).toList();
        assertThat(labels).hasSize(28).doesNotContain("0").doesNotHaveDuplicates();
        if (language == Language.EN) {
            assertThat(labels).startsWith("0.000001", "0.000002", "0.000005").contains("0.0001", "0.01", "0.5");
        } else {
            assertThat(labels).startsWith("1000", "2000", "5000").contains("10 万", "1 亿", "1 万亿");
        }
    }

    @Test
    void aChartOfTinyModelsLabelsItsAxisDownToTheirSize() {
        List<Model> models = List.of(TestModels.user("tiny", "2019-05", Family.AUTOREGRESSIVE, 2_000),
                TestModels.user("big", "2022-05", Family.AUTOREGRESSIVE, 500_000_000_000L));
        GrowthLayout layout = GrowthLayout.of(models, GrowthSpec.figure(), 1280, 800, MEASURE);
        List<String> ticks = layout.yTicks().stream().map(GrowthLayout.Tick::label).toList();
        // Below a million parameters the axis counts (see ReadableGrowthTest): 10K, not 0.00001.
        assertThat(ticks).contains("10K", "1T").doesNotContain("0").doesNotHaveDuplicates();
    }

    @Test
    void thousandsOfPointsShrinkAndTurnTranslucent() {
        GrowthLayout sparse = GrowthLayout.of(cloud(50, 1), GrowthSpec.figure(), 1280, 800, MEASURE);
        GrowthLayout dense = GrowthLayout.of(cloud(2000, 1), GrowthSpec.figure(), 1280, 800, MEASURE);
        assertThat(sparse.dense()).isFalse();
        assertThat(sparse.pointAlpha()).isEqualTo(1);
        assertThat(dense.dense()).isTrue();
        assertThat(dense.sizes().radius()).isLessThan(sparse.sizes().radius() / 2);
        assertThat(dense.pointAlpha()).isBetween(0.2, 0.7);
    }

    @Test
    void aDenseChartLabelsOnlyTheRecordsTheEmphasisedAndTheBooksModels() {
        List<Model> models = new ArrayList<>(cloud(2000, 2));
        // Records: each larger than everything before it (the cloud stays below 100 B).
        models.add(TestModels.user("rec-a", "2019-01", Family.AUTOREGRESSIVE, 300_000_000_000L));
        models.add(TestModels.user("rec-b", "2021-06", Family.AUTOREGRESSIVE, 900_000_000_000L));
        // After the cloud (2019–2022), where its label has room: no label covers another point.
        Model book = TestModels.model("book-model", "2023-03", Family.AUTOREGRESSIVE, 5_000_000_000L);
        models.add(book);
        GrowthLayout layout = GrowthLayout.of(models, GrowthSpec.figure(), 1280, 800, MEASURE, Set.of("m17"));
        Set<String> labelled = layout.points().stream().filter(p -> p.label().isPresent())
                .map(p -> p.point().model().id()).collect(Collectors.toSet());
        assertThat(labelled).contains("rec-a", "rec-b", "book-model", "m17");
        boolean[] records = StandOut.records(layout.data().points());
        for (int i = 0; i < layout.points().size(); i++) {
            GrowthLayout.PlacedPoint p = layout.points().get(i);
            String id = p.point().model().id();
            if (p.label().isPresent()) {
                assertThat(records[i] || id.equals("m17") || id.equals("book-model"))
                        .as("%s is labelled but does not stand out", id).isTrue();
            }
        }
        assertThat(labelled.size()).isLessThan(60);
        List<Box> boxes = layout.points().stream().filter(p -> p.label().isPresent())
                .map(p -> p.label().get().box()).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels overlap").isFalse();
            }
        }
    }

    @Test
    void aRecordIsLargerThanEverythingEarlierInItsSeries() {
        List<Model> models = List.of(
                TestModels.user("a", "2019-01", Family.AUTOREGRESSIVE, 10_000_000_000L),
                TestModels.user("b", "2019-06", Family.AUTOREGRESSIVE, 5_000_000_000L),
                TestModels.user("c", "2019-06", Family.MULTIMODAL, 1_000_000_000L),
                TestModels.user("d", "2020-01", Family.AUTOREGRESSIVE, 20_000_000_000L));
        GrowthLayout layout = GrowthLayout.of(models, GrowthSpec.figure(), 1280, 800, MEASURE);
        boolean[] records = StandOut.records(layout.data().points());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            if (records[i]) {
                ids.add(layout.data().points().get(i).model().id());
            }
        }
        assertThat(ids).containsExactly("a", "c", "d");
    }

    /** Points below 100 B, random dates 2019–2022: a cloud without records after its first weeks. */
    private static List<Model> cloud(int n, long seed) {
        Random random = new Random(seed);
        List<Model> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String date = String.format("%d-%02d", 2019 + random.nextInt(4), 1 + random.nextInt(12));
            long size = (long) (1e8 * Math.pow(10, random.nextDouble() * 2.9));
            out.add(TestModels.user("m" + i, date, Family.AUTOREGRESSIVE, size));
        }
        return out;
    }
}

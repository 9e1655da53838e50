package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.LabelPlacer;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthLabelsTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();

    @ParameterizedTest(name = "{0} log={1} all={2} trends={3}")
    @CsvSource({"EN, true, false, false", "ZH, true, false, true", "EN, true, true, true", "ZH, false, false, false"})
    void noTwoLabelsOverlapForTheBundledDataAt1280x800(Language language, boolean log, boolean all, boolean trends) {
        Catalog catalog = TestModels.bundled();
        GrowthSpec options = new GrowthSpec(new org.genaitimeline.figure.GrowthOptions(log, trends, false, all),
                catalog.eras(), language, 1);
        GrowthLayout layout = GrowthLayout.of(catalog.models(), options, 1280, 800, MEASURE);
        List<Box> labels = new ArrayList<>();
        for (GrowthLayout.PlacedPoint p : layout.points()) {
            p.label().ifPresent(l -> labels.add(l.box()));
        }
        assertThat(layout.points()).hasSizeGreaterThan(25);
        if (log) {
            // On the figure's log axis every point gets its label.
            assertThat(labels).hasSameSizeAs(layout.points());
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j)))
                        .as("labels %s and %s overlap", labels.get(i), labels.get(j)).isFalse();
            }
            assertThat(labels.get(i).intersects(layout.legend())).as("label over the legend").isFalse();
        }
        double r = layout.sizes().radius();
        for (GrowthLayout.PlacedPoint p : layout.points()) {
            Box point = Box.around(p.x(), p.y(), r);
            for (Box l : labels) {
                assertThat(l.intersects(point)).as("label %s covers point %s", l, p.point().name()).isFalse();
            }
        }
    }

    @Test
    void crowdedPointsGetLeaderLinesAndStillDoNotOverlap() {
        List<PointLabels.Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            anchors.add(new PointLabels.Anchor(400 + (i % 4) * 14, 300 + (i / 4) * 14, 6, 70, 28));
        }
        List<Optional<LabelPlacer.Placement>> placed = new PointLabels(new Box(0, 0, 800, 600), List.of())
                .place(anchors);
        assertThat(placed).allMatch(Optional::isPresent);
        assertThat(placed).anyMatch(p -> p.get().leader());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).get().box().intersects(placed.get(j).get().box())).isFalse();
            }
        }
    }

    @Test
    void theLabelIsTheFiguresNameAndSizeLine() {
        List<Model> models = List.of(
                TestModels.model("palm", "PaLM", "2022-04-05", Family.AUTOREGRESSIVE, 540_000_000_000L, null),
                TestModels.model("gpt", "GPT", "2018-06-11", Family.AUTOREGRESSIVE, 117_000_000L, null),
                TestModels.model("sd", "Stable Diffusion", "2022-08-22", Family.MULTIMODAL, 860_000_000L,
                        890_000_000L));
        GrowthData en = GrowthData.of(models, false, Language.EN);
        assertThat(en.points()).extracting(GrowthPoint::name, GrowthPoint::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GPT", "0.117B"),
                org.assertj.core.groups.Tuple.tuple("PaLM", "540B"),
                org.assertj.core.groups.Tuple.tuple("Stable Diffusion", "0.86B"));
        GrowthData zh = GrowthData.of(models, false, Language.ZH);
        assertThat(zh.points()).extracting(GrowthPoint::size).containsExactly("1.17 亿", "5400 亿", "8.6 亿");
        // The print's 0.89B is shown only as the printed figure, marked as the book's own.
        GrowthData book = GrowthData.of(models, false, true, Language.EN);
        assertThat(book.points()).extracting(GrowthPoint::name, GrowthPoint::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Stable Diffusion", "0.89B\u2020"));
    }

    @Test
    void yTicksReadInBillionsInEnglishAndInYiInChinese() {
        GrowthText en = new GrowthText(Language.EN);
        GrowthText zh = new GrowthText(Language.ZH);
        assertThat(List.of(0.1, 0.5, 1.0, 10.0, 1000.0)).extracting(en::yTick)
                .containsExactly("0.1", "0.5", "1", "10", "1,000");
        assertThat(List.of(0.1, 1.0, 10.0, 100.0, 1000.0)).extracting(zh::yTick)
                .containsExactly("1 亿", "10 亿", "100 亿", "1000 亿", "1 万亿");
        assertThat(en.yTitle()).isEqualTo("Parameters (billion)");
    }
}

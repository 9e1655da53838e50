package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineLayoutTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();
    private static final Catalog BUNDLED = new CatalogLoader().loadBundled().catalog().orElseThrow();

    static Stream<Arguments> views() {
        List<Arguments> out = new ArrayList<>();
        for (Orientation o : Orientation.values()) {
            for (Language l : Language.values()) {
                out.add(Arguments.of(o, l, 1.0, 2018.65));
                // 4x zoom into the crowded years and into the quiet ones
                out.add(Arguments.of(o, l, 4.0, 2022.3));
                out.add(Arguments.of(o, l, 4.0, 2016.0));
            }
        }
        return out.stream();
    }

    private static TimelineSpec spec(List<Model> models, Orientation o, Language l, double zoom, double center) {
        double span = (TimelineOptions.DEFAULT_END - TimelineOptions.DEFAULT_START) / zoom;
        return TimelineSpec.of(models, TestModels.eras(), 1600, 1000, MEASURE).withOrientation(o).withLanguage(l)
                .withRange(center - span / 2, center + span / 2);
    }

    @ParameterizedTest
    @MethodSource("views")
    void labelsNeverOverlapForTheBundledCatalog(Orientation o, Language l, double zoom, double center) {
        TimelineLayout layout = TimelineLayout.compute(spec(BUNDLED.models(), o, l, zoom, center));
        assertNoOverlaps(layout);
        long visible = layout.items().stream().filter(i -> layout.axis().contains(i.time())).count();
        assertThat(labelled(layout)).as("most visible models keep their name").isGreaterThan(visible * 6 / 10);
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL,1", "HORIZONTAL,1", "VERTICAL,4", "HORIZONTAL,4"})
    void crowdedCatalogGathersIntoBadgesWithoutOverlap(Orientation o, double zoom) {
        TimelineLayout layout = TimelineLayout.compute(spec(TestModels.crowded(1500), o, Language.EN, zoom, 2018.65));
        assertNoOverlaps(layout);
        assertThat(layout.badges()).isNotEmpty();
        int[] range = layout.visibleRange();
        for (int i = range[0]; i < range[1]; i++) {
            TimelineLayout.Item it = layout.items().get(i);
            if (layout.axis().contains(it.time())) {
                assertThat(it.label() != null || it.badge() >= 0)
                        .as("%s is labelled or in a badge", it.model().id()).isTrue();
            }
        }
        int members = layout.badges().stream().mapToInt(c -> c.members().size()).sum();
        assertThat(layout.badges().get(0).text()).isEqualTo("+" + layout.badges().get(0).members().size());
        assertThat(members).isEqualTo(layout.items().stream().filter(i -> i.badge() >= 0).count());
    }

    @ParameterizedTest
    @CsvSource({"VERTICAL", "HORIZONTAL"})
    void everyModelSitsInItsTypesLaneAtItsDate(Orientation o) {
        TimelineLayout layout = TimelineLayout.compute(spec(BUNDLED.models(), o, Language.EN, 1, 2018.65));
        assertThat(layout.items()).hasSize(BUNDLED.size());
        for (TimelineLayout.Item it : layout.items()) {
            Lane lane = layout.lanes().get(it.lane());
            assertThat(lane.id()).isEqualTo(it.model().family().id());
            double across = o == Orientation.VERTICAL ? it.x() : it.y();
            double along = o == Orientation.VERTICAL ? it.y() : it.x();
            assertThat(across).isBetween(lane.start(), lane.end());
            assertThat(along).isCloseTo(layout.axis().forward(it.model().date().toFractionalYear()),
                    within(1e-9));
        }
    }

    /** The book's prose says 2018; the growth chart and the printed figure put GPT-2 at its release. */
    @Test
    void gpt2SitsAtItsReleaseAsOnTheGrowthChartNotAtTheProsesYear() {
        Model gpt2 = BUNDLED.model("gpt-2").orElseThrow();
        assertThat(gpt2.printedDate().toString()).as("the prose's year, kept for the tables").isEqualTo("2018");
        assertThat(TimelineLayout.timeOf(gpt2)).isCloseTo(2019.12, within(0.01));
    }

    @Test
    void lanesFollowFigure141AndAddGeneralOnlyWhenPresent() {
        List<Model> figureOnly = List.of(TestModels.model("a", "2020-01", Family.GAN));
        TimelineLayout six = TimelineLayout.compute(TimelineSpec.of(figureOnly, List.of(), 1600, 1000, MEASURE));
        assertThat(six.lanes()).extracting(Lane::id)
                .containsExactly("vae", "gan", "autoregressive", "flow", "energy-diffusion", "multimodal");
        List<Model> withGeneral = List.of(TestModels.model("a", "2020-01", Family.GAN),
                TestModels.model("b", "2020-01", Family.GENERAL));
        TimelineLayout seven = TimelineLayout.compute(TimelineSpec.of(withGeneral, List.of(), 1600, 1000, MEASURE));
        assertThat(seven.lanes()).extracting(Lane::id).endsWith("multimodal", "general");
        assertThat(seven.legend()).extracting(TimelineLayout.LegendEntry::text)
                .startsWith("Variational Autoencoder").endsWith("General");
    }

    @Test
    void axisLabelsAreLocalised() {
        List<Model> one = List.of(TestModels.model("a", "2022-03", Family.GAN));
        TimelineSpec quarters = TimelineSpec.of(one, List.of(), 1600, 1000, MEASURE).withRange(2019.0, 2023.0);
        assertThat(TimelineLayout.compute(quarters).axisLabels()).extracting(TimelineLayout.AxisLabel::text)
                .contains("2022", "Q2");
        assertThat(TimelineLayout.compute(quarters.withLanguage(Language.ZH)).axisLabels())
                .extracting(TimelineLayout.AxisLabel::text).contains("2022", "第2季度");
    }

    @Test
    void hitTestingFindsTheModelUnderItsCircleAndTheEraUnderItsStrip() {
        TimelineLayout layout = TimelineLayout.compute(spec(BUNDLED.models(), Orientation.VERTICAL, Language.EN, 1,
                2018.65));
        TimelineLayout.Item gpt3 = layout.item("gpt-3").orElseThrow();
        assertThat(layout.modelAt(gpt3.x() + 2, gpt3.y() - 2)).map(i -> i.model().id()).contains("gpt-3");
        TimelineLayout.EraBand era = layout.eraBands().get(1);
        assertThat(layout.eraAt(era.strip().centerX(), era.strip().centerY())).map(e -> e.era().id())
                .contains(era.era().id());
        assertThat(layout.modelAt(layout.plot().maxX() - 1, layout.plot().maxY() - 1)).isEmpty();
    }

    @Test
    void dimmedModelsYieldLabelSpaceToHighlightedOnes() {
        List<Model> crowd = TestModels.crowded(600);
        Set<String> dimmed = new java.util.HashSet<>();
        crowd.stream().skip(1).forEach(m -> dimmed.add(m.id()));
        TimelineSpec spec = spec(crowd, Orientation.VERTICAL, Language.EN, 1, 2018.65).withDimmed(dimmed);
        TimelineLayout layout = TimelineLayout.compute(spec);
        TimelineLayout.Item first = layout.item(crowd.get(0).id()).orElseThrow();
        assertThat(first.dimmed()).isFalse();
        assertThat(first.label()).isNotNull();
        assertThat(layout.item(crowd.get(1).id()).orElseThrow().dimmed()).isTrue();
    }

    @Test
    void emptyCatalogSaysSo() {
        TimelineLayout layout = TimelineLayout.compute(TimelineSpec.of(List.of(), List.of(), 800, 600, MEASURE));
        assertThat(layout.emptyText()).startsWith("No models");
        assertThat(layout.lanes()).hasSize(6);
    }

    private static long labelled(TimelineLayout layout) {
        return layout.items().stream().filter(i -> i.label() != null).count();
    }

    private static String describe(TimelineLayout.Badge c) {
        return "badge " + c.members().stream().map(Model::id).toList();
    }

    private static void assertNoOverlaps(TimelineLayout layout) {
        List<Box> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (TimelineLayout.Item it : layout.items()) {
            if (it.label() != null) {
                boxes.add(it.label().box());
                names.add(it.model().id());
                assertThat(layout.plot().encloses(it.label().box())).as("%s inside the plot", it.model().id())
                        .isTrue();
            }
        }
        for (TimelineLayout.Badge c : layout.badges()) {
            boxes.add(c.box());
            names.add(describe(c));
        }
        for (TimelineLayout.EraBand e : layout.eraBands()) {
            if (e.label() != null) {
                boxes.add(e.label());
                names.add("era " + e.era().id());
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("%s overlaps %s", names.get(i), names.get(j)).isFalse();
            }
        }
        int[] range = layout.visibleRange();
        for (int k = range[0]; k < range[1]; k++) {
            TimelineLayout.Item it = layout.items().get(k);
            if (!it.drawn()) {
                // Folded into a crowd's badge: no circle to cover, and the badge stands where it would be.
                continue;
            }
            Box circle = new Box(it.x() - it.r(), it.y() - it.r(), 2 * it.r(), 2 * it.r());
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(circle.intersects(boxes.get(i))).as("%s covers the circle of %s", names.get(i),
                        it.model().id()).isFalse();
            }
        }
    }
}

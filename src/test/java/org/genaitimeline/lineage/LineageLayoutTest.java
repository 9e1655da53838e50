package org.genaitimeline.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.BoxIndex;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.LineageOptions.Direction;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lineage layout's promises, checked on every model of the bundled catalog as the centre
 * (the whole family tree, both ways) and on a synthetic 2,000-model graph: layers in time order,
 * no two nodes overlapping, no link through a node it does not end at. Each check counts the
 * faults and expects exactly none.
 */
class LineageLayoutTest {

    private static final Catalog BUNDLED = LineageFixtures.bundled();
    private static final LineageGraph GRAPH = LineageGraph.of(BUNDLED);
    private static final LineageOptions WHOLE_TREE = LineageOptions.DEFAULT.withDepth(LineageOptions.ALL)
            .withDirection(Direction.BOTH);

    private static LineagePlot layout(LineageGraph graph, String centre, LineageOptions o, double w, double h,
            Language language, double labelScale) {
        LineageSelection sel = graph.select(centre, o);
        return LineageLayout.compute(LineageSpec.of(sel, graph.catalog().eras(), w, h, language,
                TextMeasure.approximate()).withScales(labelScale, 1));
    }

    /** Every model as the centre, in English at the app's size and in Chinese on a projector. */
    static Stream<Arguments> everyCentre() {
        return BUNDLED.models().stream().flatMap(m -> Stream.of(
                Arguments.of(m.id(), Language.EN, 1600.0, 1000.0, 1.0),
                Arguments.of(m.id(), Language.ZH, 1920.0, 1080.0, 1.3)));
    }

    @ParameterizedTest(name = "{0} {1} {2}x{3}")
    @MethodSource("everyCentre")
    void theWholeTreeOfEveryBundledModelIsLaidOutWithoutAFault(String centre, Language language, double w, double h,
            double labelScale) {
        LineagePlot plot = layout(GRAPH, centre, WHOLE_TREE, w, h, language, labelScale);
        LineageSelection sel = GRAPH.select(centre, WHOLE_TREE);

        assertThat(plot.nodes()).hasSize(sel.nodes().size());
        assertThat(plot.edges()).hasSize(sel.edges().size());
        assertThat(plot.centre()).contains(centre);
        assertNoFaults(plot);
    }

    @Test
    void aSyntheticGraphOfTwoThousandModelsIsLaidOutWithoutAFault() {
        LineageGraph graph = LineageGraph.of(LineageFixtures.synthetic(2000, 14));
        // The oldest model leads to nearly all: the whole graph, with links across hundreds of rows.
        LineagePlot plot = layout(graph, "m0", WHOLE_TREE, 1600, 1000, Language.EN, 1);
        LineageSelection sel = graph.select("m0", WHOLE_TREE);

        assertThat(sel.nodes().size()).isGreaterThan(1900);
        assertThat(plot.nodes()).hasSize(sel.nodes().size());
        assertThat(plot.edges()).hasSize(sel.edges().size());
        // Far too many for 1600 x 1000: smallest type, then the figure extends (the tab scrolls it).
        assertThat(plot.fit()).isEqualTo(LineagePlot.Fit.EXTENDED);
        assertThat(plot.fontSize()).isGreaterThanOrEqualTo(LineageLayout.MIN_FONT);
        assertThat(plot.height()).isGreaterThan(1000);
        assertNoFaults(plot);
    }

    @Test
    void aLargeFamilyInASmallFigureKeepsItsLinksInsideIt() {
        // 400 px wide: the rows reach the right edge, and a link must not round a node past it.
        LineagePlot plot = layout(GRAPH, "transformer", WHOLE_TREE, 400, 300, Language.EN, 1);

        assertThat(plot.fit()).isEqualTo(LineagePlot.Fit.EXTENDED);
        assertThat(plot.width()).isEqualTo(400);
        assertNoFaults(plot);
    }

    @Test
    void aMiddleModelOfTheSyntheticGraphBothWaysIsLaidOutWithoutAFault() {
        LineageGraph graph = LineageGraph.of(LineageFixtures.synthetic(2000, 7));
        LineagePlot plot = layout(graph, "m1000", WHOLE_TREE.withPathTo("m1990"), 1920, 1080, Language.ZH, 1.3);

        assertThat(plot.nodes().size()).isGreaterThan(500);
        assertNoFaults(plot);
    }

    @Test
    void aSmallFamilyGetsLargerTextAndALargeOneSmallerTextBeforeItExtends() {
        LineagePlot small = layout(GRAPH, "chatgpt", LineageOptions.DEFAULT.withDepth(1), 1920, 1080, Language.EN, 1);
        LineagePlot large = layout(GRAPH, "transformer", WHOLE_TREE, 800, 500, Language.EN, 1);

        assertThat(small.fit()).isEqualTo(LineagePlot.Fit.FITS);
        assertThat(small.typeScale()).isGreaterThan(1);
        assertThat(large.fit()).isIn(LineagePlot.Fit.SMALLER_TYPE, LineagePlot.Fit.EXTENDED);
        assertThat(large.typeScale()).isLessThan(1);
        assertThat(large.fontSize()).isGreaterThanOrEqualTo(LineageLayout.MIN_FONT);
        // Kept at the theme's size when asked (the tab may want the text to stay put).
        LineagePlot fixed = LineageLayout.compute(LineageSpec.of(GRAPH.select("chatgpt",
                LineageOptions.DEFAULT.withDepth(1)), BUNDLED.eras(), 1920, 1080, Language.EN,
                TextMeasure.approximate()).withMaxTypeScale(1));
        assertThat(fixed.typeScale()).isEqualTo(1);
        assertThat(fixed.fontSize()).isEqualTo(LineageLayout.FONT);
    }

    @Test
    void whatFitsStaysInsideTheSizeAskedAndWhatExtendsSaysSo() {
        for (Model m : BUNDLED.models()) {
            LineagePlot plot = layout(GRAPH, m.id(), WHOLE_TREE, 1600, 1000, Language.EN, 1);
            boolean inside = plot.width() == 1600 && plot.height() == 1000;
            assertThat(inside).as(m.id()).isEqualTo(plot.fit() != LineagePlot.Fit.EXTENDED);
            for (LineagePlot.Node n : plot.nodes()) {
                assertThat(new Box(0, 0, plot.width(), plot.height()).encloses(n.box())).as(n.id()).isTrue();
            }
        }
    }

    @Test
    void theCentreIsEmphasisedAndPathModeMarksTheRoutesAlone() {
        LineagePlot plot = layout(GRAPH, "vae", LineageOptions.DEFAULT.withPathTo("stable-diffusion"), 1600, 1000,
                Language.EN, 1);
        LineagePlot.Node centre = plot.node("vae").orElseThrow();
        LineagePlot.Node other = plot.node("vq-vae").orElseThrow();

        assertThat(centre.centre()).isTrue();
        assertThat(other.centre()).isFalse();
        assertThat(centre.r()).isGreaterThan(other.r());
        LineageGraph.Route route = GRAPH.route("vae", "stable-diffusion");
        for (LineagePlot.Edge e : plot.edges()) {
            assertThat(e.onPath()).as(e.key()).isEqualTo(route.edges().contains(new LineageGraph.Edge(e.from(), e.to())));
        }
        assertThat(plot.edges().stream().filter(LineagePlot.Edge::onPath)).hasSize(route.edges().size());
    }

    @Test
    void aClickOnANodeFindsIt() {
        LineagePlot plot = layout(GRAPH, "chatgpt", WHOLE_TREE, 1600, 1000, Language.EN, 1);
        for (LineagePlot.Node n : plot.nodes()) {
            assertThat(plot.nodeAt(n.cx(), n.cy()).map(LineagePlot.Node::id)).contains(n.id());
            assertThat(plot.nodeAt(n.label().centerX(), n.label().centerY()).map(LineagePlot.Node::id)).contains(n.id());
        }
        assertThat(plot.nodeAt(-5, -5)).isEmpty();
    }

    /** Layers in time order, no overlapping nodes, no link through a node or band name it does not touch. */
    private static void assertNoFaults(LineagePlot plot) {
        assertThat(timeOrderFaults(plot)).as("nodes out of time order").isZero();
        assertThat(overlaps(plot)).as("overlapping node boxes").isZero();
        assertThat(crossings(plot)).as("link segments through a node they do not touch").isZero();
        assertThat(bendsOffTheGrid(plot)).as("link segments neither horizontal nor vertical").isZero();
        assertThat(outside(plot)).as("link corners and nodes outside the plot").isZero();
    }

    private static int outside(LineagePlot plot) {
        Box area = plot.plot();
        int faults = 0;
        for (LineagePlot.Edge e : plot.edges()) {
            for (int i = 0; i < e.corners(); i++) {
                faults += area.contains(e.x(i), e.y(i)) ? 0 : 1;
            }
        }
        for (LineagePlot.Node n : plot.nodes()) {
            faults += area.encloses(n.box()) ? 0 : 1;
        }
        return faults;
    }

    private static int timeOrderFaults(LineagePlot plot) {
        List<LineagePlot.Node> byDate = new ArrayList<>(plot.nodes());
        byDate.sort(Comparator.comparing((LineagePlot.Node n) -> n.model().date()));
        int faults = 0;
        for (int i = 1; i < byDate.size(); i++) {
            boolean later = byDate.get(i).model().date().compareTo(byDate.get(i - 1).model().date()) > 0;
            if (later && byDate.get(i).cx() <= byDate.get(i - 1).cx()) {
                faults++;
            }
        }
        return faults;
    }

    private static int overlaps(LineagePlot plot) {
        BoxIndex index = new BoxIndex(64);
        int faults = 0;
        for (LineagePlot.Node n : plot.nodes()) {
            Box b = n.box();
            if (index.hits(b)) {
                faults++;
            }
            index.add(b);
            if (!b.encloses(n.label()) || !b.contains(n.cx(), n.cy())) {
                faults++; // the box must hold the name and the marker it stands for
            }
        }
        return faults;
    }

    private static int crossings(LineagePlot plot) {
        BoxIndex index = new BoxIndex(64);
        Map<String, Box> boxOf = new HashMap<>();
        for (LineagePlot.Node n : plot.nodes()) {
            index.add(n.box());
            boxOf.put(n.id(), n.box());
        }
        plot.bands().forEach(b -> index.add(b.labelBox()));
        int faults = 0;
        for (LineagePlot.Edge e : plot.edges()) {
            Box from = boxOf.get(e.from());
            Box to = boxOf.get(e.to());
            for (int i = 1; i < e.corners(); i++) {
                double x1 = e.x(i - 1);
                double y1 = e.y(i - 1);
                double x2 = e.x(i);
                double y2 = e.y(i);
                Box area = new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
                if (index.any(area, b -> b != from && b != to && b.crossedBy(x1, y1, x2, y2))) {
                    faults++;
                }
            }
        }
        return faults;
    }

    private static int bendsOffTheGrid(LineagePlot plot) {
        int faults = 0;
        for (LineagePlot.Edge e : plot.edges()) {
            for (int i = 1; i < e.corners(); i++) {
                if (e.x(i) != e.x(i - 1) && e.y(i) != e.y(i - 1)) {
                    faults++;
                }
            }
        }
        return faults;
    }
}

package org.genaitimeline.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;

/** The frames of the re-centring glide, between two real plots of the bundled catalog. */
class LineageTweenTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private static final LineageGraph GRAPH = LineageGraph.of(CATALOG);

    private static LineagePlot plot(String centre) {
        return LineageLayout.compute(LineageSpec.of(GRAPH.select(centre, LineageOptions.DEFAULT), CATALOG.eras(), 1200,
                700, Language.EN, TextMeasure.approximate()));
    }

    private final LineagePlot before = plot("gpt-3");
    private final LineagePlot after = plot("gpt-2");

    @Test
    void aModelInBothPlotsStartsWhereItWasAndEndsWhereItGoes() {
        LineagePlot.Node was = before.node("gpt-2").orElseThrow();
        LineagePlot.Node goes = after.node("gpt-2").orElseThrow();
        assertThat(was.cx() != goes.cx() || was.cy() != goes.cy()).as("the re-centring moves it").isTrue();

        LineagePlot.Node start = LineageTween.between(before, after, 0).node("gpt-2").orElseThrow();
        LineagePlot.Node half = LineageTween.between(before, after, 0.5).node("gpt-2").orElseThrow();

        assertThat(start.cx()).isCloseTo(was.cx(), within(1e-9));
        assertThat(start.cy()).isCloseTo(was.cy(), within(1e-9));
        assertThat(half.cx()).isCloseTo((was.cx() + goes.cx()) / 2, within(1e-9));
        assertThat(half.cy()).isCloseTo((was.cy() + goes.cy()) / 2, within(1e-9));
        // Its name moves with its marker.
        assertThat(half.label().x() - half.cx()).isCloseTo(goes.label().x() - goes.cx(), within(1e-9));
    }

    @Test
    void atTheEndTheFrameIsTheNewPlotItself() {
        assertThat(LineageTween.between(before, after, 1)).isSameAs(after);
        assertThat(LineageTween.between(null, after, 0)).isSameAs(after);
    }

    @Test
    void aNewModelIsAtItsPlaceFromTheStartAndAGoneOneIsNotDrawn() {
        String arriving = after.nodes().stream().map(LineagePlot.Node::id).filter(id -> before.node(id).isEmpty())
                .findFirst().orElseThrow();
        String leaving = before.nodes().stream().map(LineagePlot.Node::id).filter(id -> after.node(id).isEmpty())
                .findFirst().orElseThrow();

        LineagePlot start = LineageTween.between(before, after, 0);

        assertThat(start.node(arriving).orElseThrow().cx()).isEqualTo(after.node(arriving).orElseThrow().cx());
        assertThat(start.node(leaving)).isEmpty();
        assertThat(start.nodes()).hasSameSizeAs(after.nodes());
    }

    @Test
    void everyLinkOfAFrameRunsBetweenItsTwoModelsAsTheyAreThen() {
        LineagePlot half = LineageTween.between(before, after, 0.5);

        assertThat(half.edges()).hasSameSizeAs(after.edges());
        for (LineagePlot.Edge e : half.edges()) {
            LineagePlot.Node parent = half.node(e.from()).orElseThrow();
            LineagePlot.Node child = half.node(e.to()).orElseThrow();
            int last = e.corners() - 1;
            // A link leaves its parent's box (past the name) and ends at its child's marker.
            assertThat(parent.box().inflate(parent.r()).contains(e.x(0), e.y(0))).as(e.key() + " start").isTrue();
            assertThat(child.box().inflate(child.r()).contains(e.x(last), e.y(last))).as(e.key() + " end").isTrue();
        }
    }
}

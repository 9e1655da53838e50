package org.genaitimeline.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.LineageOptions.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineageGraphTest {

    private static final Catalog BUNDLED = LineageFixtures.bundled();
    private static final LineageGraph GRAPH = LineageGraph.of(BUNDLED);

    private static List<String> ids(List<Model> models) {
        return models.stream().map(Model::id).toList();
    }

    @Test
    void depthOneBothWaysIsTheCentreItsParentsAndItsChildren() {
        Model transformer = BUNDLED.model("transformer").orElseThrow();
        Set<String> expected = new HashSet<>();
        expected.add("transformer");
        BUNDLED.buildsOn(transformer).forEach(m -> expected.add(m.id()));
        BUNDLED.ledTo(transformer).forEach(m -> expected.add(m.id()));

        List<String> reach = GRAPH.reach("transformer", 1, Direction.BOTH);

        assertThat(reach.get(0)).isEqualTo("transformer");
        assertThat(reach).containsExactlyInAnyOrderElementsOf(expected);
        // 13 when issue 14 was filed; the link review added LLaMA, GPT-4, PanGu-Sigma and BLOOM
        // and moved Gopher to GPT-2 (docs/DATA-SOURCES.md, "How a link is justified").
        assertThat(GRAPH.children("transformer")).hasSize(16);
    }

    @Test
    void ancestorsGoBackwardOnlyAndDeeperDepthsReachFurther() {
        List<String> one = GRAPH.reach("chatgpt", 1, Direction.ANCESTORS);
        List<String> two = GRAPH.reach("chatgpt", 2, Direction.ANCESTORS);
        List<String> all = GRAPH.reach("chatgpt", LineageOptions.ALL, Direction.ANCESTORS);

        assertThat(one).containsExactly("chatgpt", "gpt-3-5");
        // GPT-3.5's base model is a Codex model (OpenAI's model index), not GPT-3 itself.
        assertThat(two).containsExactlyInAnyOrder("chatgpt", "gpt-3-5", "codex");
        // ChatGPT goes back through GPT-3.5, Codex, GPT-3, GPT-2, GPT and the Transformer to attention.
        assertThat(all).contains("gpt-3", "gpt-2", "gpt", "transformer", "attention", "encoder-decoder")
                .doesNotContain("llama", "stable-diffusion");
        for (String id : all) {
            Model m = BUNDLED.model(id).orElseThrow();
            assertThat(m.date()).as(id).isLessThanOrEqualTo(BUNDLED.model("chatgpt").orElseThrow().date());
        }
    }

    @Test
    void descendantsAreEveryModelThatLeadsBackToTheCentre() {
        List<String> down = GRAPH.reach("transformer", LineageOptions.ALL, Direction.DESCENDANTS);
        assertThat(down).contains("gpt", "bert", "chatgpt", "stable-diffusion").doesNotContain("attention", "gan");
        for (String id : down.subList(1, down.size())) {
            assertThat(GRAPH.route("transformer", id).nodes()).as(id).contains("transformer", id);
        }
    }

    @Test
    void anUnknownCentreReachesNothing() {
        assertThat(GRAPH.reach("no-such-model", 2, Direction.BOTH)).isEmpty();
        assertThat(GRAPH.select("no-such-model", LineageOptions.DEFAULT).isEmpty()).isTrue();
        assertThat(GRAPH.parents("no-such-model")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "vae, stable-diffusion, vq-vae;vq-gan;latent-diffusion",
        "transformer, chatgpt, gpt;gpt-2;gpt-3;gpt-3-5",
        // either way round: the older end is found as the ancestor
        "chatgpt, transformer, gpt;gpt-2;gpt-3;gpt-3-5",
    })
    void routesPassThroughTheModelsTheBookNames(String a, String b, String via) {
        LineageGraph.Route route = GRAPH.route(a, b);
        assertThat(route.nodes()).contains(a, b).contains(via.split(";"));
        // Every link of the route joins two models of the route, and every model but the
        // ancestor end has a parent on it: the routes are connected from end to end.
        for (LineageGraph.Edge e : route.edges()) {
            assertThat(route.nodes()).contains(e.from(), e.to());
        }
        for (String id : route.nodes()) {
            if (!id.equals(route.from())) {
                assertThat(route.edges()).as(id).anyMatch(e -> e.to().equals(id));
            }
        }
        assertThat(route.nodes()).doesNotContain("gan", "llama");
    }

    @Test
    void twoModelsOnSeparateBranchesHaveNoRoute() {
        // The GAN and ChatGPT share no line: neither leads to the other.
        LineageGraph.Route route = GRAPH.route("gan", "chatgpt");
        assertThat(route.isEmpty()).isTrue();
        assertThat(route.edges()).isEmpty();
        LineageSelection sel = GRAPH.select("gan", LineageOptions.DEFAULT.withPathTo("chatgpt"));
        assertThat(sel.hasRoute()).isFalse();
        assertThat(sel.ids()).doesNotContain("chatgpt");
    }

    @Test
    void siblingsShareAParentAndNeverIncludeTheModelItself() {
        Set<String> expected = new HashSet<>();
        Model bert = BUNDLED.model("bert").orElseThrow();
        for (Model parent : BUNDLED.buildsOn(bert)) {
            BUNDLED.ledTo(parent).forEach(m -> expected.add(m.id()));
        }
        expected.remove("bert");

        List<String> siblings = ids(GRAPH.siblings("bert"));

        assertThat(siblings).containsExactlyInAnyOrderElementsOf(expected).contains("gpt", "vit")
                .doesNotContain("bert").doesNotHaveDuplicates();
        assertThat(GRAPH.siblings("gpt-2")).isEmpty(); // GPT's only child
    }

    @Test
    void parentsAndChildrenAreChronological() {
        List<Model> children = GRAPH.children("transformer");
        for (int i = 1; i < children.size(); i++) {
            assertThat(Catalog.BY_DATE.compare(children.get(i - 1), children.get(i))).isNegative();
        }
        assertThat(ids(GRAPH.parents("stable-diffusion"))).containsExactlyInAnyOrder("latent-diffusion", "clip");
    }

    @Test
    void pathModeShowsTheWholeRouteHoweverShallowTheDepth() {
        LineageSelection sel = GRAPH.select("vae",
                new LineageOptions(1, Direction.DESCENDANTS, Optional.of("stable-diffusion")));

        assertThat(sel.ids()).contains("vq-vae", "vq-gan", "latent-diffusion", "stable-diffusion");
        assertThat(sel.hasRoute()).isTrue();
        assertThat(sel.onPath("latent-diffusion")).isTrue();
        assertThat(sel.onPath(new LineageGraph.Edge("latent-diffusion", "stable-diffusion"))).isTrue();
        // The VAE's other children are shown (depth 1) but are not on the route.
        assertThat(sel.nodes().stream().filter(m -> !sel.onPath(m.id()))).isNotEmpty();
    }

    @Test
    void theSelectionHoldsEveryLinkBetweenTheModelsItShows() {
        LineageSelection sel = GRAPH.select("stable-diffusion", LineageOptions.DEFAULT.withDepth(LineageOptions.ALL));
        Set<String> shown = sel.ids();
        Set<LineageGraph.Edge> expected = new HashSet<>();
        for (Model m : sel.nodes()) {
            for (Model p : BUNDLED.buildsOn(m)) {
                if (shown.contains(p.id())) {
                    expected.add(new LineageGraph.Edge(p.id(), m.id()));
                }
            }
        }
        assertThat(sel.edges()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sel.centre()).isEqualTo("stable-diffusion");
    }

    @Test
    void aLargeChainIsWalkedWithoutRecursion() {
        // 50,000 models each building on the one before: a recursive walk would overflow the stack.
        List<Model> chain = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String date = java.time.LocalDate.of(1900, 1, 1).plusDays(i).toString();
            chain.add(i == 0 ? LineageFixtures.model("c0", date, Family.GAN)
                    : LineageFixtures.model("c" + i, date, Family.GAN, "c" + (i - 1)));
        }
        LineageGraph g = LineageGraph.of(new Catalog(chain, List.of(), "chain"));

        assertThat(g.reach("c49999", LineageOptions.ALL, Direction.ANCESTORS)).hasSize(50_000);
        assertThat(g.route("c0", "c49999").nodes()).hasSize(50_000);
        assertThat(g.reach("c100", 3, Direction.BOTH)).containsExactlyInAnyOrder("c100", "c97", "c98", "c99",
                "c101", "c102", "c103");
        assertThat(g.siblings("c5")).isEmpty();
        assertThat(g.reach("c0", 2, Direction.ANCESTORS).stream().collect(Collectors.toList())).containsExactly("c0");
    }
}

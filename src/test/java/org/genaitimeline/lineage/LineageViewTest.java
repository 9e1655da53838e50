package org.genaitimeline.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Lineage view as a reader uses it: select, click, change the depth, type a path, walk with
 * the keys. What it should show is worked out here from the catalog's {@code buildsOn} fields
 * directly, not through {@link LineageGraph}, so a wrong walk in either is caught.
 */
@ExtendWith(ApplicationExtension.class)
class LineageViewTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private LineageView view;

    @Start
    void start(Stage stage) {
        view = new LineageView();
        view.setCatalog(CATALOG);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private static Model model(String id) {
        return CATALOG.model(id).orElseThrow();
    }

    private static Set<String> parents(String id) {
        return model(id).buildsOn().stream().filter(p -> CATALOG.model(p).isPresent()).collect(Collectors.toSet());
    }

    private static Set<String> children(String id) {
        return CATALOG.models().stream().filter(m -> m.buildsOn().contains(id)).map(Model::id)
                .collect(Collectors.toSet());
    }

    /** The centre, its parents and children, and theirs: depth 2 both ways, by hand. */
    private static Set<String> twoStepsBothWays(String id) {
        Set<String> out = new HashSet<>(Set.of(id));
        for (String p : parents(id)) {
            out.add(p);
            out.addAll(parents(p));
        }
        for (String c : children(id)) {
            out.add(c);
            out.addAll(children(c));
        }
        return out;
    }

    private LineagePlot plot() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.getCurrentPlot();
    }

    private Set<String> shown() {
        return plot().nodes().stream().map(LineagePlot.Node::id).collect(Collectors.toSet());
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> view.setSelectedModel(model(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return view.localToScreen(view.nodeLocation(id).orElseThrow());
    }

    @Test
    void clickingANodeSelectsItAndTheTreeRecentresOnIt(FxRobot robot) {
        select(robot, "gpt-3");

        robot.clickOn(onScreen("gpt-2"));

        assertThat(view.getSelectedModel()).isEqualTo(model("gpt-2"));
        assertThat(plot().centre()).contains("gpt-2");
        assertThat(shown()).isEqualTo(twoStepsBothWays("gpt-2"));
    }

    @Test
    void shiftClickingANodeShowsTheRoutesToIt(FxRobot robot) {
        select(robot, "gpt-3");

        // Two steps down: GPT-3 -> Codex -> GPT-3.5.
        robot.press(KeyCode.SHIFT).clickOn(onScreen("gpt-3-5")).release(KeyCode.SHIFT);

        assertThat(view.getSelectedModel()).as("the centre stays").isEqualTo(model("gpt-3"));
        assertThat(view.getOptions().pathTo()).contains("gpt-3-5");
        assertThat(plot().nodes().stream().filter(LineagePlot.Node::onPath).map(LineagePlot.Node::id))
                .containsExactlyInAnyOrder("gpt-3", "codex", "gpt-3-5");
    }

    @Test
    void aSelectedModelShowsItsParentsChildrenAndTheirs(FxRobot robot) {
        select(robot, "chatgpt");

        assertThat(shown()).isEqualTo(twoStepsBothWays("chatgpt"));
        assertThat(plot().centre()).contains("chatgpt");
        assertThat(robot.lookup("#lineage-empty").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theDepthButtonsChangeHowFarTheTreeReaches(FxRobot robot) {
        select(robot, "gpt-3");
        int two = shown().size();

        robot.clickOn("#lineage-depth-1");
        Set<String> one = new HashSet<>(parents("gpt-3"));
        one.addAll(children("gpt-3"));
        one.add("gpt-3");
        assertThat(view.getOptions().depth()).isEqualTo(1);
        assertThat(shown()).isEqualTo(one);
        assertThat(one.size()).isLessThan(two);

        robot.clickOn("#lineage-depth-all");
        assertThat(view.getOptions().depth()).isEqualTo(LineageOptions.ALL);
        assertThat(shown().size()).isGreaterThan(two);

        robot.clickOn("#lineage-direction-ancestors");
        assertThat(shown()).contains("gpt-2", "gpt", "transformer").doesNotContain("chatgpt", "codex");
    }

    @Test
    void typingAModelInPathModeHighlightsTheRoutesToIt(FxRobot robot) {
        select(robot, "stable-diffusion");
        assertThat(shown()).doesNotContain("vae");

        robot.clickOn("#lineage-path").write("Variational Autoencoder").type(KeyCode.ENTER);

        assertThat(view.getOptions().pathTo()).contains("vae");
        LineagePlot p = plot();
        Set<String> onPath = p.nodes().stream().filter(LineagePlot.Node::onPath).map(LineagePlot.Node::id)
                .collect(Collectors.toSet());
        assertThat(onPath).contains("vae", "stable-diffusion");
        List<LineagePlot.Edge> route = p.edges().stream().filter(LineagePlot.Edge::onPath).toList();
        assertThat(route).anyMatch(e -> e.from().equals("vae")).anyMatch(e -> e.to().equals("stable-diffusion"));
        // Every highlighted link is a real one: the child builds on the parent.
        assertThat(route).allMatch(e -> model(e.to()).buildsOn().contains(e.from()));
        // ...and ends in a highlighted model at both ends, so the routes read as one connected whole.
        assertThat(route).allMatch(e -> onPath.contains(e.from()) && onPath.contains(e.to()));

        robot.clickOn("#lineage-path-clear");
        assertThat(view.getOptions().pathTo()).isEmpty();
        assertThat(plot().nodes()).noneMatch(LineagePlot.Node::onPath);
    }

    @Test
    void arrowKeysWalkParentsAndChildrenAndSayWhereTheFocusIs(FxRobot robot) {
        select(robot, "gpt-3");
        robot.interact(view::requestFocus);

        robot.type(KeyCode.HOME);
        assertThat(view.focus().getFocused()).isEqualTo("gpt-3");
        assertThat(view.getAccessibleText()).startsWith("GPT-3, ").contains("builds on GPT-2", "led to ");

        robot.type(KeyCode.LEFT);
        assertThat(view.focus().getFocused()).isEqualTo("gpt-2");
        assertThat(view.getAccessibleText()).startsWith("GPT-2, ").contains("led to ");

        robot.type(KeyCode.RIGHT);
        assertThat(view.focus().getFocused()).as("back to where the walk came from").isEqualTo("gpt-3");

        robot.type(KeyCode.RIGHT);
        String child = view.focus().getFocused();
        assertThat(children("gpt-3")).contains(child);
        assertThat(view.getAccessibleText()).startsWith(model(child).name() + ", ").contains("builds on ");

        robot.type(KeyCode.DOWN);
        String sibling = view.focus().getFocused();
        assertThat(sibling).isNotEqualTo(child);
        assertThat(parents(sibling)).as("a sibling shares a parent").containsAnyElementsOf(parents(child));

        robot.type(KeyCode.ENTER);
        assertThat(view.getSelectedModel()).isEqualTo(model(sibling));
        assertThat(plot().centre()).contains(sibling);
    }

    @Test
    void withoutASelectionOrWithoutLinksTheViewSaysSo(FxRobot robot) {
        Label empty = robot.lookup("#lineage-empty").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("Select a model to see its family tree");

        Model lone = CATALOG.models().stream().filter(m -> parents(m.id()).isEmpty() && children(m.id()).isEmpty())
                .findFirst().orElseThrow();
        select(robot, lone.id());
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith(lone.name() + " has no links");

        robot.interact(() -> {
            view.setSelectedModel(null);
            view.setLanguage(Language.ZH);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(empty.getText()).isEqualTo("选择一个模型，查看它的家族树");
    }
}

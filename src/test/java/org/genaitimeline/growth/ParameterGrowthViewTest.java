package org.genaitimeline.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.LinearScale;
import org.genaitimeline.figure.LogScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ParameterGrowthViewTest {

    private final Model gpt = TestModels.model("gpt", "GPT", "2018-06-11", Family.AUTOREGRESSIVE, 117_000_000L, null);
    private final Model gpt2 = TestModels.model("gpt-2", "GPT-2", "2019-02-14", Family.AUTOREGRESSIVE,
            1_500_000_000L, null, "gpt");
    private final Model gpt3 = TestModels.model("gpt-3", "GPT-3", "2020-05-28", Family.AUTOREGRESSIVE,
            175_000_000_000L, null, "gpt-2");
    private final Model dalle = TestModels.model("dall-e", "DALL.E", "2021-02-24", Family.MULTIMODAL,
            12_000_000_000L, null, "gpt-3");
    private final ObservableList<Model> all = FXCollections.observableArrayList(gpt, gpt2, gpt3, dalle);
    private final FilteredList<Model> filtered = new FilteredList<>(all);
    private ParameterGrowthView view;

    @Start
    void start(Stage stage) {
        view = new ParameterGrowthView();
        view.setModels(filtered);
        view.setCatalog(new Catalog(all, List.of(), "test"));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private GrowthLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        // The skin paints in a layout pass; run the pending one now rather than hope a pulse
        // came before this read (on a loaded machine it sometimes had not).
        WaitForAsyncUtils.waitForAsyncFx(10_000, view::layout);
        return ((ParameterGrowthViewSkin) view.getSkin()).layout();
    }

    private Point2D screenPointOf(Model m) {
        GrowthLayout.PlacedPoint p = layout().pointOf(m).orElseThrow();
        return view.localToScreen(p.x(), p.y());
    }

    @Test
    void searchResultsAreAllEmphasisedTheSelectionAlways(FxRobot robot) {
        robot.interact(() -> view.setSelectedModel(gpt));
        List<Model> shown = List.of(gpt2, gpt3);
        assertThat(ParameterGrowthViewSkin.emphasised(view, shown)).containsExactly("gpt");
        robot.interact(() -> view.setSearchResults(true));
        assertThat(ParameterGrowthViewSkin.emphasised(view, shown)).containsExactlyInAnyOrder("gpt", "gpt-2", "gpt-3");
    }

    @Test
    void bookFigureModePlotsOnlyThePrintedPointsMarkedAndAClickSelectsTheModel(FxRobot robot) {
        // GLIDE: sourced 3.5B, printed 5B. The others have no printed point.
        Model glide = TestModels.model("glide", "GLIDE", "2021-12-20", Family.MULTIMODAL, 3_500_000_000L,
                5_000_000_000L);
        robot.interact(() -> all.add(glide));
        assertThat(layout().points()).extracting(p -> p.point().model().id()).contains("gpt", "glide");
        assertThat(layout().pointOf(glide).orElseThrow().point().size()).isEqualTo("3.5B");

        robot.interact(() -> view.setBookFigureOnly(true));

        assertThat(layout().points()).extracting(p -> p.point().model().id()).containsExactly("glide");
        assertThat(layout().pointOf(glide).orElseThrow().point().size()).isEqualTo("5B\u2020");
        assertThat(view.getOptions().bookFigureOnly()).isTrue();
        robot.clickOn(screenPointOf(glide));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedModel()).isEqualTo(glide);
    }

    @Test
    void clickingAPointSelectsItsModel(FxRobot robot) {
        robot.clickOn(screenPointOf(gpt3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedModel()).isEqualTo(gpt3);
        robot.clickOn(screenPointOf(dalle));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedModel()).isEqualTo(dalle);
    }

    @Test
    void hoveringAPointSetsTheHoveredModel(FxRobot robot) {
        robot.moveTo(screenPointOf(gpt2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getHoveredModel()).isEqualTo(gpt2);
    }

    @Test
    void theLKeyTogglesTheScale(FxRobot robot) {
        assertThat(layout().yScale()).isInstanceOf(LogScale.class);
        robot.clickOn(view.localToScreen(view.getWidth() - 30, 60));
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isLogScale()).isFalse();
        assertThat(layout().yScale()).isInstanceOf(LinearScale.class);
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isLogScale()).isTrue();
        assertThat(layout().yScale()).isInstanceOf(LogScale.class);
    }

    @Test
    void filteringTheListRemovesPoints(FxRobot robot) {
        assertThat(layout().points()).hasSize(4);
        robot.interact(() -> filtered.setPredicate(m -> m.family() == Family.AUTOREGRESSIVE));
        assertThat(layout().points()).extracting(p -> p.point().model()).containsExactly(gpt, gpt2, gpt3);
        robot.interact(() -> all.remove(gpt));
        assertThat(layout().points()).extracting(p -> p.point().model()).containsExactly(gpt2, gpt3);
    }

    @Test
    void trendsAddDoublingTimesToTheLegend(FxRobot robot) {
        robot.interact(() -> view.setShowTrends(true));
        assertThat(layout().legendRows()).extracting(GrowthLayout.LegendRow::text)
                .anyMatch(t -> t.startsWith("doubling every"));
    }
}

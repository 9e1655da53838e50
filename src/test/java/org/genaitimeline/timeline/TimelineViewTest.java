package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = TimelineViews.of(CATALOG);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private Model model(String id) {
        return CATALOG.model(id).orElseThrow();
    }

    private TimelineLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.currentLayout();
    }

    private Point2D onScreen(FxRobot robot, String id) {
        TimelineLayout.Item it = layout().item(id).orElseThrow();
        Canvas overlay = robot.lookup(".timeline-overlay").queryAs(Canvas.class);
        return overlay.localToScreen(it.x(), it.y());
    }

    private double span() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.getVisibleEnd() - view.getVisibleStart();
    }

    @Test
    void clickingACircleSelectsItsModel(FxRobot robot) {
        robot.clickOn(onScreen(robot, "gpt-3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedModel()).isEqualTo(model("gpt-3"));
        robot.clickOn(onScreen(robot, "stable-diffusion"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedModel()).isEqualTo(model("stable-diffusion"));
    }

    @Test
    void hoveringACircleSetsTheHoveredModel(FxRobot robot) {
        robot.moveTo(onScreen(robot, "dcgan"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getHoveredModel()).isEqualTo(model("dcgan"));
    }

    @Test
    void aSelectionMadeElsewhereScrollsIntoView(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(2014, 2016));
        robot.interact(() -> view.setSelectedModel(model("chatgpt")));
        double t = TimelineLayout.timeOf(model("chatgpt"));
        assertThat(view.getVisibleStart()).isLessThan(t);
        assertThat(view.getVisibleEnd()).isGreaterThan(t);
        assertThat(span()).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(layout().axis().contains(t)).isTrue();
    }

    @Test
    void ctrlEqualsZoomsInAndCtrlZeroFitsAll(FxRobot robot) {
        robot.interact(() -> view.requestFocus());
        double before = span();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(span()).isLessThan(before);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(view.getVisibleStart()).isLessThan(TimelineLayout.timeOf(model("lstm")));
    }

    @Test
    void itOpensOnTheModelsFirstToLastDateButKeepsARangeItIsGiven(FxRobot robot) {
        TimelineLayout l = layout();
        double first = CATALOG.models().stream().mapToDouble(TimelineLayout::timeOf).min().orElseThrow();
        assertThat(view.getVisibleStart()).isLessThan(first);
        assertThat(l.axis().hasKnee()).as("the foundations compressed").isTrue();
        robot.interact(() -> view.setOptions(view.getOptions().withRange(2021, 2023)));
        assertThat(view.getVisibleStart()).isEqualTo(2021.0);
        assertThat(view.getVisibleEnd()).isEqualTo(2023.0);
        robot.interact(() -> view.setModels(FXCollections.observableArrayList(CATALOG.models())));
        assertThat(view.getVisibleStart()).as("a range the reader chose stays").isEqualTo(2021.0);
    }

    /**
     * As the app starts: the last session's options, which fit the data, are applied before
     * the catalog arrives, and the view must still follow the data once the models come.
     */
    @Test
    void theDefaultRangeAppliedBeforeTheCatalogStillFollowsTheData(FxRobot robot) {
        robot.interact(() -> {
            view.setModels(FXCollections.observableArrayList());
            view.setEras(FXCollections.observableArrayList());
            view.setOptions(TimelineOptions.DEFAULT);
            view.setModels(FXCollections.observableArrayList(CATALOG.models()));
            view.setEras(FXCollections.observableArrayList(CATALOG.eras()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The Boltzmann machine (1985) and the LSTM (1997) are in the range, not only 2014 on.
        assertThat(view.getVisibleStart()).isLessThan(1990);
        assertThat(view.getVisibleEnd()).isGreaterThan(2023.5);
    }

    /** The years that show while there are no models are a range like any other when given. */
    @Test
    void aRangeGivenByHandIsKeptEvenWhereItEqualsTheEmptyViewsRange(FxRobot robot) {
        robot.interact(() -> view.setOptions(TimelineOptions.DEFAULT
                .withRange(TimelineOptions.DEFAULT_START, TimelineOptions.DEFAULT_END)));
        robot.interact(() -> view.setModels(FXCollections.observableArrayList(CATALOG.models())));
        assertThat(view.getVisibleStart()).isEqualTo(TimelineOptions.DEFAULT_START);
        assertThat(view.getOptions().fitsData()).isFalse();
        robot.interact(view::fitAll);
        assertThat(view.getOptions().fitsData()).as("Fit all follows the data again").isTrue();
        assertThat(view.getVisibleStart()).isLessThan(1990);
    }

    @Test
    void toolbarButtonsZoom(FxRobot robot) {
        double before = span();
        robot.clickOn("#timeline-zoom-in");
        double zoomed = span();
        assertThat(zoomed).isLessThan(before);
        robot.clickOn("#timeline-zoom-out");
        assertThat(span()).isGreaterThan(zoomed);
    }

    @Test
    void arrowKeysPanAlongTime(FxRobot robot) {
        robot.interact(() -> view.requestFocus());
        double start = view.getVisibleStart();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleStart()).isGreaterThan(start);
    }

    @Test
    void modelsOutsideTheFiltersAreDimmedOrHidden(FxRobot robot) {
        robot.interact(() -> view.setHighlighted(FXCollections.observableArrayList(model("gpt-3"), model("chatgpt"))));
        assertThat(layout().item("gpt-3").orElseThrow().dimmed()).isFalse();
        assertThat(layout().item("gpt-2").orElseThrow().dimmed()).isTrue();
        robot.clickOn("#timeline-hide-filtered");
        assertThat(view.isHideFiltered()).isTrue();
        assertThat(layout().items()).extracting(i -> i.model().id()).containsExactlyInAnyOrder("gpt-3", "chatgpt");
    }

    @Test
    void figureOnlyToggleShowsOnlyWhatFigure141Draws(FxRobot robot) {
        robot.clickOn("#timeline-book-only");
        assertThat(layout().items()).isNotEmpty().allMatch(i -> i.model().inFigure());
        assertThat(layout().item("stackgan")).isEmpty();
        assertThat(layout().item("gan")).isPresent();
        assertThat(layout().lanes()).extracting(Lane::id).doesNotContain("general");
    }

    @Test
    void orientationToggleTurnsTheTimelineOnItsSide(FxRobot robot) {
        robot.clickOn("#timeline-orientation");
        assertThat(view.getOrientation()).isEqualTo(Orientation.HORIZONTAL);
        TimelineLayout l = layout();
        TimelineLayout.Item gpt = l.item("gpt").orElseThrow();
        TimelineLayout.Item gpt4 = l.item("gpt-4").orElseThrow();
        assertThat(gpt4.x()).isGreaterThan(gpt.x());
        // Same row, not the same y: a marker sharing its month with another fans out across its lane.
        Lane lane = l.lanes().get(gpt.lane());
        assertThat(gpt4.lane()).isEqualTo(gpt.lane());
        assertThat(gpt4.y()).isBetween(lane.start(), lane.end());
    }

    @Test
    void clickingABadgeZoomsInThere(FxRobot robot) {
        List<Model> crowd = TestModels.crowded(400);
        robot.interact(() -> view.setModels(FXCollections.observableArrayList(crowd)));
        TimelineLayout.Badge c = layout().badges().get(0);
        Canvas overlay = robot.lookup(".timeline-overlay").queryAs(Canvas.class);
        double before = span();
        robot.clickOn(overlay.localToScreen(c.box().centerX(), c.box().centerY()));
        assertThat(span()).isLessThan(before);
        // The view ends inside the badge's span (after the zooms that follow members still folded)
        // and some of its members now show their labels.
        assertThat(view.getVisibleStart()).isLessThan(c.toTime());
        assertThat(view.getVisibleEnd()).isGreaterThan(c.fromTime());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.members()).anyMatch(m -> layout().item(m.id()).map(it -> it.label() != null).orElse(false));
    }

    @Test
    void clickingAnErasStripZoomsToTheEra(FxRobot robot) {
        TimelineLayout.EraBand band = layout().eraBands().stream()
                .filter(b -> b.era().id().equals("transformer")).findFirst().orElseThrow();
        Canvas overlay = robot.lookup(".timeline-overlay").queryAs(Canvas.class);
        robot.clickOn(overlay.localToScreen(band.strip().centerX(), band.strip().centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleStart()).isBetween(2017.8, 2018.0);
        assertThat(view.getVisibleEnd()).isBetween(2020.0, 2020.2);
    }
}

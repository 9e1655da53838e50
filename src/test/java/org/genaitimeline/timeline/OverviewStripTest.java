package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.Orientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview strip under a horizontal timeline: its window follows the range and moves it. */
@ExtendWith(ApplicationExtension.class)
class OverviewStripTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private TimelineView view;
    private OverviewStrip strip;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setModels(FXCollections.observableArrayList(CATALOG.models()));
        view.setEras(FXCollections.observableArrayList(CATALOG.eras()));
        view.setOrientation(Orientation.HORIZONTAL);
        strip = new OverviewStrip();
        strip.follow(view);
        BorderPane pane = new BorderPane(view);
        pane.setBottom(strip);
        stage.setScene(new Scene(pane, 1000, 600));
        stage.show();
        view.setVisibleRange(2016, 2018);
    }

    /** A point on the strip, on screen, at a year. */
    private Point2D at(double year) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = strip.localToScreen(strip.getLayoutBounds());
        return new Point2D(b.getMinX() + strip.scale(b.getWidth()).toPixel(year), b.getCenterY());
    }

    /** Years per pixel in the book's years (after the compressed foundations). */
    private double yearsPerPixel() {
        OverviewScale scale = strip.scale(strip.getWidth());
        return 1 / (scale.toPixel(2021) - scale.toPixel(2020));
    }

    @Test
    void theStripFollowsTheTimelinesRange(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(2020, 2021));
        assertThat(strip.visibleStartProperty().get()).isEqualTo(2020);
        assertThat(strip.visibleEndProperty().get()).isEqualTo(2021);
    }

    @Test
    void draggingTheWindowPansTheTimelineByTheDraggedAmount(FxRobot robot) {
        double expected = 120 * yearsPerPixel();
        Point2D from = at(2017);

        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getVisibleStart()).isCloseTo(2016 + expected, within(2 * yearsPerPixel()));
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(2, within(1e-6));
    }

    @Test
    void draggingTheWindowLaysTheTimelineOutOnceAtRelease(FxRobot robot) {
        // no quiet-time task fires in this test: only the release may lay out in full
        robot.interact(() -> view.settle().useTimer((delay, task) -> () -> { }));
        Point2D from = at(2017);
        WaitForAsyncUtils.waitForFxEvents();
        int before = view.settle().fullLayouts();

        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).moveBy(30, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleStart()).as("panned").isGreaterThan(2016);
        assertThat(view.settle().fullLayouts()).as("full layouts while dragging").isEqualTo(before);
        assertThat(view.currentLayout().axis().start()).as("each step drawn").isEqualTo(view.getVisibleStart());
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.settle().fullLayouts()).as("at release").isEqualTo(before + 1);
        assertThat(view.currentLayout().items()).isEqualTo(TimelineLayout.compute(view.currentLayout().spec()).items());
    }

    @Test
    void draggingAnEdgeZoomsAndAClickBesideTheWindowCentresIt(FxRobot robot) {
        robot.drag(at(2018), MouseButton.PRIMARY).moveTo(at(2020)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleStart()).isCloseTo(2016, within(1e-6));
        assertThat(view.getVisibleEnd()).isCloseTo(2020, within(2 * yearsPerPixel()));

        // 2021, not later: the four-year window centred there still ends inside the data span
        // (the fitted range now ends a few months after the last model), so nothing clamps it.
        robot.clickOn(at(2021));
        WaitForAsyncUtils.waitForFxEvents();
        double middle = (view.getVisibleStart() + view.getVisibleEnd()) / 2;
        assertThat(middle).isCloseTo(2021, within(2 * yearsPerPixel()));
    }
}

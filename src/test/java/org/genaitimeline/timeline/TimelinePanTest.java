package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drag pan draws its steps from the last full layout and lays out in full once it settles. */
@ExtendWith(ApplicationExtension.class)
class TimelinePanTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private TimelineView view;
    /** The injected clock: the quiet-time task waits here until the test fires it. */
    private final List<Runnable> pending = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.settle().useTimer((delay, task) -> {
            pending.add(task);
            return () -> pending.remove(task);
        });
        view.setModels(FXCollections.observableArrayList(CATALOG.models()));
        view.setEras(FXCollections.observableArrayList(CATALOG.eras()));
        view.setVisibleRange(2020, 2023);
        stage.setScene(new Scene(view, 1100, 800));
        stage.show();
    }

    private int fullLayouts() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.settle().fullLayouts();
    }

    private Point2D plotCentre(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Canvas overlay = robot.lookup(".timeline-overlay").queryAs(Canvas.class);
        return overlay.localToScreen(view.currentLayout().plot().centerX(), view.currentLayout().plot().centerY());
    }

    private void assertSameAsAFreshLayout() {
        TimelineLayout shown = view.currentLayout();
        assertThat(shown.axis().start()).isEqualTo(view.getVisibleStart());
        TimelineLayout fresh = TimelineLayout.compute(shown.spec());
        assertThat(shown.items()).isEqualTo(fresh.items());
        assertThat(shown.badges()).isEqualTo(fresh.badges());
    }

    @Test
    void aDragPanLaysOutOnceWhenItSettles(FxRobot robot) {
        Point2D centre = plotCentre(robot);
        int before = fullLayouts();
        robot.moveTo(centre).press(MouseButton.PRIMARY);
        for (int step = 0; step < 6; step++) {
            robot.moveBy(0, -15);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(view.getVisibleStart()).as("panned").isGreaterThan(2020.1);
        assertThat(fullLayouts()).as("full layouts while dragging").isEqualTo(before);
        // each step is drawn, from the re-mapped layout at the new range
        assertThat(view.currentLayout().axis().start()).isEqualTo(view.getVisibleStart());
        assertThat(pending).as("the quiet-time task").hasSize(1);

        robot.interact(() -> new ArrayList<>(pending).forEach(Runnable::run));
        assertThat(fullLayouts()).as("after the range stood still").isEqualTo(before + 1);
        assertSameAsAFreshLayout();
        robot.release(MouseButton.PRIMARY);
        assertThat(fullLayouts()).as("nothing more at release").isEqualTo(before + 1);
    }

    @Test
    void releasingTheMouseLaysOutAtOnce(FxRobot robot) {
        Point2D centre = plotCentre(robot);
        int before = fullLayouts();
        robot.moveTo(centre).press(MouseButton.PRIMARY).moveBy(0, -40).moveBy(0, -40);
        assertThat(fullLayouts()).isEqualTo(before);
        robot.release(MouseButton.PRIMARY);
        assertThat(fullLayouts()).isEqualTo(before + 1);
        assertThat(view.settle().isMoving()).isFalse();
        assertSameAsAFreshLayout();
    }

    @Test
    void wheelZoomStepsWaitForTheQuietTime(FxRobot robot) {
        Point2D centre = plotCentre(robot);
        int before = fullLayouts();
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.moveTo(centre).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).as("zoomed").isNotEqualTo(span);
        assertThat(fullLayouts()).as("full layouts while zooming").isEqualTo(before);
        assertThat(view.currentLayout().axis().end()).isEqualTo(view.getVisibleEnd());

        robot.interact(() -> new ArrayList<>(pending).forEach(Runnable::run));
        assertThat(fullLayouts()).isEqualTo(before + 1);
        assertSameAsAFreshLayout();
    }
}
